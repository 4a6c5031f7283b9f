/**
 * Accessibility: axe-core on every page type of the built site, in
 * Chromium, in the light and the dark colour scheme: no violations of any
 * rule axe runs by default (WCAG 2.x A and AA, and its best practices).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { AUDIT_PAGES, searchSettled } from './pages.ts';

let site: StaticSite;
let browser: Browser;

before(async () => {
  site = await serveStatic(buildOrThrow());
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

// Each page in a browser context of its own, three pages at a time, as they mostly wait on the page.
// A page is loaded once and audited in the light colour scheme, then switched to the dark one and
// audited again: the styles follow the scheme as the page is shown, with no second load.
describe('every page type, light and dark', { concurrency: 3 }, () => {
  for (const { name, path, search, notFound } of AUDIT_PAGES) {
    describe(name, { concurrency: 1 }, () => {
      let context: BrowserContext;
      let page: Page;

      before(async () => {
        // The page's CSP allows no injected script; axe is the test's, not the site's.
        // Tall enough for the search page to load every result: Pagefind fills one in as it scrolls into view.
        context = await browser.newContext({
          bypassCSP: true,
          colorScheme: 'light',
          viewport: { width: 1280, height: search ? 8000 : 900 },
        });
        page = await context.newPage();
        const response = await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
        assert.equal(response?.status(), notFound ? 404 : 200);
        if (search) await page.waitForFunction(searchSettled);
      });

      after(async () => {
        await context?.close();
      });

      for (const colorScheme of ['light', 'dark'] as const) {
        test(`${name} (${colorScheme}): no axe violations`, async () => {
          const violations = await axeViolations(page, colorScheme);
          const report = violations.map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
                .slice(0, 5)
                .map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
                .join('\n')}`,
          );
          assert.deepEqual(report, [], `${path} (${colorScheme}):\n${report.join('\n')}`);
        });
      }
    });
  }
});
