import { defineCollection } from 'astro:content';
import { environment } from './config/environment.ts';
import { loadTaxonomy } from './content/check.ts';
import { eventsLoader } from './content/loader.ts';
import { ContentError } from './content/problems.ts';
import { eventSchema } from './content/schema.ts';

const { contentDir } = environment();
const taxonomy = loadTaxonomy(contentDir);
if (taxonomy.problems.length > 0) throw new ContentError(taxonomy.problems);

export const collections = {
  events: defineCollection({
    loader: eventsLoader(contentDir),
    // Astro's image(): an event's image goes through the image pipeline (the checker has already found and read the file).
    schema: ({ image }) => eventSchema(taxonomy.context, { image }),
  }),
};
