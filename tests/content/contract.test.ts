/**
 * The only test that reads the real `content/`: it holds no headline, id or
 * count of the Citrix timeline, so editors can change, add and remove events
 * without failing CI. It checks what every edit must keep true: the checker
 * passes, the site builds, and every event file gives exactly one page, one
 * timeline entry and one search record. Everything else the site does is
 * tested on fixtures (tests/fixtures/citrix-nl/ and others).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { before, test } from 'node:test';
import { parse } from 'node-html-parser';
import { checkContent } from '../../src/content/check.ts';
import { buildOrThrow, readPage, ROOT } from '../support/build.ts';

const CONTENT = join(ROOT, 'content');
/** Published events: every event file that is not a draft, by id (its file name). */
const published = checkContent(CONTENT)
  .events.filter((event) => !event.frontmatter.draft)
  .map((event) => event.id)
  .sort();
const files = readdirSync(join(CONTENT, 'events')).filter((name) => name.endsWith('.md'));

let outDir: string;
before(() => {
  outDir = buildOrThrow({ content: CONTENT });
});

test('npm run check passes on the real content: no errors, and no event file left unread', () => {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['scripts/check-content.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TIJDLIJN_CONTENT: CONTENT },
  });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, new RegExp(`^${files.length} events checked in \\d+ ms: 0 errors,`, 'm'));
  assert.ok(published.length > 0, 'the timeline has no published event');
});

test('every published event file has its page and exactly one entry on the timeline', () => {
  assert.deepEqual(readdirSync(join(outDir, 'gebeurtenis')).sort(), published);
  const entries = parse(readPage(outDir, 'index.html'))
    .querySelectorAll('main article.entry')
    .map((entry) => entry.id.replace(/^e-/, ''))
    .sort();
  assert.deepEqual(entries, published);
});

test('every published event has exactly one search record, and nothing else is indexed', () => {
  const folder = join(outDir, 'pagefind', 'fragment');
  // A Pagefind fragment is gzipped JSON behind a short signature; its url is the page it indexes.
  const urls = readdirSync(folder).map((name) => {
    const text = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
  const ids = urls.map((url) => url.match(/^\/gebeurtenis\/([^/]+)\/$/)?.[1] ?? url).sort();
  assert.deepEqual(ids, published);
});
