/**
 * Security policy: every page carries a Content-Security-Policy that allows
 * script and style only from the site itself or by hash, nothing from any
 * other origin; every inline script and style it has is hashed in it. In
 * Chromium, under that policy, every page loads and search works with no
 * violation reported, and nothing is requested from another host.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow, listFiles, readPage } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { searchSettled } from './pages.ts';

let outDir: string;
let pages: string[];

before(() => {
  outDir = buildOrThrow();
  pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
});

type Policy = Map<string, string[]>;

/** Script types a browser runs; the rest (application/json, application/ld+json, templates) are data. */
const runs = (script: HTMLElement) =>
  /^(|text\/javascript|module|application\/javascript)$/i.test(script.getAttribute('type') ?? '');

function policyOf(html: HTMLElement, file: string): Policy {
  const metas = html
    .querySelectorAll('meta[http-equiv]')
    .filter((meta) => meta.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy');
  assert.equal(metas.length, 1, `${file}: ${metas.length} CSP meta elements`);
  // A policy in <meta> covers only what comes after it. Astro puts it before its own stylesheets,
  // after the layout's links (icon, feeds, a page's extra stylesheet): no script or style may come
  // first, and whatever is linked there must be on this site.
  const head = html.querySelector('head')!;
  const before = head.childNodes
    .slice(0, head.childNodes.indexOf(metas[0]!))
    .filter((node): node is HTMLElement => node.nodeType === 1);
  const early = before.filter(
    (element) => (element.tagName === 'SCRIPT' && runs(element)) || element.tagName === 'STYLE',
  );
  assert.deepEqual(
    early.map((element) => element.outerHTML),
    [],
    `${file}: runs or styles something before its CSP`,
  );
  const linked = before
    .filter((element) => element.tagName === 'LINK' && element.getAttribute('rel') !== 'canonical')
    .map((element) => element.getAttribute('href') ?? '');
  assert.deepEqual(
    linked.filter((href) => !href.startsWith('/') || href.startsWith('//')),
    [],
    `${file}: links another host before its CSP`,
  );
  const policy: Policy = new Map();
  for (const directive of metas[0]!
    .getAttribute('content')!
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    assert.ok(!policy.has(name!.toLowerCase()), `${file}: ${name} twice`);
    policy.set(name!.toLowerCase(), sources);
  }
  return policy;
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const isHash = (source: string) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source);

describe('the policy in every page', () => {
  test('script and style: only the site itself and hashes; no unsafe-inline, no unsafe-eval', () => {
    for (const file of pages) {
      const policy = policyOf(parse(readPage(outDir, file)), file);
      for (const name of ['script-src', 'style-src']) {
        const sources = policy.get(name);
        assert.ok(sources, `${file}: no ${name}`);
        const other = sources.filter((source) => source !== "'self'" && !isHash(source));
        assert.deepEqual(other, [], `${file}: ${name} allows ${other.join(' ')}`);
      }
      for (const name of ['script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr']) {
        const sources = policy.get(name);
        if (sources)
          assert.ok(
            sources.every((source) => source === "'self'" || source === "'none'" || isHash(source)),
            `${file}: ${name} ${sources.join(' ')}`,
          );
      }
    }
  });

  test('every other directive allows this site only (and data: images); nothing from another origin', () => {
    for (const file of pages) {
      const policy = policyOf(parse(readPage(outDir, file)), file);
      assert.deepEqual(policy.get('default-src'), ["'self'"], file);
      assert.deepEqual(policy.get('object-src'), ["'none'"], file);
      assert.deepEqual(policy.get('base-uri'), ["'self'"], file);
      assert.deepEqual(policy.get('form-action'), ["'self'"], file);
      for (const [name, sources] of policy) {
        for (const source of sources) {
          const allowed =
            source === "'self'" || source === "'none'" || isHash(source) || (name === 'img-src' && source === 'data:');
          assert.ok(allowed, `${file}: ${name} allows ${source}`);
        }
      }
    }
  });

  test('every inline script and style is hashed in the policy; no inline event handlers or style attributes', () => {
    for (const file of pages) {
      const html = parse(readPage(outDir, file));
      const policy = policyOf(html, file);
      for (const script of html
        .querySelectorAll('script')
        .filter((script) => !script.hasAttribute('src') && runs(script))) {
        assert.ok(
          policy.get('script-src')!.includes(hash(script.rawText)),
          `${file}: inline script without its hash: ${script.rawText.slice(0, 80)}`,
        );
      }
      for (const style of html.querySelectorAll('style')) {
        assert.ok(policy.get('style-src')!.includes(hash(style.rawText)), `${file}: inline style without its hash`);
      }
      const attributes = html.querySelectorAll('*').flatMap((element) =>
        Object.keys(element.attributes)
          .filter((name) => /^on/i.test(name) || name.toLowerCase() === 'style')
          .map((name) => `<${element.tagName.toLowerCase()} ${name}>`),
      );
      assert.deepEqual(attributes, [], file);
    }
  });
});

describe('in Chromium, under the policy', () => {
  let site: StaticSite;
  let browser: Browser;
  before(async () => {
    site = await serveStatic(outDir);
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('every page loads and search finds results with no violation, and no request leaves the site', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 4000 } });
    const violations: string[] = [];
    const requests: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.effectiveDirective} ${event.blockedURI}`),
      );
    });
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => violations.push(`${page.url()}: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    for (const file of pages.filter((name) => name !== '404.html')) {
      const response = await page.goto(`${site.url}${file.replace(/(^|\/)index\.html$/, '$1')}`, { waitUntil: 'load' });
      assert.equal(response?.status(), 200, file);
    }
    // Search runs Pagefind's module, its web worker and its WebAssembly.
    for (const query of ['?q=citrix', '?sector=zorg']) {
      await page.goto(`${site.url}zoeken/${query}`);
      await page.waitForFunction(searchSettled);
    }
    await page.waitForLoadState('networkidle');
    assert.deepEqual(violations, []);
    const origin = new URL(site.url).origin;
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:')),
      [],
      'requests to another host',
    );
  });
});
