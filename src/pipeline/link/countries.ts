/**
 * Countries and demonyms from the `world-countries` data package: "US", "U.S.", "USA" and
 * "United States" are one place, and "Syrian" links to Syria.
 */
import { createRequire } from 'node:module';
import { nameKey } from './names.ts';

interface Country {
  name: { common: string; official: string };
  independent?: boolean;
  unMember?: boolean;
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

/** Common names the news uses that the data spells otherwise. */
const EXTRA_NAMES: Record<string, string> = { 'u s': 'United States', america: 'United States', britain: 'United Kingdom', 'great britain': 'United Kingdom' };

let tables: { countries: Map<string, string>; demonyms: Map<string, string> } | undefined;

function load() {
  if (tables) return tables;
  const require = createRequire(import.meta.url);
  // Sovereign states first: "French" is the demonym of France and of its southern territories,
  // and the first country to claim a name or demonym keeps it.
  const data = [...(require('world-countries/countries.json') as Country[])].sort((a, b) => Number(Boolean(b.unMember)) - Number(Boolean(a.unMember)) || Number(Boolean(b.independent)) - Number(Boolean(a.independent)));
  const countries = new Map<string, string>();
  const demonyms = new Map<string, string>();
  for (const c of data) {
    const name = c.name.common;
    const spellings = [name, c.name.official, ...c.altSpellings.filter((s) => s.length > 2 || ['US', 'UK'].includes(s))];
    for (const s of spellings) if (!countries.has(nameKey(s))) countries.set(nameKey(s), name);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && !demonyms.has(nameKey(d))) demonyms.set(nameKey(d), name);
  }
  for (const [k, v] of Object.entries(EXTRA_NAMES)) countries.set(k, v);
  demonyms.set('american', 'United States');
  tables = { countries, demonyms };
  return tables;
}

/** The country a place name refers to ("U.S." → "United States"), if it is one. */
export function countryOf(name: string): string | undefined {
  return load().countries.get(nameKey(name));
}

/** The country of a demonym ("Syrian" → "Syria"), if known. */
export function countryOfDemonym(word: string): string | undefined {
  return load().demonyms.get(nameKey(word));
}
