import { defineCollection } from 'astro:content';
import { contentDirFromEnv } from './config/settings.ts';
import { loadTaxonomy } from './content/check.ts';
import { eventsLoader } from './content/loader.ts';
import { ContentError } from './content/problems.ts';
import { eventSchema } from './content/schema.ts';

const contentDir = contentDirFromEnv();
const taxonomy = loadTaxonomy(contentDir);
if (taxonomy.problems.length > 0) throw new ContentError(taxonomy.problems);

export const collections = {
  events: defineCollection({
    loader: eventsLoader(contentDir),
    schema: eventSchema(taxonomy.context),
  }),
};
