/**
 * The events collection's schema, built once instead of once per entry.
 *
 * Astro calls a collection's schema function for every entry it parses, to
 * bind `image()` to that entry's file (astro/dist/content/utils.js,
 * `getEntryData`). Building the event schema is most of zod's cost in the
 * content sync (docs/performance.md: about 6 of 155 profiled
 * seconds at 10,000 events). The binding matters only to an entry that has an
 * `image`; every other entry can share one schema.
 *
 * The loader knows which entry it hands to Astro, and Astro calls the schema
 * function synchronously inside `parseData` before its first `await`, so the
 * loader says whether the entry has an image around that call
 * (`parsingEntry`). Outside such a call (Astro's type generator, another
 * loader) the schema is built as Astro asks. The shared schema's `image` is
 * one that fails on any value: if the flag ever went wrong, an entry with an
 * image would stop the build with Astro's message instead of being published
 * with an image resolved against another file.
 */
import { z } from 'astro/zod';

let parsing: 'with image' | 'without image' | undefined;

/** Runs Astro's `parseData` for one entry, telling the schema function whether the entry has an image. */
export function parsingEntry<T>(hasImage: boolean, parse: () => T): T {
  parsing = hasImage ? 'with image' : 'without image';
  try {
    return parse();
  } finally {
    parsing = undefined;
  }
}

const noImage = () =>
  z.never({ error: 'an image needs the schema built for its own entry (src/content/schema-once.ts)' });

/** Wraps a collection's schema function: one shared schema for entries without an image. */
export function schemaOnce<Helpers extends { image: () => z.ZodType }, Schema>(
  build: (helpers: Helpers) => Schema,
): (helpers: Helpers) => Schema {
  let shared: Schema | undefined;
  return (helpers) => {
    if (parsing === 'without image')
      return (shared ??= build({ ...helpers, image: noImage as unknown as Helpers['image'] }));
    return build(helpers);
  };
}
