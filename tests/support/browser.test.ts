/**
 * The browser the tests launch: it still turns off every feature Playwright
 * turns off (our `--disable-features` replaces Playwright's, since Chromium
 * keeps only the last one), and a new page comes without the address bar's
 * drop-down pages, which cost each page load CPU that no test uses. Test
 * files in one run share a Chromium, but not their contexts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import {
  BROWSER_SERVER_VARIABLE,
  launchBrowser,
  openBrowser,
  PLAYWRIGHT_DISABLED_FEATURES,
  startBrowserServer,
  UNUSED_FEATURES,
} from './browser.ts';

/** The features the installed playwright-core disables, read from its bundle's `disabledFeatures = [ … ]`. */
function playwrightDisabledFeatures(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
  const bundle = readFileSync(join(root, 'lib/coreBundle.js'), 'utf8');
  const list = bundle.match(/disabledFeatures = \[([\s\S]*?)\]\.filter/)?.[1];
  assert.ok(list, "playwright-core's list of disabled features was not found in lib/coreBundle.js");
  const withoutComments = list.replace(/\/\/.*$/gm, '');
  return [...withoutComments.matchAll(/"([A-Za-z]+)"/g)].map((match) => match[1] ?? '');
}

test("the browser's disabled features are Playwright's own list plus the unused ones", () => {
  assert.deepEqual(
    [...PLAYWRIGHT_DISABLED_FEATURES].sort(),
    playwrightDisabledFeatures().sort(),
    'update PLAYWRIGHT_DISABLED_FEATURES in tests/support/browser.ts to the installed playwright-core',
  );
  for (const feature of UNUSED_FEATURES) assert.ok(!PLAYWRIGHT_DISABLED_FEATURES.includes(feature), feature);
});

test('a new page opens without the address bar drop-down pages beside it', async () => {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    await context.newPage();
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets', { filter: [{}] })) as {
      targetInfos: Array<{ type: string; url: string }>;
    };
    assert.deepEqual(
      targetInfos.filter((target) => target.type === 'page').map((target) => target.url),
      ['about:blank'],
    );
    assert.deepEqual(
      targetInfos.filter((target) => target.url.startsWith('chrome://')).map((target) => target.url),
      [],
      'Chromium loads its own pages beside the test page: a feature in UNUSED_FEATURES has been renamed',
    );
  } finally {
    await browser.close();
  }
});

test("files connected to the run's Chromium share the browser, not their contexts, cookies or pages", async () => {
  const server = await startBrowserServer();
  const before = process.env[BROWSER_SERVER_VARIABLE];
  process.env[BROWSER_SERVER_VARIABLE] = server.wsEndpoint();
  const opened: Browser[] = [];
  try {
    const [one, other] = [await openBrowser(), await openBrowser()];
    opened.push(one, other);
    const page = await one.newPage();
    await page.goto('data:text/html,<p>one</p>');
    const session = await other.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ url: string }> };
    assert.ok(
      targetInfos.some((target) => target.url === 'data:text/html,<p>one</p>'),
      'the two files were given browsers of their own',
    );
    await page.context().addCookies([{ name: 'reader', value: 'one', url: 'http://127.0.0.1/' }]);
    const otherContext = await other.newContext();
    assert.deepEqual(await otherContext.cookies(), [], "another file's context sees the cookie");
    assert.equal(other.contexts().length, 1, "another file's browser lists this file's context");
    // A file that ends closes its own contexts only; the run's Chromium stays for the others.
    await one.close();
    const next = await otherContext.newPage();
    await next.setContent('<p>still open</p>');
    assert.equal(await next.textContent('p'), 'still open');
  } finally {
    // Closed whatever failed, or the file would wait for their processes (or the server's) forever.
    await Promise.all(opened.map((browser) => browser.close()));
    if (before === undefined) delete process.env[BROWSER_SERVER_VARIABLE];
    else process.env[BROWSER_SERVER_VARIABLE] = before;
    await server.close();
  }
});
