/**
 * Friendly errors for hand-written YAML: YAML syntax errors and schema (zod) issues become
 * warnings that name the file and the line of the offending value, as in Starlight's error map.
 */
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Warning } from './logger.ts';

/** A parsed YAML document with what is needed to point at lines. */
export interface YamlSource {
  /** The parsed document (may hold errors). */
  doc: Document.Parsed;
  /** Maps character offsets to lines. */
  lines: LineCounter;
  /** Added to every reported line: the line where this YAML starts in its file, minus one. */
  lineOffset: number;
}

/** Parses YAML and reports its syntax errors with file and line. */
export function parseYaml(file: string, source: string, lineOffset = 0): { yaml: YamlSource; warnings: Warning[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const warnings = doc.errors.map((e) => ({
    file,
    line: lines.linePos(e.pos[0]).line + lineOffset,
    message: `invalid YAML: ${e.message.split('\n')[0]}`,
  }));
  return { yaml: { doc, lines, lineOffset }, warnings };
}

/**
 * The line of the YAML entry at a path: the line of its key when it sits in a mapping (where a
 * curator looks for it), else of the value; or of the nearest ancestor that exists.
 */
export function lineOfPath(yaml: YamlSource, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    if (n > 0) {
      const parent = yaml.doc.getIn(path.slice(0, n - 1) as unknown[], true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[n - 1]));
        if (pair && isNode(pair.key) && pair.key.range) return yaml.lines.linePos(pair.key.range[0]).line + yaml.lineOffset;
      }
    }
    const node = n === 0 ? yaml.doc.contents : yaml.doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return yaml.lines.linePos(node.range[0]).line + yaml.lineOffset;
  }
  return 1 + yaml.lineOffset;
}

/** Turns zod issues into warnings that point at the offending YAML line. */
export function issuesToWarnings(file: string, yaml: YamlSource, issues: readonly z.core.$ZodIssue[], what: string): Warning[] {
  return issues.map((issue) => ({
    file,
    line: lineOfPath(yaml, issue.path),
    message: `${what}${issue.path.length ? ` \`${issue.path.join('.')}\`` : ''}: ${issue.message}`,
  }));
}
