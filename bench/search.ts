/**
 * Search figures (prints, never fails): index size on disk, what the search
 * page fetches, and per query the time from the last keystroke to the first
 * result and the bytes fetched for it, in headless Chromium. The query is
 * typed a key at a time (`--delay` ms apart), as a person would.
 *
 *   npm run bench:search [-- --content dir] [--out dir] [--query word]... [--delay 100]
 *
 * Without --out it builds the site (for --content, default: content/) first.
 * `npm run bench` measures the same on synthetic timelines of 1,000 and
 * 10,000 events, with the build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { buildOrThrow } from '../tests/support/build.ts';
import { serveStatic } from '../tests/support/server.ts';
import { pageWeight, timeQuery } from './browser-figures.ts';
import { filesWithSizes, kb } from './support.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    query: { type: 'string', multiple: true },
    delay: { type: 'string', default: '100' },
  },
});

const folderSize = (dir: string) => filesWithSizes(dir).reduce((sum, { size }) => sum + size, 0);

const started = performance.now();
const outDir = values.out ?? buildOrThrow(values.content ? { content: values.content } : {});
if (!values.out)
  console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s, into ${outDir} (reuse with --out)`);

const pagefindDir = join(outDir, 'pagefind');
const indexBytes = ['index', 'fragment'].map((sub) => folderSize(join(pagefindDir, sub))).reduce((a, b) => a + b, 0);
console.log(`events: ${readdirSync(join(outDir, 'gebeurtenis')).length}`);
console.log(
  `index on disk: ${kb(folderSize(pagefindDir))} in pagefind/ (of which index chunks + fragments ${kb(indexBytes)})`,
);

const site = await serveStatic(outDir);
const browser = await launchBrowser();
try {
  const load = await pageWeight(browser, `${site.url}zoeken/`, true);
  console.log(`search page load: ${kb(load.total)} (JS ${kb(load.js)}, search data ${kb(load.searchData)})`);
  for (const query of values.query ?? ['zutphen', 'universiteit', 'ziekenhuis']) {
    const timing = await timeQuery(browser, `${site.url}zoeken/`, query, Number(values.delay));
    console.log(
      `query "${query}" (${timing.summary}): first result ${timing.firstResultMs.toFixed(0)} ms after the last keystroke (debounce included); fetched ${kb(timing.fetched.total)} while typing`,
    );
  }
} finally {
  await browser.close();
  await site.close();
}
