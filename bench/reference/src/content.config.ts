// The same event files as the site reads (REFERENCE_CONTENT/events/*.md), with Astro's own glob
// loader and no schema: the frontmatter is taken as Astro parses it.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const content = process.env.REFERENCE_CONTENT;
if (!content) throw new Error('REFERENCE_CONTENT must name a content folder (bench/site.ts sets it)');

export const collections = {
  events: defineCollection({ loader: glob({ pattern: '*.md', base: `${content}/events` }) }),
};
