import { readFileSync, readdirSync } from 'node:fs';
import { cardPng } from '../src/lib/og/card.ts';
const titles: string[] = [];
for (const sec of ['business', 'politics', 'sport', 'tech', 'entertainment']) { const dir = `/work/shared/corpora/bbc-news/${sec}/`; for (const f of readdirSync(dir).slice(0, 200)) titles.push(readFileSync(dir + f, 'utf8').split('\n')[0]); }
const cards = titles.map((t, i) => i % 2 ? { label: 'Article', title: t, subtitle: `12 March 2005 · BBC News`, footer: 'News Digest' } : { label: 'Person', title: t.split(' ').slice(0, 2).join(' '), subtitle: `Mentioned ${i} times in ${i % 17} articles`, footer: 'News Digest' });
for (const c of cards) await cardPng(c); // warm glyph caches
const t = performance.now(); for (const c of cards) await cardPng(c); console.log('steady', ((performance.now() - t) / cards.length).toFixed(2), 'ms/card');
