/**
 * Search figures (prints, never fails): index size on disk, bytes fetched
 * for one query, and time from the last keystroke to the first result, in
 * headless Chromium.
 *
 *   node bench/search.ts [--content dir] [--out dir] [--query word]...
 *
 * Without --out it builds the site (for --content, default: content/) first.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { buildOrThrow } from '../tests/support/build.ts';
import { serveStatic } from '../tests/support/server.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    query: { type: 'string', multiple: true },
  },
});

function folderSize(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => statSync(join(dir, name)))
    .filter((stat) => stat.isFile())
    .reduce((sum, stat) => sum + stat.size, 0);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
const outDir = values.out ?? buildOrThrow(values.content ? { content: values.content } : {});
if (!values.out) console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s, into ${outDir} (reuse with --out)`);

const pagefindDir = join(outDir, 'pagefind');
const indexBytes = ['index', 'fragment'].map((sub) => folderSize(join(pagefindDir, sub))).reduce((a, b) => a + b, 0);
console.log(`events: ${readdirSync(join(outDir, 'gebeurtenis')).length}`);
console.log(`index on disk: ${kb(folderSize(pagefindDir))} in pagefind/ (of which index chunks + fragments ${kb(indexBytes)})`);

const site = await serveStatic(outDir);
const browser = await launchBrowser();
try {
  for (const query of values.query ?? ['zutphen', 'universiteit', 'ziekenhuis']) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    // Count every response body, the search worker's fetches included (they are not in the page's resource timing).
    let fetched = 0;
    page.on('response', (response) => {
      response.body().then((body) => (fetched += body.length), () => undefined);
    });
    await page.goto(`${site.url}zoeken/`, { waitUntil: 'networkidle' });
    // Faceted mode first lists every event; wait for that to settle before timing a query.
    await page.waitForFunction(() => /\d/.test(document.querySelector('pagefind-summary')?.textContent ?? ''));
    await page.waitForLoadState('networkidle');
    const loadBytes = fetched;
    fetched = 0;
    // The query arrives in one input event (as its last keystroke would); time until its results show.
    const elapsed = await page.evaluate(async (term) => {
      const field = document.querySelector<HTMLInputElement>('pagefind-input input')!;
      const summary = document.querySelector('pagefind-summary')!;
      const results = document.querySelector('pagefind-results')!;
      const t0 = performance.now();
      field.value = term;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      return new Promise<number>((resolve) => {
        const check = () => {
          const first = results.querySelector('.search-result-title');
          if (summary.textContent?.includes(term) && !summary.textContent.includes('...') && first?.textContent?.trim()) resolve(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        check();
      });
    }, query);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(200);
    const queryBytes = fetched;
    console.log(`query "${query}": first result ${elapsed.toFixed(0)} ms after the last keystroke (debounce included); fetched ${kb(queryBytes)} while typing; search page load ${kb(loadBytes)}`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
