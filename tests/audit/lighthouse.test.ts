/**
 * Lighthouse (mobile preset, its default) on the timeline, an event page
 * and the search page: accessibility, best practices and SEO 100,
 * performance at least 95. One Chromium for the three runs; each run takes
 * several seconds, so the pages are kept to these three.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_PATH } from '../support/browser.ts';
import { buildOrThrow } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

const PAGES = [
  { name: 'timeline', path: '' },
  { name: 'event', path: 'gebeurtenis/hackpoging-gemeente-zutphen/' },
  { name: 'search', path: 'zoeken/?q=citrix' },
];
const REQUIRED: Record<string, number> = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };

let site: StaticSite;
let chrome: chromeLauncher.LaunchedChrome;

before(async () => {
  site = await serveStatic(buildOrThrow());
  process.env.CHROME_PATH = CHROMIUM_PATH;
  chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    logLevel: 'error',
  });
});

after(async () => {
  chrome?.kill();
  await site?.close();
});

for (const { name, path } of PAGES) {
  test(`${name}: Lighthouse scores`, async () => {
    const result = await lighthouse(`${site.url}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(REQUIRED),
    });
    assert.ok(result, 'Lighthouse returned nothing');
    const { categories, audits, runtimeError } = result.lhr;
    assert.equal(runtimeError, undefined, runtimeError ? `${runtimeError.code}: ${runtimeError.message}` : '');
    const problems: string[] = [];
    for (const [id, minimum] of Object.entries(REQUIRED)) {
      const category = categories[id]!;
      const score = category.score ?? 0;
      if (score >= minimum) continue;
      const failing = category.auditRefs
        .map((ref) => audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => `    ${audit.id} (${audit.score}): ${audit.title}${audit.displayValue ? ` — ${audit.displayValue}` : ''}`);
      problems.push(`${id} ${Math.round(score * 100)} < ${minimum * 100}\n${failing.join('\n')}`);
    }
    assert.deepEqual(problems, [], `${path || '/'}:\n${problems.join('\n')}`);
  });
}
