import { defineCollection } from 'astro:content';
import { environment } from './config/environment.ts';
import { loadTaxonomy } from './content/taxonomy.ts';
import { eventsLoader } from './content/loader.ts';
import { eventSchema } from './content/schema.ts';
import { schemaOnce } from './content/schema-once.ts';

const { contentDir } = environment();
// Problems in organisations.yaml, tags.yaml or threads.yaml are reported by the loader's check, together with the events'.
const taxonomy = loadTaxonomy(contentDir);

export const collections = {
  events: defineCollection({
    loader: eventsLoader(contentDir),
    // Astro's image(): an event's image goes through the image pipeline (the checker has already found and read the file).
    // Astro calls this once per entry; entries without an image share one schema (src/content/schema-once.ts).
    schema: schemaOnce(({ image }) => eventSchema(taxonomy.context, { image })),
  }),
};
