/**
 * An article's metadata, each field from the first source that has it: curation file, front
 * matter, the text itself, the file name; a headline is derived from the lede as a last resort.
 * Dates are never guessed: an article with no valid date is undated.
 */
import type { ArticleCuration } from '../../schemas/curation.ts';
import type { ArticleData } from '../../schemas/collections.ts';
import type { Warning } from '../logger.ts';
import { dateFromFileName, isValidDay } from '../dates.ts';
import { isSafeUrl } from './plugins/remark-safe-urls.ts';
import { headlineFromLede, normaliseCapsLeadIn } from './headline.ts';
import type { ParsedArticle } from './index.ts';

/** Summaries longer than this are cut at a sentence or word boundary. */
export const MAX_SUMMARY_CHARS = 300;

/**
 * Publication dates on or after this day are reported as "far in the future" (a typo such as
 * 2205 for 2025). A fixed day, not today's date, so the same seeds always give the same warnings;
 * the date is kept, since the curator may mean it.
 */
export const FAR_FUTURE_DAY = '2050-01-01';

/** True when a source URL may become an `href`: absolute `http:`/`https:` only. */
function isSourceUrl(url: string): boolean {
  return isSafeUrl(url) && /^https?:\/\/[^\s/]/iu.test(url.trim());
}

/** Metadata of an article, before slugs and entities are known. */
export type ArticleMeta = Pick<ArticleData, 'title' | 'titleFrom' | 'date' | 'source' | 'url' | 'author' | 'tags' | 'summary'> & { hidden: boolean; slug?: string };

/** Cuts a summary to {@link MAX_SUMMARY_CHARS} at a sentence end, else at a word, with an ellipsis. */
export function cutSummary(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= MAX_SUMMARY_CHARS) return flat;
  const head = flat.slice(0, MAX_SUMMARY_CHARS);
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  if (sentence > MAX_SUMMARY_CHARS / 2) return head.slice(0, sentence + 1);
  return head.slice(0, head.lastIndexOf(' ')) + '…';
}

/** A title that has no letter or digit in any script is no title. */
function usable(title: string | undefined): title is string {
  return title !== undefined && /[\p{L}\p{N}]/u.test(title);
}

/** Resolves the article's metadata and reports dates that cannot be used. */
export function resolveMeta(file: string, parsed: ParsedArticle, rule: ArticleCuration = {}): { meta: ArticleMeta; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const fm = parsed.frontMatter;
  const lede = parsed.plain.blocks.length ? parsed.plain.text.slice(parsed.plain.blocks[0]!.start, parsed.plain.blocks[0]!.end) : '';

  const fmLine = (field: string) => parsed.frontMatterLines[field];
  let date: string | undefined;
  for (const [candidate, from] of [[rule.date, 'curation'], [fm.date, 'front matter'], [dateFromFileName(file), 'file name']] as const) {
    if (candidate === undefined) continue;
    const line = from === 'front matter' ? fmLine('date') : undefined;
    if (isValidDay(candidate)) {
      date = candidate;
      if (candidate >= FAR_FUTURE_DAY) warnings.push({ file, line, message: `date \`${candidate}\` from the ${from} is far in the future (on or after ${FAR_FUTURE_DAY}): kept, check for a typo` });
      break;
    }
    warnings.push({ file, line, message: `date \`${candidate}\` from the ${from} is not a real calendar day (YYYY-MM-DD): ignored` });
  }
  let url = rule.url ?? fm.url;
  if (url !== undefined && !isSourceUrl(url)) {
    warnings.push({ file, line: rule.url === undefined ? fmLine('url') : undefined, message: `source url \`${url.slice(0, 60)}\` is not an http(s) address: ignored` });
    url = undefined;
  }

  const candidates: [string | undefined, ArticleMeta['titleFrom']][] = [
    [rule.title, 'curation'],
    [fm.title, 'front-matter'],
    [parsed.textTitle && normaliseCapsLeadIn(parsed.textTitle), 'text'],
  ];
  const given = candidates.find(([t]) => usable(t?.trim()));
  for (const [t, from] of candidates) {
    if (t !== undefined && !usable(t.trim())) warnings.push({ file, line: from === 'front-matter' ? fmLine('title') : undefined, message: `title from the ${from} has no letters or digits: ignored` });
  }
  const title = given ? given[0]!.trim() : usable(lede) ? headlineFromLede(lede) : file.replace(/\.[^.]+$/u, '');

  return {
    meta: {
      title,
      titleFrom: given ? given[1] : 'lede',
      date,
      source: rule.source ?? fm.source,
      url,
      author: rule.author ?? fm.author,
      tags: rule.tags ?? fm.tags ?? [],
      summary: cutSummary(rule.summary ?? fm.summary ?? normaliseCapsLeadIn(lede)),
      hidden: rule.hide ?? false,
      slug: rule.slug,
    },
    warnings,
  };
}
