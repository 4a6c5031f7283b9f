import { defineCollection } from 'astro:content';
import { environment } from './config/environment.ts';
import { loadTaxonomy } from './content/taxonomy.ts';
import { eventsLoader } from './content/loader.ts';
import { eventSchema } from './content/schema.ts';
import { schemaOnce } from './content/schema-once.ts';

const { contentDir } = environment();

export const collections = {
  events: defineCollection({
    loader: eventsLoader(contentDir),
    // Astro's image(): an event's image goes through the image pipeline (the checker has already found and read the file).
    // Astro calls this once per entry; entries without an image share one schema (src/content/schema-once.ts).
    // The taxonomy is the one the loader's check read (loadTaxonomy reads a folder once); problems in
    // organisations.yaml, tags.yaml or threads.yaml are reported by that check, together with the events'.
    schema: schemaOnce(({ image }) => eventSchema(loadTaxonomy(contentDir).context, { image })),
  }),
};
