/**
 * The Pagefind search index of a built site, with Pagefind's Node API.
 * `npm run build` (scripts/build.ts) runs it after `astro build` has exited,
 * so Pagefind's indexer never runs while Astro's build still holds its memory
 * (docs/performance.md). Only event pages are indexed (they
 * carry `data-pagefind-body`). Any error Pagefind reports is thrown, and so
 * is an index that does not hold exactly one page per event.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeSearchVocabulary } from './search-vocabulary.ts';

export interface SearchIndexOptions {
  /** The built site. */
  outDir: string;
  /** Index language (ISO 639-1): sets stemming, e.g. "universiteiten" finds "universiteit". */
  language: string;
  /** Folder of event pages in the output, to check the index covers each of them. */
  eventsFolder: string;
}

export interface SearchIndexResult {
  /** Pages in the index: one per event. */
  indexed: number;
  ms: number;
}

/**
 * Pagefind's ready-made interfaces, which it always writes: the search page uses its API
 * (`pagefind.js` and its WebAssembly, in a worker of the page's own; Pagefind's worker only should
 * that one not start) with a renderer of its own (src/scripts/search/).
 */
const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

/** Writes `<outDir>/pagefind/`: the index, its fragments and Pagefind's search API. */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexResult> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: options.language });
    if (!index || errors.length) fail('start', errors);
    // Only event pages carry data-pagefind-body; reading the others (the timeline runs to
    // megabytes on a big site) would only cost time.
    const added = await index.addDirectory({ path: options.outDir, glob: `${options.eventsFolder}/**/*.html` });
    if (added.errors.length) fail('index the site', added.errors);
    const written = await index.writeFiles({ outputPath: join(options.outDir, 'pagefind') });
    if (written.errors.length) fail('write the index', written.errors);
    for (const file of UNUSED_UI) rmSync(join(options.outDir, 'pagefind', file), { force: true });
    writeSearchVocabulary(join(options.outDir, 'pagefind'), options.language);
    const entry = JSON.parse(readFileSync(join(options.outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    const eventPages = readdirSync(join(options.outDir, options.eventsFolder)).length;
    if (indexed !== eventPages) {
      fail('index every event', [`${indexed} pages indexed for ${eventPages} event pages`]);
    }
    return { indexed, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}
