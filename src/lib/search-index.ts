/**
 * Builds the Pagefind search index as the last step of `astro build`, with
 * Pagefind's Node API. Only event pages are indexed (they carry
 * `data-pagefind-body`). Any error Pagefind reports fails the build, and so
 * does an index that does not hold exactly one page per event.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';

export interface PagefindOptions {
  /** Index language (ISO 639-1): sets stemming, e.g. "universiteiten" finds "universiteit". */
  language: string;
  /** Folder of event pages in the output, to check the index covers each of them. */
  eventsFolder: string;
}

/** Pagefind ships its UI stylesheet unminified; the search page loads it before its content renders. */
async function minifyStylesheet(path: string): Promise<void> {
  const { code } = await transform(readFileSync(path, 'utf8'), { loader: 'css', minify: true });
  writeFileSync(path, code);
}

function fail(step: string, errors: readonly string[]): never {
  throw new Error(`Pagefind could not ${step}:\n${errors.map((error) => `  ${error}`).join('\n')}`);
}

export default function pagefindIndex(options: PagefindOptions): AstroIntegration {
  return {
    name: 'tijdlijn-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: options.language });
          if (!index || errors.length) fail('start', errors);
          // Only event pages carry data-pagefind-body; reading the others (the timeline runs to
          // megabytes on a big site) would only cost time.
          const added = await index.addDirectory({ path: outDir, glob: `${options.eventsFolder}/**/*.html` });
          if (added.errors.length) fail('index the site', added.errors);
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length) fail('write the index', written.errors);
          await minifyStylesheet(join(outDir, 'pagefind', 'pagefind-component-ui.css'));
          // Pagefind indexes only pages with data-pagefind-body: the events.
          const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
            languages: Record<string, { page_count: number }>;
          };
          const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          const eventPages = readdirSync(join(outDir, options.eventsFolder)).length;
          if (indexed !== eventPages) {
            fail('index every event', [`${indexed} pages indexed for ${eventPages} event pages`]);
          }
          logger.info(`indexed ${indexed} events in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
