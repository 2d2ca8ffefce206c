/**
 * The content collections. Shapes live in `src/schemas/collections.ts`, shared with the pipeline
 * that writes them; this file only says where each collection is.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { articlePageSchema, articleSchema, entitySchema, eventsSchema } from './schemas/collections.ts';
import { contentPaths } from './config.ts';
import { contentFolder } from './loaders/content-folder.ts';

const { contentDir } = contentPaths(process.env);

// The ingest's folders: a loader that skips unchanged files before parsing them (see its module).
// Article bodies are rendered by their pages, not into the data store (src/lib/markdown.ts).
const articles = defineCollection({ loader: contentFolder({ base: `${contentDir}/articles`, extension: '.md', render: false }), schema: articleSchema });
/** Pages 2.. of long articles, with ids `<slug>/<page>`. */
const articlePages = defineCollection({ loader: contentFolder({ base: `${contentDir}/article-pages`, extension: '.md', depth: 2, render: false }), schema: articlePageSchema });
const entities = defineCollection({ loader: contentFolder({ base: `${contentDir}/entities`, extension: '.json' }), schema: entitySchema });
const events = defineCollection({ loader: contentFolder({ base: `${contentDir}/events`, extension: '.json' }), schema: eventsSchema });
/** Curator-written pages and notes (`content/editorial/*.mdx`), e.g. the about page. */
const editorial = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/editorial' }),
  schema: z.object({
    /** Page title. */
    title: z.string(),
    /** When set, the note is shown on that entity's page. */
    entity: z.string().optional(),
  }),
});

export const collections = { articles, articlePages, entities, events, editorial };
