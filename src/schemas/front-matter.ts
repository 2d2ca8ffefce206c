/**
 * The YAML front matter a curator may put at the top of a Markdown seed. Every field is optional;
 * a field that fails validation is reported (with its line) and ignored, the rest still apply.
 */
import { z } from 'zod';

/** A calendar day written `YYYY-MM-DD`. YAML may also hand us a Date for unquoted values. */
export const isoDay = z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

/** Tags may be written as a list or as one comma-separated string. */
const tags = z.union([z.array(z.union([z.string(), z.number()]).transform(String)), z.string().transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))]);

/** Front matter fields of a Markdown seed. */
export const frontMatterSchema = z.object({
  /** Headline shown on the article page and in listings. */
  title: z.union([z.string(), z.number()]).transform(String).optional(),
  /** Publication day, `YYYY-MM-DD`; relative dates in the text are resolved against it. */
  date: isoDay.optional(),
  /** Publisher's name, e.g. "BBC News". */
  source: z.string().optional(),
  /** Link to the original article. */
  url: z.string().optional(),
  /** Byline. */
  author: z.string().optional(),
  /** Topic tags. */
  tags: tags.optional(),
  /** One- or two-sentence summary shown in listings; defaults to the lede. */
  summary: z.string().optional(),
});

/** Validated front matter. */
export type FrontMatter = z.infer<typeof frontMatterSchema>;
