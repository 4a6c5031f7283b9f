import { defineCollection } from 'astro:content';
import { environment } from './config/environment.ts';
import { loadTaxonomy } from './content/taxonomy.ts';
import { eventsLoader } from './content/loader.ts';
import { eventSchema } from './content/schema.ts';

const { contentDir } = environment();
// Problems in organisations.yaml, tags.yaml or threads.yaml are reported by the loader's check, together with the events'.
const taxonomy = loadTaxonomy(contentDir);

export const collections = {
  events: defineCollection({
    loader: eventsLoader(contentDir),
    // Astro's image(): an event's image goes through the image pipeline (the checker has already found and read the file).
    schema: ({ image }) => eventSchema(taxonomy.context, { image }),
  }),
};
