/**
 * axe-core in a page of a built site. axe is the test's script, not the site's: the site's policy
 * allows no injected script, so open the page's context with `bypassCSP: true`.
 */
import assert from 'node:assert/strict';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[]; failureSummary: string | undefined }>;
}

/**
 * axe's violations (every rule it runs by default) on the page as it is now shown. With a colour
 * scheme, the page is switched to it first (`prefers-color-scheme`, no reload), and the switch is
 * checked: one load can be audited light, then dark.
 */
export async function axeViolations(page: Page, colorScheme?: 'light' | 'dark'): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  if (colorScheme) {
    await page.emulateMedia({ colorScheme });
    assert.equal(
      await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
      colorScheme === 'dark',
      `the page did not switch to the ${colorScheme} colour scheme`,
    );
  }
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target: target as unknown[], failureSummary })),
    }));
  });
}
