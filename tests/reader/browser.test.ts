/**
 * In Chromium: Knight Lab's TimelineJS (the npm package's own dist files)
 * renders the built `timeline.json` with one slide per event and no console
 * errors, everything served from this machine; and the overview chart shows
 * date and count on hover and on keyboard focus, jumps to its day, and
 * follows dark mode.
 */
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { checkContent } from '../../src/content/check.ts';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow, CITRIX_FIXTURE, ROOT } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

const BASE = '/tijdlijn/';
let site: StaticSite;
let browser: Browser;
const eventIds = checkContent(CITRIX_FIXTURE)
  .events.filter((event) => !event.frontmatter.draft)
  .map((event) => event.id)
  .sort();

/** A newsroom's page embedding the timeline with TimelineJS, as its docs describe: the JSON by URL, Dutch interface, no web fonts. */
const EMBED_PAGE = `<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <title>TimelineJS</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="css/timeline.css">
  <script src="js/timeline.js"></script>
</head>
<body>
  <div id="timeline-embed" style="width: 1000px; height: 640px"></div>
  <script>
    window.loaded = new Promise((resolve) => {
      const timeline = new TL.Timeline('timeline-embed', new URL('../timeline.json', location.href).href, {
        language: 'nl',
        font: null,
        script_path: new URL('js/', location.href).href,
        duration: 10, // a short slide animation (ms), so the test does not wait for it
      });
      timeline.on('loaded', () => resolve(timeline));
      window.timeline = timeline;
    });
  </script>
</body>
</html>
`;

before(async () => {
  const outDir = buildOrThrow({ base: BASE });
  cpSync(join(ROOT, 'node_modules/@knight-lab/timelinejs/dist'), join(outDir, '_timelinejs'), { recursive: true });
  writeFileSync(join(outDir, '_timelinejs/index.html'), EMBED_PAGE);
  site = await serveStatic(outDir, BASE);
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A page that refuses every request off this machine and records console errors, page errors and failed requests. */
async function watchedPage(
  options: Parameters<Browser['newPage']>[0] = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage(options);
  const problems: string[] = [];
  const local = new URL(site.url).origin;
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(local)) return route.continue();
    problems.push(`request off this machine: ${route.request().url()}`);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return { page, problems };
}

describe('TimelineJS', () => {
  test('renders timeline.json with one slide per event and no errors', async () => {
    const { page, problems } = await watchedPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${site.url}_timelinejs/`);
    const result = await page.evaluate(async () => {
      const timeline = await (
        window as unknown as {
          loaded: Promise<{
            config: { events: unknown[]; title?: unknown; isValid(): boolean; getErrors(): string[] };
          }>;
        }
      ).loaded;
      const slides = [...document.querySelectorAll('.tl-slide')];
      return {
        valid: timeline.config.isValid(),
        errors: timeline.config.getErrors(),
        configEvents: timeline.config.events.length,
        hasTitle: Boolean(timeline.config.title),
        slides: slides.length,
        slideIds: slides.map((slide) => slide.id),
        markers: document.querySelectorAll('.tl-timemarker').length,
        message: document.querySelector('.tl-message-full')?.textContent ?? '',
      };
    });
    assert.equal(result.valid, true, result.errors.join('\n'));
    assert.equal(result.configEvents, eventIds.length);
    // A title slide, then one slide per event, each carrying the event's id.
    assert.equal(result.hasTitle, true);
    assert.equal(result.slides, eventIds.length + 1);
    assert.deepEqual(result.slideIds.filter((id) => eventIds.includes(id)).sort(), eventIds);
    assert.equal(result.markers, eventIds.length, 'one marker per event on the time navigation');
    assert.deepEqual(problems, []);
  });

  test('each slide shows its date as precise as known and its headline; a shown slide has its sources as credit', async () => {
    const { page, problems } = await watchedPage({ viewport: { width: 1100, height: 800 } });
    await page.goto(`${site.url}_timelinejs/`);
    await page.evaluate(() => (window as unknown as { loaded: Promise<unknown> }).loaded);
    const shown = await page.evaluate(async () => {
      const timeline = (window as unknown as { timeline: { goToId(id: string): void } }).timeline;
      const seen: Record<string, { date: string; headline: string; credit: string }> = {};
      for (const slide of document.querySelectorAll('.tl-slide')) {
        if (!slide.id || slide.classList.contains('tl-slide-titleslide')) continue;
        seen[slide.id] = {
          date: slide.querySelector('.tl-headline-date')?.textContent ?? '',
          headline: slide.querySelector('.tl-headline')?.textContent ?? '',
          credit: '',
        };
      }
      // TimelineJS loads a slide's media (and the credit under it) when the slide is shown.
      const id = 'citrix-publiceert-beveiligingsadvies';
      timeline.goToId(id);
      const slide = document.getElementById(id)!;
      await new Promise<void>((resolve) => {
        if (slide.querySelector('.tl-credit')) return resolve();
        const observer = new MutationObserver(() => {
          if (!slide.querySelector('.tl-credit')) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(slide, { childList: true, subtree: true });
        // A deadline, not a wait: without a credit the assertion below fails instead of the test hanging.
        setTimeout(resolve, 10_000);
      });
      seen[id]!.credit = slide.querySelector('.tl-credit')?.textContent ?? '';
      return seen;
    });
    assert.deepEqual(Object.keys(shown).sort(), eventIds);
    for (const [id, slide] of Object.entries(shown)) assert.ok(slide.date && slide.headline, id);
    // Month-only: the display_date, not an invented day.
    assert.equal(shown['grote-gemeenten-sluiten-externe-toegang']!.date, 'januari 2020');
    assert.equal(shown['tweede-kamer-stopt-thuiswerken']!.headline, 'Tweede Kamer stopt tijdelijk met thuiswerken');
    assert.match(shown['citrix-publiceert-beveiligingsadvies']!.credit, /CVE-2019-19781 - Vulnerability in Citrix/);
    assert.deepEqual(problems, []);
  });
});

describe('the overview chart in a browser', () => {
  const tipVisibility = (page: Page) =>
    page
      .locator('a.chart-bar, a.chart-band')
      .evaluateAll((links) =>
        Object.fromEntries(
          links.map((link) => [
            link.getAttribute('data-key'),
            getComputedStyle(link.querySelector('.chart-tip')!).visibility,
          ]),
        ),
      );

  test('keyboard focus and hover show date and count; a bar leads to its day', async () => {
    const { page, problems } = await watchedPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(site.url);
    assert.ok(Object.values(await tipVisibility(page)).every((value) => value === 'hidden'));
    // Tab from the top of the page to the first bar.
    let focused = '';
    for (let press = 0; press < 40 && !focused.startsWith('chart-bar'); press++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(
        () => `${document.activeElement?.getAttribute('class')} ${document.activeElement?.getAttribute('data-key')}`,
      );
    }
    assert.equal(focused, 'chart-bar 2019-12-17');
    const tip = page.locator('a.chart-bar[data-key="2019-12-17"] .chart-tip');
    assert.equal(await tip.evaluate((element) => getComputedStyle(element).visibility), 'visible');
    assert.equal(await tip.textContent(), 'dinsdag 17 december 2019: 1 gebeurtenis');
    await page.hover('a.chart-bar[data-key="2020-01-17"] .chart-bar-fill');
    assert.equal((await tipVisibility(page))['2020-01-17'], 'visible');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}#t-2020-01-16`);
    assert.ok(await page.locator('#t-2020-01-16').isVisible());
    assert.deepEqual(problems, []);
  });

  test("colours follow the reader's dark mode", async () => {
    const colours = async (scheme: 'light' | 'dark') => {
      const { page } = await watchedPage({ colorScheme: scheme });
      await page.goto(site.url);
      return page
        .locator('a.chart-bar .chart-bar-fill')
        .first()
        .evaluate((bar) => [getComputedStyle(bar).fill, getComputedStyle(document.body).backgroundColor]);
    };
    const [lightBar, lightPage] = await colours('light');
    const [darkBar, darkPage] = await colours('dark');
    assert.notEqual(lightBar, darkBar);
    assert.notEqual(lightPage, darkPage);
    assert.equal(darkBar, 'rgb(141, 184, 238)');
  });
});
