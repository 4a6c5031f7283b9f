/**
 * The timeline in a real browser (Debian's Chromium), served under a
 * `base` sub-path as a static host would serve it.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

const BASE = '/tijdlijn/';
let site: StaticSite;
let browser: Browser;
let page: Page;
const requests: string[] = [];
const failures: string[] = [];

before(async () => {
  const outDir = buildOrThrow({ base: BASE });
  site = await serveStatic(outDir, BASE);
  browser = await openBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('the home page lists the events in time order', async () => {
  await page.goto(site.url);
  const starts = await page
    .locator('article.entry')
    .evaluateAll((entries) => entries.map((entry) => entry.querySelector('time')!.getAttribute('datetime')!));
  assert.ok(starts.length >= 12, `only ${starts.length} entries`);
  // Each entry from its datetime, read in the fixture's zone: a month or day starts at its first
  // moment there, a time is its instant. Oldest first, and at the same start the less precise first.
  const read = (value: string) => {
    const start = DateTime.fromISO(value, { zone: 'Europe/Amsterdam' });
    assert.ok(start.isValid, `datetime "${value}"`);
    return { value, at: start.toMillis(), precision: value.includes('T') ? 3 : value.split('-').length - 1 };
  };
  const entries = starts.map(read);
  entries.slice(1).forEach((entry, index) => {
    const before = entries[index]!;
    assert.ok(
      before.at < entry.at || (before.at === entry.at && before.precision <= entry.precision),
      `${before.value} is listed before ${entry.value}`,
    );
  });
  const titles = await page.locator('article.entry h4').allInnerTexts();
  assert.equal(titles.length, starts.length);
  assert.ok(
    titles.indexOf('Tweede Kamer stopt tijdelijk met thuiswerken') >
      titles.findIndex((title) => title.startsWith('NCSC')),
  );
  // The stylesheet is loaded from under the base path: the header is coloured.
  const headerColour = await page
    .locator('.site-header')
    .evaluate((header) => getComputedStyle(header).backgroundColor);
  assert.notEqual(headerColour, 'rgba(0, 0, 0, 0)');
});

test('on a 320 px screen no page scrolls sideways: home, an event, the search page', async () => {
  const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
  try {
    for (const path of ['', 'gebeurtenis/tweede-kamer-stopt-thuiswerken/', 'zoeken/']) {
      await narrow.goto(`${site.url}${path}`);
      const width = await narrow.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${path || 'home'} is ${width} px wide`);
    }
  } finally {
    await narrow.close();
  }
});

test('a click on a title opens the event page, under the base path', async () => {
  await page.goto(site.url);
  const link = page.locator('article.entry h4 a', { hasText: 'Tweede Kamer stopt tijdelijk met thuiswerken' });
  await link.click();
  await page.waitForURL(`${site.url}gebeurtenis/tweede-kamer-stopt-thuiswerken/`);
  assert.equal(await page.locator('h1').innerText(), 'Tweede Kamer stopt tijdelijk met thuiswerken');
  await page.locator('a[rel="prev"]').click();
  await page.waitForURL(/\/tijdlijn\/gebeurtenis\/[a-z0-9-]+\/$/);
  assert.notEqual(await page.locator('h1').innerText(), 'Tweede Kamer stopt tijdelijk met thuiswerken');
});

test('the month navigation jumps to its month', async () => {
  await page.goto(site.url);
  await page.locator('.month-nav a', { hasText: 'januari 2020' }).click();
  assert.ok(page.url().endsWith(`${BASE}#t-2020-01`), page.url());
  const heading = page.locator('#t-2020-01');
  assert.equal((await heading.innerText()).toLowerCase(), 'januari 2020');
});

test('every internal link resolves under the base path and nothing leaves it', async () => {
  const seen = new Set<string>();
  const files = new Set<string>();
  const queue = [site.url];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await page.goto(url);
    assert.equal(response?.status(), 200, url);
    // Read the attribute, not `.href`: the overview chart's links are SVG <a> elements.
    const links = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL(anchor.getAttribute('href')!, document.baseURI).href));
    for (const href of links) {
      const target = new URL(href);
      target.hash = '';
      if (target.origin === new URL(site.url).origin) {
        assert.ok(target.pathname.startsWith(BASE), `${url} links to ${href}, outside ${BASE}`);
        // Feeds and exports (rss.xml, events.csv, …) are files to fetch, not pages to open.
        if (/\.[a-z]+$/.test(target.pathname)) files.add(target.href);
        else queue.push(target.href);
      }
    }
  }
  assert.ok(seen.size > 30, `only ${seen.size} pages reached`);
  for (const file of files) assert.equal((await page.request.get(file)).status(), 200, file);
  assert.ok(files.size >= 5, [...files].join(', '));
  assert.deepEqual(failures, []);
  const origin = new URL(site.url).origin;
  assert.deepEqual(
    requests.filter((url) => !url.startsWith(`${origin}${BASE}`)),
    [],
    'requests outside the site',
  );
});

test('an unknown address shows the 404 page', async () => {
  const response = await page.goto(`${site.url}bestaat-niet/`);
  assert.equal(response?.status(), 404);
  assert.equal(await page.locator('h1').innerText(), 'Pagina niet gevonden');
  failures.length = 0;
});
