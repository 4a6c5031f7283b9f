/**
 * The web editor in Chromium: Decap CMS at /admin/ of a built site, saving
 * through `decap-server` into a temporary copy of the English fixture. An
 * event made in the form is one new file that the checker accepts and that
 * the next build puts on the timeline, on its own page and in search; a date
 * in a refused form is refused in the form; editing an event changes only
 * its file.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DateTime } from 'luxon';
import { parse } from 'node-html-parser';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { checkEventText } from '../../src/content/check.ts';
import { loadTaxonomy } from '../../src/content/taxonomy.ts';
import type { Problem } from '../../src/content/problems.ts';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow, listFiles, ROOT, tempDir } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

const BIN = join(ROOT, 'node_modules/.bin');
let content: string;
let proxy: ChildProcess;
let site: StaticSite;
let browser: Browser;
let page: Page;
let outDir: string;
let proxyUrl: string;
const policyViolations: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Every file's digest, by path relative to the content folder. */
function digests(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** What the editor page has asked decap-server to do (the `action` of each request), and how many requests are unanswered. */
const proxyTraffic = { actions: [] as string[], open: 0 };

function watchProxy(watched: Page): void {
  const isProxy = (request: Request) => request.url().startsWith(proxyUrl) && request.method() === 'POST';
  watched.on('request', (request) => {
    if (!isProxy(request)) return;
    proxyTraffic.open++;
    proxyTraffic.actions.push(String((request.postDataJSON() as { action?: unknown } | null)?.action));
  });
  const answered = (request: Request) => {
    if (isProxy(request)) proxyTraffic.open--;
  };
  watched.on('requestfinished', answered);
  watched.on('requestfailed', answered);
}

/**
 * Resolves when decap-server has answered the editor's request to save an
 * entry: it writes the files before it answers, so the content folder is
 * then as the save leaves it.
 */
function saved(): Promise<unknown> {
  return page.waitForResponse(
    (response) =>
      response.url().startsWith(proxyUrl) &&
      (response.request().postDataJSON() as { action?: unknown } | null)?.action === 'persistEntry',
    { timeout: 20_000 },
  );
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Replaces a text field's content by typing, key by key as a person would.
 * Decap's text inputs take their value from its store, and on a loaded
 * machine a key pressed before the form has re-rendered the last one can be
 * lost (seen in CI: "2020-01-24" typed, "2020-014" held). That is Decap's, and
 * what is under test here is what the form does with the value, so a field
 * that lost a key is given the whole value at once.
 */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press('Control+a');
  await field.press('Backspace');
  await field.pressSequentially(text, { delay: 20 });
  if ((await field.inputValue()) !== text) await field.fill(text);
}

/** Publishes the entry in the form; `save` is the wait for decap-server's answer to a save (see `saved`). */
async function publish(): Promise<{ save: Promise<unknown> }> {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const save = saved();
  // A form that is refused saves nothing: the wait is then abandoned, not awaited.
  save.catch(() => undefined);
  await page.getByText('Publish now', { exact: true }).click();
  return { save };
}

/** A fresh browser context (no login or drafts left from another test), logged in to the local editor. */
async function openEditor(hash: string): Promise<void> {
  if (page) await page.context().close();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
  page = await context.newPage();
  watchProxy(page);
  page.on('dialog', (dialog) => void dialog.accept());
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  await page.goto(`${site.url}admin/`);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.getByText('Events', { exact: true }).first().waitFor();
  await page.goto(`${site.url}admin/#/collections/events/${hash}`);
  await page.getByLabel('Title', { exact: true }).waitFor();
}

before(async () => {
  content = join(tempDir('tijdlijn-editor-'), 'content');
  cpSync(join(ROOT, 'tests/fixtures/english'), content, { recursive: true });
  const port = await freePort();
  proxyUrl = `http://127.0.0.1:${port}/api/v1`;
  proxy = spawn(join(BIN, 'node'), [createRequire(import.meta.url).resolve('decap-server')], {
    cwd: content,
    stdio: 'ignore',
    env: {
      ...process.env,
      MODE: 'fs',
      GIT_REPO_DIRECTORY: content,
      PORT: String(port),
      BIND_HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
    },
  });
  outDir = buildOrThrow({ content, env: { TIJDLIJN_EDITOR_PROXY: proxyUrl } });
  site = await serveStatic(outDir);
  browser = await openBrowser();
  // decap-server is up once it answers.
  for (let tries = 0; tries < 100; tries++) {
    const ok = await fetch(proxyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"info"}',
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
});

after(async () => {
  await browser?.close();
  await site?.close();
  proxy?.kill();
});

describe('the editor page', () => {
  test('is served by the site itself under its own policy, noindex, and linked from no reading page', () => {
    const html = readFileSync(join(outDir, 'admin/index.html'), 'utf8');
    assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
    assert.match(html, /<script src="decap-cms.js"><\/script>/);
    assert.doesNotMatch(html, /https?:\/\/(?!127\.0\.0\.1)[^"'\s]+\.(?:js|css)\b/, 'nothing from another host');
    assert.ok(existsSync(join(outDir, 'admin/decap-cms.js')));
    assert.equal(readdirSync(join(outDir, 'admin')).filter((name) => name.endsWith('.wasm')).length, 2);
    const policy =
      parse(html).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    assert.match(policy, /connect-src 'self' blob: http:\/\/127\.0\.0\.1:\d+/);
    // The reading pages keep theirs: no 'unsafe-eval' anywhere but here, and no link to /admin/.
    for (const file of listFiles(outDir).filter((name) => name.endsWith('.html') && !name.startsWith('admin/'))) {
      const page = readFileSync(join(outDir, file), 'utf8');
      assert.doesNotMatch(page, /unsafe-eval|unsafe-inline/, file);
      assert.doesNotMatch(page, /href="[^"]*\/admin\//, file);
    }
    assert.doesNotMatch(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8'), /admin/);
    assert.doesNotMatch(readFileSync(join(outDir, 'feed.json'), 'utf8'), /admin/);
    assert.ok(!readdirSync(join(outDir, 'pagefind')).some((name) => name.includes('admin')));
  });
});

describe('adding and editing events in the browser', () => {
  const title = 'Council closes remote access';
  // The title of an existing event: the new file must get npm run new's next free name.
  const newId = 'council-closes-remote-access-2';

  test('a date in a refused form is refused in the form, with the accepted forms shown', async () => {
    const before = digests(content);
    await openEditor('new');
    await page.getByLabel('Title', { exact: true }).fill('A badly dated event');
    await typeInto(page.getByLabel('Date', { exact: true }), '17-01-2020');
    await page.getByLabel('Summary', { exact: true }).fill('Something happened.');
    await page.getByLabel('Title of the source').fill('Report');
    await typeInto(page.getByLabel('Date of the source'), '2020-01-17');
    const actionsBefore = proxyTraffic.actions.length;
    await publish();
    const message = page.getByText(
      /Write one of these forms: 2020, 2020-01, 2020-01-17, 2020-01-17T14:30, 2020-01-17T14:30\+01:00, 2020-01-16T23:30:00Z/,
    );
    await message.first().waitFor();
    // The form has refused the date; whatever the click set off has had its turn once the page has
    // rendered another frame and decap-server has answered every request the page sent it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await until('decap-server to answer every request', () => (proxyTraffic.open === 0 ? true : undefined));
    assert.ok(
      !proxyTraffic.actions.slice(actionsBefore).includes('persistEntry'),
      `the editor asked to save: ${proxyTraffic.actions.slice(actionsBefore).join(', ')}`,
    );
    assert.deepEqual(digests(content), before, 'nothing was written');
  });

  test('an event made in the form is one new file that the checker accepts', async () => {
    const before = digests(content);
    const original = readFileSync(join(content, 'events/council-closes-remote-access.md'), 'utf8');
    await openEditor('new');
    await page.getByLabel('Title', { exact: true }).fill(title);
    await typeInto(page.getByLabel('Date', { exact: true }), '2020-01-24');
    await page
      .getByLabel('Summary', { exact: true })
      .fill('The council closes remote access a second time, after a new warning from Zanzibar.');
    await page.getByLabel('Organisations (optional)').click();
    await page.getByText('City Council', { exact: true }).click();
    await page.getByLabel('Title of the source').fill('Council closes access again');
    await typeInto(page.getByLabel('Date of the source'), '2020-01-24');
    await page.getByLabel('Web address (optional)').fill('https://news.example.org/council-again');
    // The preview shows the date label the event page will have.
    await page
      .locator('iframe')
      .first()
      .contentFrame()
      .locator('.event-date')
      .getByText('Friday 24 January 2020', { exact: true })
      .waitFor();
    await (
      await publish()
    ).save;

    const added = await until('the new file', () => {
      const now = digests(content);
      const fresh = [...now.keys()].filter((file) => !before.has(file));
      return fresh.length > 0 ? fresh : undefined;
    });
    const after = digests(content);
    assert.deepEqual(
      [...after.keys()].filter((file) => !before.has(file)),
      [`events/${newId}.md`],
      "exactly one new file, named by npm run new's rule",
    );
    assert.deepEqual(added, [`events/${newId}.md`]);
    for (const [file, digest] of before) assert.equal(after.get(file), digest, `${file} is unchanged`);
    assert.equal(
      readFileSync(join(content, 'events/council-closes-remote-access.md'), 'utf8'),
      original,
      'the event with the same title is not overwritten',
    );

    const text = readFileSync(join(content, `events/${newId}.md`), 'utf8');
    // The form fills in published with today's date in the site's zone (Europe/London).
    const today = DateTime.now().setZone('Europe/London').toISODate();
    assert.match(
      text,
      new RegExp(
        `^---\ntitle: Council closes remote access\ndate: 2020-01-24\nsummary: .+\norganisations: \\[city-council\\]\nsources:\n  - title: Council closes access again\n    date: 2020-01-24\n    url: https://news\\.example\\.org/council-again\n    language: en\npublished: ${today}\n---\n`,
      ),
    );
    const check = spawnSync(join(BIN, 'node'), ['scripts/check-content.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TIJDLIJN_CONTENT: content },
    });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.match(check.stdout, /4 events checked .*0 errors, 0 warnings/);
    assert.deepEqual(policyViolations, []);
  });

  test('after a build the new event is on the timeline, has its page and is found by search', async () => {
    const built = buildOrThrow({ content });
    assert.ok(
      readFileSync(join(built, 'index.html'), 'utf8').includes(`href="/gebeurtenis/${newId}/"`),
      'the timeline links to the new event',
    );
    const eventPage = readFileSync(join(built, `gebeurtenis/${newId}/index.html`), 'utf8');
    assert.match(eventPage, /<h1>Council closes remote access<\/h1>/);
    assert.match(eventPage, /Friday 24 January 2020/);
    assert.match(eventPage, /href="https:\/\/news\.example\.org\/council-again"/);
    const served = await serveStatic(built);
    try {
      const reader = await browser.newPage({ viewport: { width: 1200, height: 4000 } });
      await reader.goto(`${served.url}zoeken/?q=Zanzibar`);
      // The page lists the whole timeline before the query's results replace it: wait for those.
      await reader.waitForFunction(
        () => {
          const results = document.querySelector('[data-search-results]');
          return (
            results !== null &&
            !results.hasAttribute('aria-busy') &&
            !results.querySelector('.search-result-loading') &&
            /Zanzibar/.test(document.querySelector('[data-search-summary]')?.textContent ?? '')
          );
        },
        undefined,
        { timeout: 20_000 },
      );
      assert.deepEqual(await reader.locator('[data-search-results] .search-result-title').allInnerTexts(), [title]);
      await reader.close();
    } finally {
      await served.close();
    }
  });

  test('editing an existing event changes only that file, and only the field edited', async () => {
    const file = 'events/university-shuts-servers.md';
    const taxonomy = loadTaxonomy(content);
    const read = (text: string) => {
      const problems: Problem[] = [];
      const event = checkEventText(file, 'university-shuts-servers', text, taxonomy.context, problems);
      assert.deepEqual(problems, []);
      return event!.frontmatter;
    };
    const before = digests(content);
    const original = read(readFileSync(join(content, file), 'utf8'));
    await openEditor('entries/university-shuts-servers');
    await typeInto(
      page.getByLabel('Summary', { exact: true }),
      'The university shuts its servers down for the whole weekend.',
    );
    await (
      await publish()
    ).save;
    await until('the saved file', () => (digests(content).get(file) !== before.get(file) ? true : undefined));
    const after = digests(content);
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'no file added or removed');
    assert.deepEqual(
      [...after].filter(([name, digest]) => before.get(name) !== digest).map(([name]) => name),
      [file],
    );
    const edited = read(readFileSync(join(content, file), 'utf8'));
    assert.deepEqual(edited, { ...original, summary: 'The university shuts its servers down for the whole weekend.' });
    assert.deepEqual(policyViolations, []);
  });
});
