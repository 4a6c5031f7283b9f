import { defineCollection } from 'astro:content';
import { contentDirFromEnv } from './config/settings.ts';
import { loadTaxonomy } from './content/check.ts';
import { eventsLoader } from './content/loader.ts';
import { ContentError } from './content/problems.ts';
import { eventSchema } from './content/schema.ts';
import { schemaOnce } from './content/schema-once.ts';

const contentDir = contentDirFromEnv();
const taxonomy = loadTaxonomy(contentDir);
if (taxonomy.problems.length > 0) throw new ContentError(taxonomy.problems);

export const collections = {
  events: defineCollection({
    loader: eventsLoader(contentDir),
    // Astro's image(): an event's image goes through the image pipeline (the checker has already found and read the file).
    // Astro calls this once per entry; entries without an image share one schema (src/content/schema-once.ts).
    schema: schemaOnce(({ image }) => eventSchema(taxonomy.context, { image })),
  }),
};
