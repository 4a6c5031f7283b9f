/**
 * Figures measured in headless Chromium on a built site: what each page
 * type fetches, and how fast search answers while someone types.
 * Every response body counts, the search worker's fetches included (they
 * are not in the page's resource timing).
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from 'playwright-core';

export interface Fetched {
  /** Scripts: modules, Pagefind's worker. */
  js: number;
  /** Pagefind's WebAssembly and index files (.pagefind, .pf_meta, .pf_index, .pf_filter, .pf_fragment). */
  searchData: number;
  /** Everything, HTML and CSS included. */
  total: number;
  /**
   * Everything as a host that compresses sends it: each body gzipped (level 6, as most static
   * hosts do), or as it is where that is smaller (Pagefind's index files are gzipped already).
   */
  compressed: number;
}

/** The search page's parts the figures read (src/pages/zoeken.astro). */
export const SEARCH = {
  input: '#search-input',
  summary: '[data-search-summary]',
  results: '[data-search-results]',
  title: '.search-result-title',
};

const kind = (response: Response): keyof Omit<Fetched, 'total'> | undefined => {
  const path = new URL(response.url()).pathname;
  if (/\.(pagefind|pf_\w+)$/.test(path)) return 'searchData';
  if (/\.m?js$/.test(path) || response.request().resourceType() === 'script') return 'js';
  return undefined;
};

/** Counts the bodies of every response of `page` from now on; `reset` starts again from zero. */
export function countBytes(page: Page): { fetched: Fetched; reset(): void } {
  const counter = {
    fetched: { js: 0, searchData: 0, total: 0, compressed: 0 },
    reset() {
      counter.fetched = { js: 0, searchData: 0, total: 0, compressed: 0 };
    },
  };
  page.on('response', (response) => {
    response.body().then(
      (body) => {
        const part = kind(response);
        if (part) counter.fetched[part] += body.length;
        counter.fetched.total += body.length;
        counter.fetched.compressed += Math.min(body.length, gzipSync(body, { level: 6 }).length);
      },
      () => undefined, // redirects and aborted requests have no body
    );
  });
  return counter;
}

/** Waits until the search page has listed its first results (it lists every event before any query). */
async function searchReady(page: Page): Promise<void> {
  await page.waitForFunction(
    (summary) => /\d/.test(document.querySelector(summary)?.textContent ?? ''),
    SEARCH.summary,
  );
  await page.waitForLoadState('networkidle');
}

/** What loading one page of a type fetches, the search page's initial listing included. */
export async function pageWeight(browser: Browser, url: string, isSearch: boolean): Promise<Fetched> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const counter = countBytes(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  if (isSearch) await searchReady(page);
  await page.waitForTimeout(200);
  const fetched = { ...counter.fetched };
  await page.close();
  return fetched;
}

export interface QueryTiming {
  query: string;
  /** The summary's text once the results are there, e.g. "269 resultaten voor zutphen". */
  summary: string;
  /** From the last keystroke's input event to the first result drawn with its title (debounce included). */
  firstResultMs: number;
  /** Everything fetched from the first keystroke until the network is idle again. */
  fetched: Fetched;
}

/**
 * Types `query` into the search page's field a key at a time, `delay` ms
 * apart, as a person would (every prefix may start a search), and times
 * the last keystroke to the first result on screen.
 */
export async function timeQuery(browser: Browser, searchUrl: string, query: string, delay = 100): Promise<QueryTiming> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const counter = countBytes(page);
  await page.goto(searchUrl, { waitUntil: 'networkidle' });
  await searchReady(page);
  await page.waitForTimeout(200);
  counter.reset();
  await page.evaluate(
    ({ term, selectors }) => {
      const state = window as unknown as { lastKey: number; firstResult: Promise<number> };
      const field = document.querySelector<HTMLInputElement>(selectors.input)!;
      const summary = document.querySelector(selectors.summary)!;
      const results = document.querySelector(selectors.results)!;
      field.addEventListener('input', () => (state.lastKey = performance.now()));
      state.firstResult = new Promise<number>((resolve) => {
        const check = () => {
          const text = summary.textContent ?? '';
          const first = results.querySelector(selectors.title);
          if (field.value === term && text.includes(term) && !text.includes('...') && first?.textContent?.trim())
            resolve(performance.now() - state.lastKey);
          else requestAnimationFrame(check);
        };
        check();
      });
    },
    { term: query, selectors: SEARCH },
  );
  await page.locator(SEARCH.input).pressSequentially(query, { delay });
  const firstResultMs = await page.evaluate(() => (window as unknown as { firstResult: Promise<number> }).firstResult);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const summary = (await page.locator(SEARCH.summary).innerText()).trim();
  const fetched = { ...counter.fetched };
  await page.close();
  return { query, summary, firstResultMs, fetched };
}
