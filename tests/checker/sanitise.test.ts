/**
 * Defence in depth: hostile Markdown rendered by Astro's own Markdown
 * processors (Sätteri, the default, and the unified pipeline), with the
 * checker bypassed, then through `sanitizeEventHtml` as every event page
 * does, and loaded into Chromium: no payload runs, and harmless markup
 * survives. The same HTML without the sanitiser does run, which shows the
 * payloads are live.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import type { Browser, Page } from 'playwright-core';
import { findUnsafeMarkup } from '../../src/lib/markdown.ts';
import { sanitizeEventHtml } from '../../src/lib/sanitise.ts';
import { openBrowser, renderedFrames } from '../support/browser.ts';

/** Each payload calls __hit(name) when it runs; the test page exposes __hit to every frame. */
const PAYLOADS: Record<string, string> = {
  script: `<script>__hit('script')</script>`,
  'img onerror': `<img src="x" onerror="__hit('img onerror')">`,
  'markdown javascript: link': `[klik](javascript:__hit('markdown-link'))`,
  'html javascript: link': `<a href="javascript:__hit('html-link')">klik</a>`,
  'javascript: link hidden by an entity': `<a href="jav&#x61;script:__hit('entity-link')">klik</a>`,
  'iframe srcdoc': `<iframe srcdoc="<script>parent.__hit('iframe')</script>"></iframe>`,
  'svg onload': `Tekst <svg onload="__hit('svg')"></svg> tekst.`,
  'svg/onload in an HTML block': `<div>\n<svg/onload="__hit('svg-slash')">\n</div>`,
  'details ontoggle': `<details open ontoggle="__hit('details')"><summary>x</summary>y</details>`,
  'input autofocus onfocus': `<input autofocus onfocus="__hit('input')">`,
  'form action': `<form action="javascript:__hit('form')"><button id="submit">verstuur</button></form>`,
  'object data': `<object data="javascript:__hit('object')"></object>`,
  'meta refresh': `<meta http-equiv="refresh" content="0;url=javascript:__hit('meta')">`,
  style: `<style>body { background: rgb(255, 0, 0) }</style>`,
  'style hidden in math': `<math><mtext><table><mglyph><style><img src="x" onerror="__hit('mglyph')"></style></mglyph></table></mtext></math>`,
};

const HARMLESS = [
  'Het <abbr title="Nationaal Cyber Security Centrum">NCSC</abbr> adviseert **dringend** om [de handleiding](https://www.ncsc.nl/advies) te volgen.',
  '',
  'Water is H<sub>2</sub>O.',
].join('\n');

const BODY = [HARMLESS, ...Object.values(PAYLOADS)].join('\n\n');

const PROCESSORS = {
  'Sätteri (Astro default)': () => createSatteriMarkdownProcessor(),
  'unified (TIJDLIJN_MARKDOWN=unified)': () => createMarkdownProcessor(),
};

let browser: Browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** Loads `html` into a fresh page and returns the names of payloads that ran, after clicking every non-web link and button. */
async function payloadsThatRun(html: string): Promise<{ hits: string[]; page: Page }> {
  const page = await browser.newPage();
  const hits: string[] = [];
  await page.exposeFunction('__hit', (name: string) => hits.push(name));
  // Nothing may leave the machine: a payload that tries to load something is simply cut off.
  await page.route(/^https?:/, (route) => route.abort());
  await page.setContent(`<!doctype html><html><head><title>veilig</title></head><body>${html}</body></html>`);
  for (const element of await page.locator('a:not([href^="http"]), button').all()) {
    await element.click({ timeout: 1000, noWaitAfter: true }).catch(() => undefined);
  }
  // What the clicks and the loads set off has had its turn once every frame has loaded and the page has rendered two more frames.
  for (const frame of page.frames()) await frame.waitForLoadState('load').catch(() => undefined);
  await renderedFrames(page);
  return { hits, page };
}

for (const [name, create] of Object.entries(PROCESSORS)) {
  describe(`hostile Markdown through ${name}, the checker bypassed`, () => {
    let raw: string;
    let safe: string;
    before(async () => {
      const processor = await create();
      raw = (await processor.render(BODY)).code;
      safe = sanitizeEventHtml(raw);
    });

    test('the rendered HTML, unsanitised, does run the payloads (the test can see them)', async () => {
      const { hits, page } = await payloadsThatRun(raw);
      await page.close();
      const live = [
        'script',
        'img onerror',
        'iframe',
        'svg',
        'svg-slash',
        'details',
        'markdown-link',
        'html-link',
        'entity-link',
      ];
      for (const expected of live) assert.ok(hits.includes(expected), `${expected} did not run: ${hits.join(', ')}`);
    });

    test('after sanitizeEventHtml nothing runs, nothing executable is left, and harmless markup stays', async () => {
      const { hits, page } = await payloadsThatRun(safe);
      try {
        assert.deepEqual(hits, []);
        assert.equal(await page.title(), 'veilig');
        const left = await page.evaluate(() => {
          const elements = [...document.body.querySelectorAll('*')];
          return {
            elements: elements
              .filter((element) =>
                ['SCRIPT', 'IFRAME', 'STYLE', 'OBJECT', 'EMBED', 'FORM', 'META', 'BASE', 'SVG', 'MATH'].includes(
                  element.tagName.toUpperCase(),
                ),
              )
              .map((element) => element.tagName),
            handlers: elements.flatMap((element) =>
              [...element.attributes]
                .filter((attribute) => /^on/i.test(attribute.name))
                .map((attribute) => `${element.tagName} ${attribute.name}`),
            ),
            urls: elements
              .flatMap((element) => ['href', 'src', 'action', 'data'].map((name) => element.getAttribute(name) ?? ''))
              .filter((url) => url && !/^(https?:|mailto:|x$)/.test(url)),
            background: getComputedStyle(document.body).backgroundColor,
            abbr: document.querySelector('abbr')?.getAttribute('title'),
            strong: document.querySelector('strong')?.textContent,
            link: document.querySelector('a[href^="https:"]')?.getAttribute('href'),
            sub: document.querySelector('sub')?.textContent,
          };
        });
        assert.deepEqual(left.elements, []);
        assert.deepEqual(left.handlers, []);
        assert.deepEqual(left.urls, []);
        assert.notEqual(left.background, 'rgb(255, 0, 0)', 'a <style> element survived');
        assert.equal(left.abbr, 'Nationaal Cyber Security Centrum');
        assert.equal(left.strong, 'dringend');
        assert.equal(left.link, 'https://www.ncsc.nl/advies');
        assert.equal(left.sub, '2');
      } finally {
        await page.close();
      }
    });
  });
}

describe('the checker refuses each payload on its own', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    test(name, () => {
      assert.notDeepEqual(findUnsafeMarkup(`Tekst.\n\n${payload}\n`), [], `${name} passed the checker`);
    });
  }

  test('and lets the harmless markup through', () => {
    assert.deepEqual(findUnsafeMarkup(HARMLESS), []);
  });
});
