/**
 * Search results a page at a time, on a synthetic timeline with more
 * events than one page holds: 50 at first, 50 more per press of the
 * button, the full count in the summary and in what is announced.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow, tempDir } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

const EVENTS = 120;
let site: StaticSite;
let browser: Browser;
let page: Page;

before(async () => {
  const content = join(tempDir('tijdlijn-corpus-'), 'content');
  generateCorpus({ events: EVENTS, seed: 7, out: content });
  site = await serveStatic(buildOrThrow({ content }));
  browser = await openBrowser();
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  // What Pagefind announces lives in its live regions only briefly: keep every text they get.
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const region = (mutation.target instanceof Element ? mutation.target : mutation.target.parentElement)?.closest(
          '[aria-live]',
        );
        if (region?.textContent) heard.push(region.textContent);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const shown = () => page.locator('[data-search-results] > li').count();
const more = () => page.locator('[data-search-more]');
const announced = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | '));

test('the first 50 of all events, then 50 more per press, focus on the first new one', async () => {
  await page.goto(`${site.url}zoeken/`);
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''));
  assert.match(await page.locator('[data-search-summary]').innerText(), new RegExp(`^${EVENTS} `));
  assert.equal(await shown(), 50);
  assert.ok(await more().isVisible());

  await more().click();
  await page.waitForFunction(() => document.activeElement?.closest('[data-search-results] > li') !== null);
  assert.equal(await shown(), 100);
  const focused = await page.evaluate(() =>
    [...document.querySelectorAll('[data-search-results] > li')].findIndex((item) =>
      item.contains(document.activeElement),
    ),
  );
  assert.equal(focused, 50, 'focus moves to the first new result');

  await more().click();
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-search-results] > li').length === count,
    EVENTS,
  );
  assert.equal(await more().isVisible(), false, 'no button once everything is shown');
});

test('a new search starts again at 50, and announces the number found', async () => {
  await page.locator('#search-input').fill('de');
  await page.waitForFunction(() => /voor de/.test(document.querySelector('[data-search-summary]')?.textContent ?? ''));
  const found = Number(/^\d+/.exec(await page.locator('[data-search-summary]').innerText())?.[0]);
  assert.ok(found > 50, `only ${found} found`);
  assert.equal(await shown(), 50);
  await page.waitForFunction(
    (count) => (window as unknown as { heard: string[] }).heard.some((text) => text.includes(String(count))),
    found,
  );
  assert.doesNotMatch(await announced(), /\b50 resultaten/, 'the number shown is not announced as the number found');
});

test('the listing written into the page is the one the index continues', async () => {
  // Tall enough that the first 50 results are in view: a result's text loads when it scrolls into view.
  const tall = await browser.newPage({ viewport: { width: 1200, height: 9000 } });
  await tall.goto(`${site.url}zoeken/`);
  const titles = () => tall.locator('[data-search-results] > li:nth-child(-n+50) .search-result-title').allInnerTexts();
  const written = await titles();
  assert.equal(written.length, 50);
  await tall.locator('[data-search-more]').click();
  await tall.waitForFunction(() => document.querySelectorAll('[data-search-results] > li').length === 100);
  await tall.evaluate(() => window.scrollTo(0, 0));
  await tall.waitForFunction(
    () => !document.querySelector('[data-search-results] > li:nth-child(-n+50).search-result-loading'),
  );
  assert.deepEqual(await titles(), written, 'the first 50 changed when more were shown');
  await tall.close();
});
