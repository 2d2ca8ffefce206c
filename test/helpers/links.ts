/**
 * A crawler for built sites: every internal `href`/`src` in every HTML file must resolve to a
 * file in `dist/`, and every `#fragment` to an element id on the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../../src/lib/files.ts';

/** All HTML files under a folder. */
export function htmlFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith('.html')).map((f) => join(dist, f));
}

/** Resolves a site path (without base) to a file in dist. */
function fileFor(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidates = [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/gu)].map((m) => m[1]!)));
  return ids.get(file)!;
}

/** Lists broken internal links as `page: url`; `base` is the site's base path (`/` or `/x/`). */
export function brokenLinks(dist: string, base = '/'): string[] {
  ids.clear();
  const broken: string[] = [];
  for (const page of htmlFiles(dist)) {
    const html = readFileSync(page, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src|content)="([^"]*)"/gu)) {
      const raw = m[1]!.replace(/&amp;/gu, '&');
      if (m[0].trimStart().startsWith('content=') && !raw.startsWith('0; url=')) continue;
      const url = raw.startsWith('0; url=') ? raw.slice(7) : raw;
      if (/^(?:[a-z]+:|\/\/)/iu.test(url) || url === '') continue; // external, data:, mailto:
      const pageDir = '/' + relative(dist, join(page, '..')).split('\\').join('/');
      const absolute = url.startsWith('#') ? `${pageDir}/${url}` : url.startsWith('/') ? url : new URL(url, `http://x${pageDir}/`).pathname;
      if (!absolute.startsWith(base) && !url.startsWith('#')) {
        broken.push(`${relative(dist, page)}: ${url} (outside base ${base})`);
        continue;
      }
      const sitePath = url.startsWith('#') ? relative(dist, page) : absolute.slice(base.length);
      const target = url.startsWith('#') ? page : fileFor(dist, sitePath);
      if (!target) {
        broken.push(`${relative(dist, page)}: ${url}`);
        continue;
      }
      const fragment = url.split('#')[1];
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) broken.push(`${relative(dist, page)}: ${url} (no #${fragment})`);
    }
  }
  return broken;
}
