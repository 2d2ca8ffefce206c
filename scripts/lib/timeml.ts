/**
 * Minimal TimeML (.tml) reader for the evaluation scripts: extracts the document creation time,
 * the plain text inside `<TEXT>` (tags stripped, XML entities decoded) and the gold TIMEX3 spans
 * with offsets into that plain text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One gold TIMEX3 inside `<TEXT>`. */
export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  /** Lower-case TimeML type: date, time, duration, set. */
  type: string;
  value: string;
  mod?: string;
}

/** A parsed TimeML document. */
export interface TimeMLDoc {
  id: string;
  /** Document creation time as YYYY-MM-DD (undefined when absent). */
  date?: string;
  text: string;
  gold: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML entities found in TimeML text. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

/** Parses the source of one .tml file. */
export function parseTimeML(id: string, src: string): TimeMLDoc {
  let date: string | undefined;
  const dct = /<DCT>([\s\S]*?)<\/DCT>/.exec(src);
  if (dct) {
    const v = attr(dct[1], 'value');
    const m = v ? /^(\d{4})-?(\d{2})-?(\d{2})/.exec(v) : null;
    if (m) date = `${m[1]}-${m[2]}-${m[3]}`;
  }
  const t = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(src);
  const body = t ? t[1] : '';
  let text = '';
  const gold: GoldTimex[] = [];
  const stack: { tag: string; start: number }[] = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>/g;
  let last = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    text += decodeEntities(body.slice(last, m.index));
    last = re.lastIndex;
    const [, close, name, rest, selfClose] = m;
    if (name !== 'TIMEX3' || selfClose) continue;
    if (!close) stack.push({ tag: rest, start: text.length });
    else {
      const open = stack.pop();
      if (!open) continue;
      const value = attr(open.tag, 'value') ?? '';
      const mod = attr(open.tag, 'mod');
      gold.push({
        start: open.start,
        end: text.length,
        text: text.slice(open.start, text.length),
        type: (attr(open.tag, 'type') ?? '').toLowerCase(),
        value,
        ...(mod ? { mod } : {}),
      });
    }
  }
  text += decodeEntities(body.slice(last));
  gold.sort((a, b) => a.start - b.start);
  return { id, date, text, gold };
}

/** Reads every .tml file in a folder, sorted by name. */
export function readTimeMLDir(dir: string): TimeMLDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTimeML(f.replace(/\.tml$/, ''), readFileSync(join(dir, f), 'utf8')));
}
