/**
 * Article bodies rendered from the ingest's tree (`body-trees.ts`) give the HTML Astro's own
 * renderer gives from the Markdown, for every kind of block and inline the Markdown can hold; a
 * tree file that does not match the body, or one with images, leaves the body to the Markdown.
 */
import type { Root } from 'mdast';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suiteFolder } from '../../test/helpers/files.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ingest } from '../pipeline/ingest.ts';
import { articleFile } from '../pipeline/serialize.ts';
import { Logger } from '../pipeline/logger.ts';
import { treeFileOf, treeFileText, treeFor } from './body-trees.ts';
import { entryBody } from '../pipeline/entry-layout.ts';
import { listFiles } from './files.ts';
import { bodyRenderer, renderBodyFile } from './markdown.ts';

/** Bodies with every construct an article's Markdown can have (seeds may be Markdown). */
const BODIES = [
  'Talks between [Donald Trump](entity:donald-trump) and [Syria](entity:syria) ended on Monday.\n\nA second paragraph with *emphasis*, **strong**, `code` and ~~struck~~ words.',
  '## A heading\n\nText under it.\n\n### Another heading with [a link](https://example.com/x "title")\n\n- tight\n- list\n\n1. ordered\n2. list\n\n- loose\n\n- list\n',
  '> A quote\n> over two lines\n\n```js\nconst x = 1 < 2;\n```\n\n    indented code\n\n---\n\nLine with a hard  \nbreak and a backslash\\\nbreak.',
  '| Year | Value |\n| :--- | ----: |\n| 2000 | 1 |\n| 2025 | 2 |\n\nA footnote[^1] and www.example.com and mail@example.com.\n\n[^1]: The note.\n\n- [ ] task\n- [x] done',
  'Raw <b>HTML</b> & <script>alert(1)</script> {braces} and \\*escaped\\* stars.\n\n<div>block html</div>\n\nA [reference][ref] link.\n\n[ref]: /about/',
  'Nested:\n\n- one\n  - two\n    1. three\n\n  paragraph in item\n\nText & entities &amp; &copy; “quotes” — dashes… and 😀.',
];

const parse = unified().use(remarkParse).use(remarkGfm);
/** The tree of a Markdown body as the ingest keeps it: parsed, without positions. */
function treeOf(markdown: string): Root {
  const strip = (node: { position?: unknown; children?: unknown[] }): void => {
    delete node.position;
    node.children?.forEach((c) => strip(c as never));
  };
  const tree = parse.parse(markdown);
  strip(tree);
  return tree;
}

/** Points the renderer at a content folder (`DIGEST_CONTENT_DIR`) while the calling block's tests run. */
function useContentDir(dir: string): void {
  let previous: string | undefined;
  beforeAll(() => {
    previous = process.env.DIGEST_CONTENT_DIR;
    process.env.DIGEST_CONTENT_DIR = dir;
  });
  afterAll(() => {
    if (previous === undefined) delete process.env.DIGEST_CONTENT_DIR;
    else process.env.DIGEST_CONTENT_DIR = previous;
  });
}

describe('article bodies from trees', () => {
  it('give the HTML of the Markdown, for every kind of block, under a base path', async () => {
    const render = await bodyRenderer('/digest/');
    for (const [i, markdown] of BODIES.entries()) {
      for (const firstParagraph of [undefined, 7]) {
        const options = { frontmatter: { title: `Body ${i}`, firstParagraph }, fileURL: pathToFileURL(`/tmp/body-${i}.md`) };
        const expected = (await render.markdown.render(markdown, options)).code;
        expect(await render.tree(treeOf(markdown), options), `body ${i}`).toBe(expected);
      }
    }
  });

  describe('from an entry file', () => {
    const content = join(suiteFolder('digest-trees-'), 'content');
    useContentDir(content);
    /** Writes an entry and, when given, its tree file; returns the entry's path. */
    const write = (name: string, markdown: string, tree?: { markdown: string; root: Root }) => {
      const entry = `articles/${name}.md`;
      mkdirSync(join(content, 'articles'), { recursive: true });
      writeFileSync(join(content, entry), `---\ntitle: "${name}"\n---\n\n${markdown}`);
      if (tree) {
        mkdirSync(join(content, 'body-trees/articles'), { recursive: true });
        writeFileSync(join(content, treeFileOf(entry)), treeFileText(tree.markdown, JSON.stringify(tree.root)));
      }
      return join(content, entry);
    };

    it('renders from the tree file written for its body', async () => {
      const render = await bodyRenderer('/');
      // A tree that is not the body's own shows which path rendered.
      const file = write('a', BODIES[0]!, { markdown: BODIES[0]!, root: treeOf('Rendered *from the tree*.') });
      expect(await renderBodyFile(render, file)).toBe('<p id="p1">Rendered <em>from the tree</em>.</p>');
    });

    it('parses the Markdown when the tree was written for another body (edited since)', async () => {
      const render = await bodyRenderer('/');
      const file = write('b', BODIES[1]!, { markdown: 'an older body', root: treeOf('Rendered *from the tree*.') });
      expect(await renderBodyFile(render, file)).toBe((await render.markdown.render(BODIES[1]!, { frontmatter: { title: 'b' }, fileURL: pathToFileURL(file) })).code);
    });

    it('parses the Markdown without a tree file, and for a tree with images', async () => {
      const render = await bodyRenderer('/');
      const plain = write('c', BODIES[2]!);
      expect(await renderBodyFile(render, plain)).toContain('<blockquote id="p1">');
      const image = '![A photo](photo.jpg) and text.';
      const withImage = write('d', image, { markdown: image, root: treeOf('Rendered *from the tree*.\n\n![x](y.png)') });
      expect(await renderBodyFile(render, withImage)).toBe((await render.markdown.render(image, { frontmatter: { title: 'd' }, fileURL: pathToFileURL(withImage) })).code);
    });

    it('parses the Markdown when the tree holds text a parser would change (autolinks, NUL)', async () => {
      const render = await bodyRenderer('/');
      // As the ingest makes trees: text split where a mention is linked, nothing made a link by GFM.
      const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [
        { type: 'text', value: 'See HTTPS://EXAMPLE.COM/P?A=1&B=2, mail@example.com and www.' },
        { type: 'link', url: 'entity:bbc', children: [{ type: 'text', value: 'bbc' }] },
        { type: 'text', value: '.co.uk \0 end.' },
      ] }] };
      const entry = articleFile({ title: 'e' }, tree);
      const file = join(content, 'articles/e.md');
      writeFileSync(file, entry);
      writeFileSync(join(content, treeFileOf('articles/e.md')), treeFileText(entryBody(entry)!, JSON.stringify(tree)));
      const { frontmatter, content: markdown } = parseFrontmatter(entry);
      const expected = (await render.markdown.render(markdown, { frontmatter, fileURL: pathToFileURL(file) })).code;
      expect(expected).toContain('<a href="HTTPS://EXAMPLE.COM');
      expect(await renderBodyFile(render, file)).toBe(expected);
    });

    it('finds the body of an entry as the ingest writes it', () => {
      expect(entryBody('---\n# marker\ntitle: x\n---\n\nThe body.\n\n---\n\nMore.')).toBe('The body.\n\n---\n\nMore.');
      expect(entryBody('no front matter')).toBeUndefined();
    });
  });
});

describe('article bodies the ingest writes', () => {
  const root = suiteFolder('digest-ingest-trees-');
  const seeds = join(root, 'seeds');
  const content = join(root, 'content');
  useContentDir(content);

  it('render from their trees to the HTML of their Markdown (project seed, hostile seeds, BBC articles when present)', async () => {
    cpSync(new URL('../../seeds/', import.meta.url), seeds, { recursive: true });
    cpSync(new URL('../../test/fixtures/hostile/seeds/', import.meta.url), seeds, { recursive: true });
    const bbc = new URL('../../../shared/corpora/bbc-news/', import.meta.url);
    if (existsSync(bbc)) {
      for (const section of ['business', 'politics', 'tech']) {
        for (const name of readdirSync(new URL(`${section}/`, bbc)).sort().slice(0, 15)) cpSync(new URL(`${section}/${name}`, bbc), join(seeds, `2005-03-01-${section}-${name}`));
      }
    }
    ingest({ seedsDir: seeds, contentDir: content }, new Logger({ info: () => {}, warn: () => {} }));
    const render = await bodyRenderer('/');
    const entries = ['articles', 'article-pages'].flatMap((dir) => listFiles(join(content, dir)).map((f) => join(content, dir, f)));
    expect(entries.length).toBeGreaterThan(existsSync(bbc) ? 45 : 3);
    let fromTrees = 0;
    for (const file of entries) {
      const text = readFileSync(file, 'utf8');
      const { frontmatter, content: markdown } = parseFrontmatter(text);
      const expected = (await render.markdown.render(markdown, { frontmatter, fileURL: pathToFileURL(file) })).code;
      expect(await renderBodyFile(render, file), file).toBe(expected);
      const tree = readFileSync(join(content, treeFileOf(relative(content, file))), 'utf8');
      if (treeFor(tree, entryBody(text)) && !tree.includes('"type":"image')) fromTrees++;
    }
    // Bodies with images (the hostile Markdown seed) or web and mail addresses in their text are
    // parsed; most come from their trees.
    expect(fromTrees).toBeGreaterThan(entries.length * 0.7);
  }, 60_000);
});
