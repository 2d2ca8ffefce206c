/** Preview images (1200×630 PNG) of the site, every article, every entity named more than once and each entity type, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getEntities } from '../../lib/digest.ts';
import { ENTITY_TYPES } from '../../schemas/entity-types.ts';
import { renderCard, type Card } from '../../lib/og/card.ts';
import { prerenderCards } from '../../lib/og/prerender.ts';
import { articleCard, entityCard, hasOwnCard, siteCard, typeCard } from '../../lib/share.ts';
import { pageKey } from '../../lib/page-keys.ts';

/** The cards being rendered into the cache on worker threads (set by getStaticPaths). */
let cardsReady: Promise<unknown> = Promise.resolve();

export const getStaticPaths = (async () => {
  const paths = [
    { params: { slug: 'site/default' }, props: { card: siteCard() } },
    ...(await getArticles()).map((a) => ({ params: { slug: `article/${a.id}` }, props: { card: articleCard(a.data) } })),
    ...ENTITY_TYPES.map((type) => ({ params: { slug: `type/${type}` }, props: { card: typeCard(type) } })),
    ...(await getEntities()).filter((e) => hasOwnCard(e.data)).map((e) => ({ params: { slug: `entity/${e.id}` }, props: { card: entityCard(e.data) } })),
  ];
  // Fill the card cache on every core while Astro renders the article and entity pages (routes
  // before this one), instead of waiting here with the main thread idle; each GET below waits
  // for the workers and then reads a cached PNG. The catch only keeps a failure from being
  // reported as unhandled before a GET awaits it (the GET then fails the build with it).
  cardsReady = prerenderCards(paths.map((p) => p.props.card));
  cardsReady.catch(() => {});
  return paths.map((p) => ({ ...p, cacheKey: pageKey(p.props.card) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  await cardsReady;
  return new Response(new Uint8Array(await renderCard((props as { card: Card }).card)), { headers: { 'Content-Type': 'image/png' } });
};
