/**
 * Loads `seeds/curation.yaml`. A mistake in it is reported with its line number and only the
 * broken rule is dropped: the rest of the file still applies.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Warning } from './logger.ts';
import { issuesToWarnings, lineOfPath, parseYaml, type YamlSource } from './yaml-issues.ts';
import { isValidDay } from './dates.ts';
import { articleCurationSchema, entityCurationSchema, type Curation } from '../schemas/curation.ts';

/** The curation file's name inside the seeds folder. */
export const CURATION_FILE = 'curation.yaml';

/** Loaded curation data with the line of each rule, for reports. */
export interface LoadedCuration {
  curation: Curation;
  /** Line of each entity rule by its key, to report rules that matched nothing. */
  entityLines: Map<string, number>;
  /** Line of each article rule by its key. */
  articleLines: Map<string, number>;
  warnings: Warning[];
}

/** Validates each rule of one section separately, keeping the valid ones. */
function section<T>(file: string, yaml: YamlSource, data: unknown, key: 'articles' | 'entities', schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: never[] } } }, warnings: Warning[]): { rules: Record<string, T>; lines: Map<string, number> } {
  const rules: Record<string, T> = {};
  const lines = new Map<string, number>();
  if (data === undefined || data === null) return { rules, lines };
  if (typeof data !== 'object' || Array.isArray(data)) {
    warnings.push({ file, line: lineOfPath(yaml, [key]), message: `\`${key}\` must be a mapping keyed by ${key === 'articles' ? 'seed file name' : 'entity name'}` });
    return { rules, lines };
  }
  for (const [name, value] of Object.entries(data)) {
    lines.set(name, lineOfPath(yaml, [key, name]));
    const result = schema.safeParse(value ?? {});
    if (result.success) rules[name] = result.data;
    else warnings.push(...issuesToWarnings(file, yaml, result.error.issues.map((i: { path: PropertyKey[] }) => ({ ...i, path: [key, name, ...i.path] })) as never, 'curation rule'));
  }
  return { rules, lines };
}

/** Reads and validates the curation file; a missing file is an empty curation. */
export function loadCuration(path: string, displayName = `seeds/${CURATION_FILE}`): LoadedCuration {
  const empty: LoadedCuration = { curation: {}, entityLines: new Map(), articleLines: new Map(), warnings: [] };
  if (!existsSync(path)) return empty;
  const { yaml, warnings } = parseYaml(displayName, readFileSync(path, 'utf8'));
  if (warnings.length) return { ...empty, warnings: [...warnings, { file: displayName, message: 'curation file ignored until the YAML error is fixed' }] };
  const data = (yaml.doc.toJS() ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) return { ...empty, warnings: [{ file: displayName, line: 1, message: 'the curation file must be a mapping with `articles:` and `entities:`' }] };
  for (const key of Object.keys(data)) {
    if (key !== 'articles' && key !== 'entities') warnings.push({ file: displayName, line: lineOfPath(yaml, [key]), message: `unknown section \`${key}\` (expected \`articles\` or \`entities\`): ignored` });
  }
  const articles = section(displayName, yaml, data.articles, 'articles', articleCurationSchema as never, warnings);
  const entities = section(displayName, yaml, data.entities, 'entities', entityCurationSchema as never, warnings);
  for (const [name, rule] of Object.entries(articles.rules) as [string, { date?: string }][]) {
    if (rule.date !== undefined && !isValidDay(rule.date)) {
      warnings.push({ file: displayName, line: lineOfPath(yaml, ['articles', name, 'date']), message: `\`${rule.date}\` is not a real calendar day (YYYY-MM-DD): ignored` });
      delete rule.date;
    }
  }
  return {
    curation: { articles: articles.rules as Curation['articles'], entities: entities.rules as Curation['entities'] },
    entityLines: entities.lines,
    articleLines: articles.lines,
    warnings,
  };
}
