/**
 * What `npm run build` does once Astro has written the pages: removes the image
 * files no page points to (src/lib/unreferenced-images.ts) and writes the Pagefind
 * search index of the output (src/lib/search-index.ts). scripts/build.ts runs it
 * after Astro's process has exited; the test suite's build workers
 * (tests/support/build-worker.ts) after Astro's build in their own process.
 */
import { environment } from '../src/config/environment.ts';
import { loadSettings } from '../src/config/settings.ts';
import { EVENTS_FOLDER } from '../src/lib/paths.ts';
import { buildSearchIndex } from '../src/lib/search-index.ts';
import { removeUnreferencedImages } from '../src/lib/unreferenced-images.ts';

/** Resolves to the build's exit code: 1 when the index could not be written (the reason is printed). */
export async function finishBuild(silent: boolean): Promise<number> {
  const { outDir } = environment();
  removeUnreferencedImages(outDir);
  try {
    const { language } = loadSettings();
    const { indexed, ms } = await buildSearchIndex({ outDir, language, eventsFolder: EVENTS_FOLDER });
    if (!silent) console.log(`[search] indexed ${indexed} events in ${ms} ms`);
  } catch (error) {
    console.error(`[search] ${(error as Error).message}`);
    return 1;
  }
  return 0;
}
