/**
 * The English interface edition: a small English fixture site built from
 * its own content folder and settings, read as HTML and searched in Chromium.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow, readPage, ROOT } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

let outDir: string;
let home: HTMLElement;
let site: StaticSite | undefined;
let browser: Browser | undefined;

before(() => {
  outDir = buildOrThrow({ content: join(ROOT, 'tests/fixtures/english') });
  home = parse(readPage(outDir, 'index.html'));
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('pages declare English and use the English labels', () => {
  assert.equal(home.querySelector('html')!.getAttribute('lang'), 'en');
  const nav = home.querySelectorAll('.site-header nav a').map((link) => link.text.trim());
  assert.deepEqual(nav.slice(0, 3), ['Timeline', 'Organisations', 'Topics']);
  assert.equal(home.querySelector('.page-count')!.text.trim(), '3 events');
  assert.equal(home.querySelector('#e-council-closes-remote-access .entry-sources')!.text, '2 sources');
  assert.equal(home.querySelector('#e-university-shuts-servers .entry-sources')!.text, '1 source');
});

test('date labels are English, at their precision', () => {
  const headings = home.querySelectorAll('main h3').map((heading) => heading.text.trim());
  assert.ok(headings.includes('Friday 17 January 2020'), headings.join(' | '));
  assert.ok(headings.includes('January 2020, day unknown'), headings.join(' | '));
  assert.match(home.querySelector('#e-advice-published .entry-date')!.text, /January 2020 \(only the month is known\)/);
  assert.equal(home.querySelector('#e-university-shuts-servers time')!.text, '14:30');
  const event = parse(readPage(outDir, 'gebeurtenis/university-shuts-servers/index.html'));
  assert.equal(event.querySelector('.event-date time')!.text, 'Friday 17 January 2020, 14:30');
  assert.equal(event.querySelector('#zie-ook')!.text, 'See also');
  assert.match(event.querySelector('.source-meta')!.text, /language: English/);
});

test('search works in English, with English stemming', async () => {
  site = await serveStatic(outDir);
  browser = await openBrowser();
  const page = await browser.newPage({ viewport: { width: 1200, height: 2000 } });
  await page.goto(`${site.url}zoeken/?q=universities`);
  await page.waitForFunction(
    () =>
      /for universities/.test(document.querySelector('[data-search-summary]')?.textContent ?? '') &&
      !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy'),
  );
  await page.waitForFunction(() => !document.querySelector('[data-search-results] .search-result-loading'));
  const titles = await page.locator('[data-search-results] .search-result-title').allInnerTexts();
  assert.equal(titles[0], 'University shuts its servers');
  assert.match(await page.locator('[data-search-summary]').innerText(), /results? for universities/);
  assert.equal(await page.locator('h1').innerText(), 'Search');
});
