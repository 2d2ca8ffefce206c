/**
 * Preview images (1200×630 PNG) of the site, every article, every entity named more than once and
 * each entity type. A build writes them as files (`src/lib/og/card-files.ts`: the route lists
 * them and returns no pages); `astro dev` renders each on request.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getEntities } from '../../lib/digest.ts';
import { ENTITY_TYPES } from '../../schemas/entity-types.ts';
import { renderCard, type Card } from '../../lib/og/card.ts';
import { scheduleCardFiles } from '../../lib/og/card-files.ts';
import { articleCard, entityCard, hasOwnCard, siteCard, typeCard } from '../../lib/share.ts';

export const getStaticPaths = (async () => {
  const paths = [
    { params: { slug: 'site/default' }, props: { card: siteCard() } },
    ...(await getArticles()).map((a) => ({ params: { slug: `article/${a.id}` }, props: { card: articleCard(a.data) } })),
    ...ENTITY_TYPES.map((type) => ({ params: { slug: `type/${type}` }, props: { card: typeCard(type) } })),
    ...(await getEntities()).filter((e) => hasOwnCard(e.data)).map((e) => ({ params: { slug: `entity/${e.id}` }, props: { card: entityCard(e.data) } })),
  ];
  // In a build, rendering starts now on worker threads while Astro renders the other routes' pages.
  return scheduleCardFiles(paths.map((p) => ({ path: `og/${p.params.slug}.png`, card: p.props.card }))) ? [] : paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderCard((props as { card: Card }).card)), { headers: { 'Content-Type': 'image/png' } });
