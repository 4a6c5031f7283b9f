/**
 * Search figures (prints, never fails), on a synthetic timeline of 10,000
 * events (bench/generate-corpus.ts) unless told otherwise:
 *
 * - the index on disk and what the search page fetches on load;
 * - the spelling vocabulary (src/lib/search-vocabulary.ts): words, size raw
 *   and compressed (gzip, brotli);
 * - per query, broad ("gemeente", most events) and selective ("zutphen"),
 *   the time from the last keystroke to the first result drawn, typing a key
 *   at a time (`--delay` ms apart), median of `--runs`; beside it the same
 *   run's reference: Pagefind's API as it comes, `search()` and first
 *   `data()` for that query with its index chunks loaded;
 * - the share of a list of misspellings whose event the page reaches: its
 *   results shown at once (the event the right spelling puts first is among
 *   the first ten), or offered as a link ("Bedoelde je: …?").
 *
 *   npm run bench:search [-- --events 10000] [--content dir] [--out dir] [--query word]... [--delay 100] [--runs 3]
 *
 * --out reuses a built site; --content builds that folder instead of a corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { vocabularySizes, VOCABULARY_FILE } from '../src/lib/search-vocabulary.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { buildOrThrow, tempDir } from '../tests/support/build.ts';
import { serveStatic } from '../tests/support/server.ts';
import { pageWeight, timeQuery } from './browser-figures.ts';
import { generateCorpus } from './generate-corpus.ts';
import { filesWithSizes, kb } from './support.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    content: { type: 'string' },
    out: { type: 'string' },
    query: { type: 'string', multiple: true },
    delay: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
  },
});

/** Misspellings of names and words in the synthetic corpus, each with the word meant. */
const MISSPELLINGS: ReadonlyArray<[typed: string, meant: string]> = [
  ['Zutfen', 'Zutphen'],
  ['Leewarden', 'Leeuwarden'],
  ['ziekenhuys', 'ziekenhuis'],
  ['unversiteit', 'universiteit'],
  ['Maastrict', 'Maastricht'],
  ['Belastingdiest', 'Belastingdienst'],
  ['Haarlemermeer', 'Haarlemmermeer'],
  ['Apeldorn', 'Apeldoorn'],
  ['Nijmgen', 'Nijmegen'],
  ['Rotterdm', 'Rotterdam'],
  ['Hogeschol', 'Hogeschool'],
  ['phising', 'phishing'],
  ['Eindhovn', 'Eindhoven'],
  ['Leverancer', 'leverancier'],
  ['Sudwest-Fryslan', 'Súdwest-Fryslân'],
  ['gemeente Deventr', 'gemeente Deventer'],
];

const folderSize = (dir: string) => filesWithSizes(dir).reduce((sum, { size }) => sum + size, 0);
const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;

function siteToMeasure(): string {
  if (values.out) return values.out;
  const started = performance.now();
  let content = values.content;
  if (!content) {
    content = join(tempDir('tijdlijn-search-corpus-'), 'content');
    generateCorpus({ events: Number(values.events), out: content });
  }
  const outDir = buildOrThrow({ content });
  console.log(`build: ${((performance.now() - started) / 1000).toFixed(1)} s, into ${outDir} (reuse with --out)`);
  return outDir;
}

/**
 * Pagefind's API as it comes (searching in its own worker, which sends the page every result), in a page
 * of the site: search and first result's data, chunks loaded first. The search page did this until it ran
 * Pagefind in a worker of its own (src/scripts/search/worker.ts).
 */
async function referenceMs(browser: Browser, siteUrl: string, query: string): Promise<number> {
  const page = await browser.newPage();
  await page.goto(`${siteUrl}zoeken/`, { waitUntil: 'networkidle' });
  const ms = await page.evaluate(
    async ({ bundle, query }) => {
      type Api = {
        options(o: object): Promise<void>;
        init(): Promise<void>;
        preload(q: string): Promise<void>;
        search(q: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
      };
      const api = (await import(bundle)) as Api;
      await api.options({ baseUrl: '/' });
      await api.init();
      await api.preload(query);
      const started = performance.now();
      const found = await api.search(query);
      await found.results[0]?.data();
      return performance.now() - started;
    },
    { bundle: `${siteUrl}pagefind/pagefind.js`, query },
  );
  await page.close();
  return ms;
}

/** The page at `?q=query`, once searched: result titles and the correction line with its links. */
async function searched(page: Page, siteUrl: string, query: string) {
  await page.goto(`${siteUrl}zoeken/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-search-results]');
    const summary = document.querySelector('[data-search-summary]')?.textContent?.trim() ?? '';
    return (
      list &&
      !list.hasAttribute('aria-busy') &&
      !summary.endsWith('...') &&
      [...list.children].slice(0, 10).every((item) => !item.classList.contains('search-result-loading'))
    );
  });
  return {
    titles: await page.locator('[data-search-results] .search-result-title').allInnerTexts(),
    correction: (await page.locator('[data-search-correction]').innerText()).trim(),
    offered: await page.locator('[data-search-correction] a').allInnerTexts(),
  };
}

const outDir = siteToMeasure();
const pagefindDir = join(outDir, 'pagefind');
const indexBytes = ['index', 'fragment'].map((sub) => folderSize(join(pagefindDir, sub))).reduce((a, b) => a + b, 0);
const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};
console.log(`events indexed: ${Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0)}`);
console.log(`index on disk: ${kb(folderSize(pagefindDir))} in pagefind/ (index chunks + fragments ${kb(indexBytes)})`);
const vocabularyText = readFileSync(join(pagefindDir, VOCABULARY_FILE), 'utf8');
const vocabulary = JSON.parse(vocabularyText) as { names: unknown[]; words: unknown[] };
const sizes = vocabularySizes(vocabularyText);
console.log(
  `vocabulary: ${vocabulary.names.length} names + ${vocabulary.words.length} words; ${kb(sizes.raw)} raw, ${kb(sizes.gzip)} gzip, ${kb(sizes.brotli)} brotli (budget 38 KB)`,
);

const site = await serveStatic(outDir);
const browser = await launchBrowser();
const runs = Number(values.runs);
try {
  const load = await pageWeight(browser, `${site.url}zoeken/`, true);
  console.log(`search page load: ${kb(load.total)} (JS ${kb(load.js)}, search data ${kb(load.searchData)})`);
  for (const query of values.query ?? ['gemeente', 'zutphen']) {
    const page: number[] = [];
    const reference: number[] = [];
    let summary = '';
    for (let run = 0; run < runs; run++) {
      const timing = await timeQuery(browser, `${site.url}zoeken/`, query, Number(values.delay));
      page.push(timing.firstResultMs);
      summary = timing.summary;
      reference.push(await referenceMs(browser, site.url, query));
    }
    const [p, r] = [median(page), median(reference)];
    console.log(
      `query "${query}" (${summary}): first result ${p.toFixed(0)} ms after the last keystroke (median of ${runs}: ${page.map((ms) => ms.toFixed(0)).join(', ')}); Pagefind alone ${r.toFixed(0)} ms; ratio ${(p / r).toFixed(2)}`,
    );
  }

  const page = await browser.newPage({ viewport: { width: 1200, height: 4000 } });
  let shown = 0;
  let offered = 0;
  for (const [typed, meant] of MISSPELLINGS) {
    const right = (await searched(page, site.url, meant)).titles[0];
    const got = await searched(page, site.url, typed);
    const reached = right !== undefined && got.titles.slice(0, 10).includes(right);
    const isOffered = got.offered.some((option) => option.toLowerCase() === meant.toLowerCase());
    const how = reached
      ? got.correction
        ? 'shown (corrected)'
        : 'shown (as typed)'
      : isOffered
        ? 'offered'
        : 'missed';
    if (reached) shown++;
    else if (isOffered) offered++;
    console.log(`  "${typed}" → "${meant}": ${how}${got.correction ? ` — ${got.correction}` : ''}`);
  }
  const total = MISSPELLINGS.length;
  console.log(
    `misspellings reaching their event: ${shown + offered}/${total} (${(((shown + offered) / total) * 100).toFixed(0)} %); shown at once ${shown}, offered ${offered}`,
  );
  await page.close();
} finally {
  await browser.close();
  await site.close();
}
