/**
 * Embedding in an article (README, "Embedding in an article"): the embed
 * views as built HTML, and in Chromium inside a newsroom page on another
 * origin, at the site root and under a `base` sub-path.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser, ElementHandle, Frame, Page } from 'playwright-core';
import { loadSettings } from '../../src/config/settings.ts';
import { openBrowser, renderedFrames } from '../support/browser.ts';
import { buildOrThrow, CITRIX_FIXTURE, readPage } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { articlePage, serveHost, type HostSite } from './host.ts';

const KB = 1024;
const FALLBACK_HEIGHT = 600;
/** The public site the build writes into snippets and canonical links (site.yaml, or TIJDLIJN_SITE). */
const PUBLIC_SITE = loadSettings(CITRIX_FIXTURE).site;

let browser: Browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

interface View {
  /** Output folder of the embed view, e.g. `embed/organisatie/duo/`. */
  embed: string;
  /** Output folder of the full page it shows, e.g. `organisatie/duo/`. */
  full: string;
}

const html = (outDir: string, folder: string) => parse(readPage(outDir, `${folder}index.html`));
const folders = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => statSync(join(dir, name)).isDirectory())
        .sort()
    : [];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** From now on, the page records every height message that reaches its own window (after the host snippet's listener). */
async function recordHeights(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { heightsSeen: number[] }).heightsSeen = seen;
    addEventListener('message', (event) => {
      const data = event.data as { type?: string; height?: number } | null;
      if (data?.type === 'tijdlijn:height' && typeof data.height === 'number') seen.push(data.height);
    });
  });
}

/**
 * Waits until the page's window has received height messages with each of `heights` (any
 * height when none is named), then for two rendered frames: the host snippet, which listened
 * first, has then acted on them if it was going to.
 */
async function heightDelivered(page: Page, ...heights: number[]): Promise<void> {
  await page.waitForFunction((wanted) => {
    const seen = (window as unknown as { heightsSeen: number[] }).heightsSeen;
    return wanted.length === 0 ? seen.length > 0 : wanted.every((height) => seen.includes(height));
  }, heights);
  await renderedFrames(page);
}

function viewsOf(outDir: string): View[] {
  const views: View[] = [{ embed: 'embed/', full: '' }];
  for (const kind of ['organisatie', 'draad']) {
    for (const id of folders(join(outDir, kind))) views.push({ embed: `embed/${kind}/${id}/`, full: `${kind}/${id}/` });
  }
  return views;
}

/** Entry ids with the `datetime` of each entry's first date, in page order. */
function datedEntries(page: HTMLElement): string[] {
  return page
    .querySelectorAll('main [id^="e-"]')
    .map((entry) => `${entry.id} ${entry.querySelector('time')?.getAttribute('datetime')}`);
}

/** Heights of an iframe (its inner box, as its document sees it) and of the document inside. */
async function measure(frame: ElementHandle<HTMLIFrameElement>) {
  const content = await frame.contentFrame();
  assert.ok(content, 'the iframe has a document');
  const box = await frame.evaluate((element) => element.clientHeight);
  const inner = await content.evaluate(() => {
    const root = document.documentElement;
    return {
      height: root.getBoundingClientRect().height,
      scrollHeight: root.scrollHeight,
      viewport: root.clientHeight,
      scrollWidth: root.scrollWidth,
      width: root.clientWidth,
    };
  });
  return { box, ...inner };
}

/** Waits until the iframe's height matches its content (within 2 px) and has stayed put over the page's next frames. */
async function settled(frame: ElementHandle<HTMLIFrameElement>) {
  let last = await measure(frame);
  let steady = 0;
  const deadline = Date.now() + 10_000;
  const page = (await frame.ownerFrame())!;
  while (Date.now() < deadline) {
    await renderedFrames(page, 3);
    const now = await measure(frame);
    steady = Math.abs(now.box - now.height) <= 2 && now.box === last.box ? steady + 1 : 0;
    last = now;
    if (steady >= 3) return now;
  }
  assert.fail(`the iframe did not settle: ${JSON.stringify(last)}`);
}

function assertFits(size: Awaited<ReturnType<typeof measure>>, label: string) {
  assert.ok(Math.abs(size.box - size.height) <= 2, `${label}: iframe ${size.box}px, content ${size.height}px`);
  assert.ok(size.scrollHeight <= size.viewport, `${label}: scrolls inside (${size.scrollHeight} > ${size.viewport})`);
  assert.ok(size.scrollWidth <= size.width, `${label}: scrolls sideways (${size.scrollWidth} > ${size.width})`);
}

for (const base of ['/', '/tijdlijn/']) {
  describe(`embed views with base ${base}`, () => {
    let outDir: string;
    let site: StaticSite;
    let host: HostSite;
    let page: Page;
    let views: View[];
    const snippets = new Map<string, string>();
    const requests: string[] = [];
    const failures: string[] = [];
    const errors: string[] = [];

    /** The snippet the Insluiten page offers for a view, pointed at the test server instead of the public site. */
    const snippetFor = (embed: string) => {
      const snippet = snippets.get(embed);
      assert.ok(snippet, `no snippet for ${embed}`);
      return snippet.replaceAll(new URL(base, PUBLIC_SITE).href, site.url);
    };
    const openArticle = async (path: string, ...embeds: string[]) => {
      host.pages.set(path, { html: articlePage(...embeds.map(snippetFor)) });
      await page.goto(new URL(path, host.url).href);
    };

    before(async () => {
      // "/" is the fixture's own base (site.yaml): that build is the default one, shared with other files.
      outDir = buildOrThrow(base === '/' ? {} : { base });
      views = viewsOf(outDir);
      for (const field of html(outDir, 'insluiten/').querySelectorAll('textarea.embed-code')) {
        const src = /^<iframe src="([^"]+)"/.exec(field.text)?.[1];
        if (src) snippets.set(src.slice(new URL(base, PUBLIC_SITE).href.length), field.text);
      }
      site = await serveStatic(outDir, base);
      host = await serveHost();
      page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('request', (request) => requests.push(request.url()));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${message.location().url}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => {
        if (response.status() >= 400 && response.url().startsWith(site.url))
          failures.push(`${response.status()} ${response.url()}`);
      });
    });

    after(async () => {
      await page?.close();
      await host?.close();
      await site?.close();
    });

    test('there is an embed view of the whole timeline, of each organisation and of each thread', () => {
      const organisations = folders(join(outDir, 'organisatie'));
      assert.ok(organisations.length >= 10, `only ${organisations.length} organisations`);
      assert.deepEqual(folders(join(outDir, 'embed/organisatie')), organisations);
      assert.deepEqual(folders(join(outDir, 'embed/draad')), folders(join(outDir, 'draad')));
      assert.equal(views.length, 1 + organisations.length + folders(join(outDir, 'draad')).length);
    });

    test('each embed view shows the same entries and dates as its full page, and nothing of the site around it', () => {
      for (const view of views) {
        const embed = html(outDir, view.embed);
        const full = html(outDir, view.full);
        assert.deepEqual(datedEntries(embed), datedEntries(full), `${view.embed}: entries differ from /${view.full}`);
        if (view.full === '' || view.full.startsWith('organisatie/')) {
          const days = (page: HTMLElement) =>
            page.querySelectorAll('main .day-heading').map((heading) => heading.text.trim());
          assert.deepEqual(days(embed), days(full), `${view.embed}: date headings differ`);
        }
        assert.equal(
          embed.querySelector('.site-header, .site-footer, header.site-header, form, input, nav'),
          null,
          `${view.embed} has site chrome`,
        );
        // Readable without JavaScript: the entries are in the HTML.
        assert.ok(
          embed.querySelectorAll('main article.entry').length >= 1 || datedEntries(full).length === 0,
          `${view.embed} is empty`,
        );
      }
    });

    test('every link opens in the top window, and one leads back to the full page', () => {
      for (const view of views) {
        const embed = html(outDir, view.embed);
        const baseElement = embed.querySelectorAll('base');
        assert.equal(baseElement.length, 1, view.embed);
        assert.equal(baseElement[0]!.getAttribute('target'), '_top');
        assert.equal(baseElement[0]!.getAttribute('href'), undefined, 'the base element only sets the target');
        for (const link of embed.querySelectorAll('a[target], form[target]'))
          assert.equal(link.getAttribute('target'), '_top');
        const back = embed.querySelector('.embed-back a')!;
        assert.equal(back.getAttribute('href'), `${base}${view.full}`, `${view.embed}: link back`);
        for (const link of embed.querySelectorAll('a[href]'))
          assert.ok(link.getAttribute('href')!.startsWith(base), `${view.embed} links to ${link.getAttribute('href')}`);
      }
    });

    test('embed views stay out of search engines: noindex and a canonical link to the full page', () => {
      for (const view of views) {
        const embed = html(outDir, view.embed);
        assert.equal(embed.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex', view.embed);
        assert.equal(
          embed.querySelector('link[rel="canonical"]')?.getAttribute('href'),
          new URL(`${base}${view.full}`, PUBLIC_SITE).href,
        );
      }
    });

    test('one script, a small file; no inline script or style; each page under 250 KB with its CSS and script', (t) => {
      const sizes = new Map<string, number>();
      const scriptFiles = new Set<string>();
      let largest = { page: '', bytes: 0 };
      for (const view of views) {
        const source = readPage(outDir, `${view.embed}index.html`);
        const embed = parse(source);
        const scripts = embed.querySelectorAll('script');
        assert.equal(scripts.length, 1, `${view.embed}: ${scripts.length} scripts`);
        assert.equal(scripts[0]!.text.trim(), '', 'inline script');
        assert.equal(scripts[0]!.getAttribute('type'), 'module');
        const src = scripts[0]!.getAttribute('src')!;
        assert.ok(src.startsWith(`${base}_astro/`), src);
        scriptFiles.add(src);
        assert.equal(embed.querySelectorAll('style, [style]').length, 0, `${view.embed}: inline style`);
        const files = [
          src,
          ...embed.querySelectorAll('link[rel="stylesheet"]').map((link) => link.getAttribute('href')!),
        ];
        let bytes = Buffer.byteLength(source);
        for (const file of files) {
          assert.ok(file.startsWith(base), `${view.embed} loads ${file}`);
          const size = sizes.get(file) ?? statSync(join(outDir, file.slice(base.length))).size;
          sizes.set(file, size);
          bytes += size;
        }
        assert.ok(bytes <= 250 * KB, `${view.embed}: ${bytes} bytes`);
        if (bytes > largest.bytes) largest = { page: view.embed, bytes };
      }
      assert.equal(scriptFiles.size, 1, 'every embed view loads the same script');
      const child = [...scriptFiles][0]!;
      const childBytes = sizes.get(child)!;
      const hostBytes = statSync(join(outDir, 'embed/host.js')).size;
      assert.ok(childBytes <= KB, `the embed view's script is ${childBytes} bytes`);
      assert.ok(hostBytes <= KB, `the host snippet is ${hostBytes} bytes`);
      t.diagnostic(
        `embed view script ${childBytes} B, host snippet ${hostBytes} B, largest embed page ${largest.page} ${largest.bytes} B with CSS and script`,
      );
    });

    test('the Insluiten page offers each view: a snippet with absolute URLs, a hidden copy button, a live preview', () => {
      const guide = html(outDir, 'insluiten/');
      assert.deepEqual([...snippets.keys()].sort(), views.map((view) => view.embed).sort());
      for (const [embed, snippet] of snippets) {
        const src = new URL(`${base}${embed}`, PUBLIC_SITE).href;
        const hostScript = new URL(`${base}embed/host.js`, PUBLIC_SITE).href;
        assert.match(
          snippet,
          new RegExp(
            `^<iframe src="${escapeRegExp(src)}" title="Tijdlijn: [^"]+" height="600" loading="lazy" style="width:100%;height:600px;border:0"></iframe>\\n<script src="${escapeRegExp(hostScript)}" async></script>$`,
          ),
        );
        assert.ok(guide.querySelector(`iframe.embed-preview[src="${base}${embed}"]`), `no preview of ${embed}`);
      }
      for (const button of guide.querySelectorAll('button[data-copy]')) {
        assert.ok(
          button.parentNode?.hasAttribute('hidden') === true,
          'without JavaScript the copy button stays hidden',
        );
      }
      const scripts = guide.querySelectorAll('script').map((script) => script.getAttribute('src'));
      assert.ok(scripts.includes(`${base}embed/host.js`), scripts.join(' '));
      assert.ok(
        guide.querySelectorAll('script').every((script) => script.text.trim() === ''),
        'inline script',
      );
    });

    for (const width of [320, 1280]) {
      test(`in an article on another origin, ${width} px wide, the iframe takes its content's height`, async () => {
        await page.setViewportSize({ width, height: 800 });
        await openArticle(`/artikel-${width}/`, 'embed/');
        const frame = (await page.waitForSelector('iframe')) as ElementHandle<HTMLIFrameElement>;
        const size = await settled(frame);
        assertFits(size, `${width} px`);
        assert.ok(size.box > FALLBACK_HEIGHT, `the whole timeline is taller than the fallback (${size.box}px)`);
        assert.notEqual(new URL(host.url).origin, new URL(site.url).origin);
      });
    }

    test('when the article gets narrower, the iframe grows with its content', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openArticle('/artikel-breed/', 'embed/');
      const frame = (await page.waitForSelector('iframe')) as ElementHandle<HTMLIFrameElement>;
      const wide = await settled(frame);
      await page.setViewportSize({ width: 320, height: 800 });
      const narrow = await settled(frame);
      assertFits(narrow, 'after narrowing');
      assert.ok(narrow.box > wide.box, `${narrow.box}px at 320, ${wide.box}px at 1280`);
    });

    test('two embeds on one page each get their own height; a short one shrinks below the fallback', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const short = views
        .filter((view) => view.embed.startsWith('embed/organisatie/'))
        .map((view) => ({ view, count: html(outDir, view.embed).querySelectorAll('article.entry').length }))
        .sort((a, b) => a.count - b.count)[0]!.view.embed;
      await openArticle('/artikel-twee/', 'embed/', short);
      const [whole, part] = (await page.$$('iframe')) as ElementHandle<HTMLIFrameElement>[];
      const wholeSize = await settled(whole!);
      const partSize = await settled(part!);
      assertFits(wholeSize, 'whole timeline');
      assertFits(partSize, short);
      assert.ok(
        partSize.box < FALLBACK_HEIGHT && wholeSize.box > FALLBACK_HEIGHT,
        `${partSize.box}px and ${wholeSize.box}px`,
      );
    });

    test('the host snippet ignores height messages from other origins and other windows', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      host.pages.set('/vreemd/', { html: '<!doctype html><title>Vreemd</title><p>Een ander kader.</p>' });
      host.pages.set('/artikel-vreemd/', {
        html: articlePage(snippetFor('embed/'), '<iframe src="/vreemd/" title="Vreemd" style="height:100px"></iframe>'),
      });
      await page.goto(`${host.url}artikel-vreemd/`);
      const frame = (await page.waitForSelector(`iframe[src^="${site.url}"]`)) as ElementHandle<HTMLIFrameElement>;
      const before = await settled(frame);
      const forge = (message: unknown) =>
        `for (const target of [window, ...[...document.querySelectorAll('iframe')].map((f) => f.contentWindow)]) target.postMessage(${JSON.stringify(message)}, '*');`;
      // From the article itself, and from a frame on the article's origin.
      await recordHeights(page);
      await page.evaluate(forge({ type: 'tijdlijn:height', height: 42 }));
      const stranger = page.frames().find((candidate) => candidate.url().endsWith('/vreemd/'))!;
      await stranger.evaluate(() => parent.postMessage({ type: 'tijdlijn:height', height: 43 }, '*'));
      await heightDelivered(page, 42, 43);
      const after = await measure(frame);
      assert.equal(after.box, before.box, 'a forged height was accepted');
      assert.equal(await page.locator('iframe[src="/vreemd/"]').evaluate((element) => element.clientHeight), 100);
      // The Tijdlijn iframe itself, once it shows a page from another origin (its src attribute unchanged).
      const navigated = page.waitForEvent('framenavigated', {
        predicate: (candidate) => candidate.url().endsWith('/vreemd/?binnen'),
        timeout: 5_000,
      });
      await (await frame.contentFrame())!.evaluate((url) => location.assign(url), `${host.url}vreemd/?binnen`);
      const inside: Frame | undefined = await navigated.catch(() => undefined);
      assert.ok(inside, 'the Tijdlijn iframe shows the other page');
      await inside.waitForLoadState('load');
      await inside.evaluate(() => parent.postMessage({ type: 'tijdlijn:height', height: 44 }, '*'));
      await heightDelivered(page, 44);
      assert.equal(
        await frame.evaluate((element) => element.clientHeight),
        before.box,
        'a height from another origin was accepted',
      );
    });

    test('a host snippet that starts after the embed view has loaded still sizes it', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const [frameOnly, script] = snippetFor('embed/').split('\n');
      host.pages.set('/artikel-laat/', { html: articlePage(frameOnly!) });
      await page.goto(`${host.url}artikel-laat/`);
      const frame = (await page.waitForSelector('iframe')) as ElementHandle<HTMLIFrameElement>;
      await (await frame.contentFrame())!.waitForLoadState('load');
      // Ask the embed view for its height, as the host snippet would, and wait for the answer to arrive.
      await recordHeights(page);
      await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage('tijdlijn:ask', '*'));
      await heightDelivered(page);
      assert.equal((await measure(frame)).box, FALLBACK_HEIGHT, 'no host snippet yet');
      const src = /src="([^"]+)"/.exec(script!)![1]!;
      await page.evaluate((url) => {
        const element = document.createElement('script');
        element.src = url;
        document.body.append(element);
      }, src);
      assertFits(await settled(frame), 'late host snippet');
    });

    test('an embed far down the article loads when scrolled to, and is sized then', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      host.pages.set('/artikel-lang/', {
        html: articlePage(`<div style="height:4000px">Een lange inleiding.</div>\n${snippetFor('embed/')}`),
      });
      await page.goto(`${host.url}artikel-lang/`);
      const frame = (await page.waitForSelector('iframe')) as ElementHandle<HTMLIFrameElement>;
      // Chromium decides whether to load a lazy iframe when it computes the iframe's intersection with
      // the viewport: once an observer of our own has had its first report, and a frame has been rendered, it has.
      await page.waitForLoadState('load');
      await frame.evaluate(
        (element) =>
          new Promise<void>((resolve) =>
            new IntersectionObserver((_, observer) => {
              observer.disconnect();
              resolve();
            }).observe(element),
          ),
      );
      await renderedFrames(page);
      assert.ok(
        !(await frame.contentFrame())?.url().startsWith(site.url),
        'the lazy iframe loaded before it was near the viewport',
      );
      await frame.scrollIntoViewIfNeeded();
      // Measure the embed once it has replaced the frame's first empty document:
      // measured during that navigation, the old document is gone under the probe.
      const content = (await frame.contentFrame())!;
      await content.waitForURL((url) => url.href.startsWith(site.url));
      await content.waitForLoadState('load');
      assertFits(await settled(frame), 'after scrolling');
    });

    test('under a strict Content-Security-Policy on the article, the snippet still sizes its iframe', async () => {
      await page.setViewportSize({ width: 320, height: 800 });
      const origin = new URL(site.url).origin;
      host.pages.set('/artikel-csp/', {
        html: articlePage(snippetFor('embed/')),
        csp: `default-src 'none'; script-src ${origin}; frame-src ${origin}; img-src data:`,
      });
      const seen = errors.length;
      await page.goto(`${host.url}artikel-csp/`);
      const frame = (await page.waitForSelector('iframe')) as ElementHandle<HTMLIFrameElement>;
      assertFits(await settled(frame), 'strict CSP');
      // The article's policy refuses the snippet's style attribute, as meant; nothing else.
      const refused = errors.splice(seen);
      assert.ok(
        refused.length > 0 && refused.every((error) => error.includes('Applying inline style violates')),
        refused.join('\n'),
      );
    });

    test('a click on an entry opens the event page in the top window', async () => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openArticle('/artikel-klik/', 'embed/');
      const frame = await (await page.waitForSelector('iframe'))!.contentFrame();
      const link = frame!.locator('article.entry h4 a').first();
      const href = await link.evaluate((anchor) => (anchor as HTMLAnchorElement).href);
      assert.ok(href.startsWith(`${site.url}gebeurtenis/`), href);
      await link.click();
      await page.waitForURL(href);
      assert.equal(page.mainFrame().url(), href);
      assert.equal(page.frames().length, 1, 'the event page is the top window, not a frame');
      assert.match(await page.locator('h1').innerText(), /\S/);
    });

    test('without JavaScript the iframe keeps its fixed height and scrolls inside', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
      try {
        const still = await context.newPage();
        host.pages.set('/artikel-zonder-js/', { html: articlePage(snippetFor('embed/')) });
        await still.goto(`${host.url}artikel-zonder-js/`);
        const frame = (await still.waitForSelector('iframe')) as ElementHandle<HTMLIFrameElement>;
        const content = await frame.contentFrame();
        await content!.waitForSelector('article.entry');
        // With JavaScript off nothing can change the height once both documents have loaded.
        await content!.waitForLoadState('load');
        await still.waitForLoadState('load');
        const size = await measure(frame);
        assert.equal(size.box, FALLBACK_HEIGHT);
        assert.ok(size.scrollHeight > size.viewport, 'the timeline scrolls inside the iframe');
        assert.ok(size.scrollWidth <= size.width, 'no sideways scrolling');
      } finally {
        await context.close();
      }
    });

    test('the Insluiten page: the preview is sized by the host snippet and the copy button copies the snippet', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
        const guide = await context.newPage();
        await guide.goto(`${site.url}insluiten/`);
        const preview = (await guide.waitForSelector('iframe.embed-preview')) as ElementHandle<HTMLIFrameElement>;
        assertFits(await settled(preview), 'preview');
        // A preview inside closed details loads when opened, and is sized then.
        const details = guide.locator('details.embed-details').first();
        await details.locator('summary').click();
        const inner = (await details.elementHandle())!;
        const later = (await inner.waitForSelector('iframe.embed-preview')) as ElementHandle<HTMLIFrameElement>;
        assertFits(await settled(later), 'preview in details');
        const button = guide.locator('button[data-copy]').first();
        assert.ok(await button.isVisible(), 'with JavaScript the copy button shows');
        await button.click();
        await guide
          .locator('.embed-copy-status', { hasText: /klembord/ })
          .first()
          .waitFor();
        const copied = await guide.evaluate(() => navigator.clipboard.readText());
        assert.equal(copied, await guide.locator('textarea.embed-code').first().inputValue());
        assert.match(copied, /^<iframe src="https?:\/\/[^"]+\/embed\/"/);
      } finally {
        await context.close();
      }
    });

    test('nothing fails to load, nothing logs an error and nothing comes from a third origin', () => {
      assert.deepEqual(failures, []);
      assert.deepEqual(errors, []);
      const allowed = [new URL(site.url).origin, new URL(host.url).origin];
      assert.deepEqual(
        requests.filter((url) => !allowed.includes(new URL(url).origin)),
        [],
      );
    });
  });
}
