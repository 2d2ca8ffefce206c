/** Preview images (1200×630 PNG) of the site, every article and every entity, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getEntities } from '../../lib/digest.ts';
import { renderCard, type Card } from '../../lib/og/card.ts';
import { articleCard, entityCard, siteCard } from '../../lib/share.ts';

export const getStaticPaths = (async () => [
  { params: { slug: 'site/default' }, props: { card: siteCard() } },
  ...(await getArticles()).map((a) => ({ params: { slug: `article/${a.id}` }, props: { card: articleCard(a.data) } })),
  ...(await getEntities()).map((e) => ({ params: { slug: `entity/${e.id}` }, props: { card: entityCard(e.data) } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderCard((props as { card: Card }).card)), { headers: { 'Content-Type': 'image/png' } });
