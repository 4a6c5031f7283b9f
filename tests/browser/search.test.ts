/**
 * Search in a real browser: Pagefind's index and UI on the built site,
 * served under a base sub-path.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { searchSettled } from '../audit/pages.ts';

const BASE = '/tijdlijn/';
let outDir: string;
let site: StaticSite;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

before(async () => {
  outDir = buildOrThrow({ base: BASE });
  site = await serveStatic(outDir, BASE);
  browser = await openBrowser();
  // Tall enough that every result is in view: Pagefind loads a result's data only when it scrolls into view.
  page = await browser.newPage({ viewport: { width: 1200, height: 8000 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const resultTitles = (p: Page) => p.locator('[data-search-results] .search-result-title').allInnerTexts();

/** Opens the search page at `query` and waits until results (or the no-results summary) are shown. */
async function search(query: string): Promise<string[]> {
  await page.goto(`${site.url}zoeken/${query}`);
  await page.waitForFunction(() => {
    const summary = document.querySelector('[data-search-summary]')?.textContent ?? '';
    return (
      /resulta/i.test(summary) &&
      !/Zoeken naar/.test(summary) &&
      !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy')
    );
  });
  await page.waitForFunction(() => !document.querySelector('[data-search-results] .search-result-loading'));
  return resultTitles(page);
}

test('"Zutphen" puts the hack attempt at Zutphen first', async () => {
  const titles = await search('?q=Zutphen');
  assert.equal(titles[0], 'Hackpoging via Citrix-lek bij gemeente Zutphen', titles.join(' | '));
});

test('"ziekenhuis" finds the Leeuwarden hospital and UMCG/Martini', async () => {
  const titles = await search('?q=ziekenhuis');
  assert.ok(
    titles.some((title) => title.includes('Leeuwarden')),
    titles.join(' | '),
  );
  assert.ok(
    titles.some((title) => title.includes('UMCG en Martini')),
    titles.join(' | '),
  );
});

test('"universiteiten" finds the university events (Dutch stemming)', async () => {
  const titles = await search('?q=universiteiten');
  for (const expected of [
    'Universiteit Leiden en VU sluiten Citrix-servers tijdelijk af',
    'Universiteit Utrecht beperkt toegang vanuit het buitenland',
    'Website Universiteit Leiden instabiel door grote drukte',
  ]) {
    assert.ok(titles.includes(expected), `${expected} missing from: ${titles.join(' | ')}`);
  }
});

test('a nonsense query says plainly that nothing was found', async () => {
  const titles = await search('?q=xqzwvplonk');
  assert.deepEqual(titles, []);
  assert.match(await page.locator('[data-search-summary]').innerText(), /Geen resultaten voor xqzwvplonk/);
});

test('the sector filter in the URL lists only education events, and is restored on load', async () => {
  const titles = await search('?q=citrix&sector=onderwijs');
  assert.ok(titles.length >= 2, titles.join(' | '));
  const organisations = await page.locator('[data-search-results] .search-result-organisations').allInnerTexts();
  for (const names of organisations) assert.match(names, /Universiteit/, `not an education event: ${names}`);
  assert.equal(await page.locator('#search-input').inputValue(), 'citrix');
  const checkbox = page.getByRole('checkbox', { name: /Onderwijs en onderzoek/ });
  assert.equal(await checkbox.isChecked(), true);
});

test('choosing a filter puts it in the URL, and back undoes it', async () => {
  await search('?q=citrix');
  const all = (await resultTitles(page)).length;
  // The filter groups are closed until opened (their counts load then).
  await page.locator('details[data-filter="Sector"] > summary').click();
  await page.getByRole('checkbox', { name: /^Zorg/ }).check();
  await page.waitForURL(/sector=zorg/);
  assert.ok(page.url().includes('q=citrix'), page.url());
  // Opening the group searches again unfiltered (for its counts): wait for a whole list with fewer results.
  await page.waitForFunction((count) => {
    const list = document.querySelector('[data-search-results]');
    return (
      !list?.hasAttribute('aria-busy') &&
      !list?.querySelector('.search-result-loading') &&
      list!.querySelectorAll('.search-result-title').length < count
    );
  }, all);
  const filtered = await resultTitles(page);
  assert.ok(
    filtered.every((title) => /Ziekenhuis|Martini|UMCG|Leeuwarden/i.test(title)),
    filtered.join(' | '),
  );
  await page.goBack();
  await page.waitForURL((url) => !url.search.includes('sector='));
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-search-results] .search-result-title').length === count,
    all,
  );
});

test('the filter counts load only when a filter group is opened', async () => {
  const filterData: string[] = [];
  const listener = (request: { url(): string }) => {
    if (/\.pf_filter$/.test(request.url())) filterData.push(request.url());
  };
  page.on('request', listener);
  await search('?q=citrix');
  assert.deepEqual(filterData, [], 'filter data fetched before any filter was opened');
  const zorg = page.locator('details[data-filter="Sector"] label', { hasText: 'Zorg' });
  assert.equal(await zorg.locator('[data-count]').innerText(), '');
  await page.locator('details[data-filter="Sector"] > summary').click();
  await page.waitForFunction(() =>
    /\(\d+\)/.test(document.querySelector('details[data-filter="Sector"] [data-count]')?.textContent ?? ''),
  );
  page.off('request', listener);
  assert.ok(filterData.length > 0);
  // Three Citrix events of hospitals.
  assert.match(await zorg.locator('[data-count]').innerText(), /^\([1-9]\d*\)$/);
});

test('"oldest first" orders results by date and is kept in the URL', async () => {
  await search('?q=citrix');
  await page.locator('[data-search-sort]').selectOption('datum');
  await page.waitForURL(/sorteer=datum/);
  // The change started a search in the same task that put the order in the URL: wait for its results.
  await page.waitForFunction(searchSettled);
  const titles = await resultTitles(page);
  assert.equal(titles[0], 'UMCG en Martini Ziekenhuis beveiligen hun Citrix-omgeving', titles.join(' | '));
  assert.equal(titles.at(-1) !== undefined, true);
  const reloaded = await search('?q=citrix&sorteer=datum');
  assert.deepEqual(reloaded, titles);
  assert.equal(await page.locator('[data-search-sort]').inputValue(), 'datum');
});

test('the header search box sends the query to the search page', async () => {
  await page.goto(site.url);
  await page.locator('#header-search-input').fill('DUO');
  await page.locator('.header-search button').click();
  await page.waitForURL(`${site.url}zoeken/?q=DUO`);
  await page.waitForFunction(
    () =>
      /voor DUO/.test(document.querySelector('[data-search-summary]')?.textContent ?? '') &&
      !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
  );
  await page.waitForFunction(() => !document.querySelector('[data-search-results] .search-result-loading'));
  assert.equal((await resultTitles(page))[0], 'DUO sluit Citrix-toegang af tot maandag');
});

/** The scripts of the workers a page at `query` started, once its results are shown; `block` keeps matching scripts out. */
async function workersFor(query: string, block?: RegExp): Promise<{ titles: string[]; workers: string[] }> {
  const own = await browser.newPage({ viewport: { width: 1200, height: 8000 } });
  try {
    if (block) await own.route(block, (route) => route.abort());
    await own.goto(`${site.url}zoeken/${query}`);
    await own.waitForFunction(() =>
      /resultaten voor/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''),
    );
    await own.waitForFunction(() => !document.querySelector('[data-search-results] .search-result-loading'));
    return {
      titles: await resultTitles(own),
      workers: own.workers().map((worker) => new URL(worker.url()).pathname.split('/').pop()!),
    };
  } finally {
    await own.close();
  }
}

test("searches run in the page's own worker, which hands over results one at a time", async () => {
  const { titles, workers } = await workersFor('?q=Zutphen');
  assert.equal(titles[0], 'Hackpoging via Citrix-lek bij gemeente Zutphen');
  assert.equal(workers.length, 1, workers.join(', '));
  assert.match(workers[0]!, /^worker-[\w-]+\.js$/);
});

test("should the page's worker not start, Pagefind searches with its own", async () => {
  const { titles, workers } = await workersFor('?q=Zutphen', /\/_astro\/worker-[\w-]+\.js$/);
  assert.equal(titles[0], 'Hackpoging via Citrix-lek bij gemeente Zutphen');
  assert.deepEqual(workers, ['pagefind-worker.js']);
});

test('the timeline and event pages request no script', async () => {
  const scripts: string[] = [];
  const listener = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  };
  page.on('request', listener);
  await page.goto(site.url);
  await page.goto(`${site.url}gebeurtenis/tweede-kamer-stopt-thuiswerken/`);
  page.off('request', listener);
  assert.deepEqual(scripts, []);
});

test('the index holds every event page, and nothing else', async () => {
  const entry = JSON.parse(readFileSync(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const eventPages = readdirSync(join(outDir, 'gebeurtenis')).length;
  assert.deepEqual(Object.keys(entry.languages), ['nl']);
  assert.equal(entry.languages.nl!.page_count, eventPages);
  // Without a query the page lists every event.
  const titles = await search('');
  assert.equal(titles.length, eventPages);
  assert.deepEqual(consoleErrors, []);
});
