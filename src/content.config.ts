import { defineCollection } from 'astro:content';
import { contentDirFromEnv } from './config/settings.ts';
import { loadTaxonomy } from './content/check.ts';
import { eventsLoader } from './content/loader.ts';
import { stopOnProblems } from './content/problems.ts';
import { eventSchema } from './content/schema.ts';

const contentDir = contentDirFromEnv();
const taxonomy = loadTaxonomy(contentDir);
if (taxonomy.problems.length > 0) stopOnProblems(taxonomy.problems);

export const collections = {
  events: defineCollection({
    loader: eventsLoader(contentDir),
    // Astro's image(): an event's image goes through the image pipeline (the checker has already found and read the file).
    schema: ({ image }) => eventSchema(taxonomy.context, { image }),
  }),
};
