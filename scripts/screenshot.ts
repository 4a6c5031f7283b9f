/**
 * Takes a screenshot of a built page in headless Chromium, for the README
 * and for looking at the site as a reader would:
 *   node scripts/screenshot.ts [path] [out.png] [width] [--dark]
 */
import { environment } from '../src/config/environment.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';

const [path = '', out = 'docs/timeline.png', width = '1000'] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'));
const dark = process.argv.includes('--dark');
const site = await serveStatic(environment().outDir);
const browser = await launchBrowser();
try {
  const page = await browser.newPage({
    viewport: { width: Number(width), height: 900 },
    colorScheme: dark ? 'dark' : 'light',
  });
  await page.goto(new URL(path, site.url).href);
  await page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await site.close();
}
