/**
 * Preview images (1200×630 PNG) of the site, every article, every entity named more than once and
 * each entity type. A build writes them as files (`src/lib/og/card-files.ts`: the route lists
 * them and returns no pages); `astro dev` renders each on request.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getEntities } from '../../lib/digest.ts';
import { renderCard, type Card } from '../../lib/og/card.ts';
import { scheduleCardFiles } from '../../lib/og/card-files.ts';
import { digestCards } from '../../lib/share.ts';
import { urls } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const cards = digestCards(await getArticles(), await getEntities());
  // In a build, rendering starts now on worker threads while Astro renders the other routes' pages.
  if (scheduleCardFiles(cards.map(([kind, slug, card]) => ({ path: urls.file(urls.ogImage(kind, slug)), card })))) return [];
  return cards.map(([kind, slug, card]) => ({ params: { slug: `${kind}/${slug}` }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderCard((props as { card: Card }).card)), { headers: { 'Content-Type': 'image/png' } });
