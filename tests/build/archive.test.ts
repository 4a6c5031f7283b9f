/**
 * Archive pages: past `pageSize` events the timeline splits into year and
 * month pages, and organisation and topic pages paginate; nothing is lost,
 * no page holds the whole archive, and every link lands.
 */
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { buildOrThrow, listFiles, readPage, tempDir } from '../support/build.ts';

const PAGE_SIZE = 10;
let outDir: string;
let eventIds: string[];
let htmlFiles: string[];

const entries = (html: HTMLElement) =>
  html.querySelectorAll('main article.entry').map((entry) => entry.id.replace(/^e-/, ''));
const page = (file: string) => parse(readPage(outDir, file));

before(async () => {
  const content = join(tempDir('tijdlijn-archive-'), 'content');
  // 500 events at 10 a page: years and months, and organisations and topics past one page (300 leave every
  // organisation on one page); 1,000 took twice the build for no other case.
  generateCorpus({ events: 500, seed: 7, out: content });
  appendFileSync(join(content, 'site.yaml'), `\npageSize: ${PAGE_SIZE}\n`);
  eventIds = readdirSync(join(content, 'events'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort();
  outDir = buildOrThrow({ content });
  htmlFiles = listFiles(outDir).filter((file) => file.endsWith('.html'));
});

test('every event is on exactly one year or month page', () => {
  const periodPages = htmlFiles.filter((file) => /^\d{4}\/(\d{2}\/)?index\.html$/.test(file));
  assert.ok(periodPages.length > 12, `only ${periodPages.length} period pages`);
  const listed = periodPages.flatMap((file) => entries(page(file)));
  assert.deepEqual([...listed].sort(), eventIds);
});

test('the home page shows the latest month and the archive, not every event', () => {
  const home = page('index.html');
  const shown = entries(home);
  assert.ok(shown.length > 0 && shown.length < eventIds.length / 10, `${shown.length} events on the home page`);
  const months = home.querySelectorAll('.archive-months a').map((link) => link.getAttribute('href')!);
  const latest = months.at(-1)!;
  assert.deepEqual(shown, entries(page(`${latest.replace(/^\//, '')}index.html`)));
});

test('chart bars and archive links land on existing pages and anchors', () => {
  for (const file of ['index.html', ...htmlFiles.filter((name) => /^\d{4}\//.test(name)).slice(0, 6)]) {
    const html = page(file);
    const links = [...html.querySelectorAll('.archive-nav a'), ...html.querySelectorAll('svg a')].map((link) =>
      link.getAttribute('href')!,
    );
    assert.ok(links.length > 0, `${file} has no archive or chart links`);
    for (const href of links) {
      const [path, anchor] = href.split('#');
      const target = `${path!.replace(/^\//, '')}index.html`;
      assert.ok(existsSync(join(outDir, target)), `${file} links to ${href}: no page`);
      if (anchor) assert.ok(page(target).getElementById(anchor), `${file} links to ${href}: no anchor`);
    }
  }
});

test('topic and organisation pages paginate without losing events', () => {
  const tagPages = htmlFiles.filter((file) => file.startsWith('onderwerp/'));
  const byTag = new Map<string, string[]>();
  for (const file of tagPages) {
    const id = file.split('/')[1]!;
    const shown = entries(page(file));
    assert.ok(shown.length <= PAGE_SIZE, `${file} lists ${shown.length} events`);
    byTag.set(id, [...(byTag.get(id) ?? []), ...shown]);
  }
  const paginated = tagPages.filter((file) => /^onderwerp\/[^/]+\/\d+\/index\.html$/.test(file));
  assert.ok(paginated.length > 0, 'no topic has a second page');
  const second = page(paginated[0]!);
  assert.ok(second.querySelector('a[rel="prev"]'), 'page 2 links back');
  for (const [id, listed] of byTag)
    assert.equal(new Set(listed).size, listed.length, `topic ${id} lists an event twice`);
  const organisationPages = htmlFiles.filter((file) => file.startsWith('organisatie/'));
  for (const file of organisationPages) assert.ok(entries(page(file)).length <= PAGE_SIZE, file);
});

test('event pages keep their address', () => {
  for (const id of eventIds.slice(0, 20)) assert.ok(existsSync(join(outDir, 'gebeurtenis', id, 'index.html')), id);
});

test('embed views list at most pageSize events, the latest', () => {
  const embed = page('embed/index.html');
  const shown = entries(embed);
  assert.equal(shown.length, PAGE_SIZE);
  assert.match(
    embed.querySelector('.embed-count')!.text,
    new RegExp(`De laatste ${PAGE_SIZE} van ${eventIds.length} gebeurtenissen`),
  );
  const home = page('index.html');
  const latestOnHome = entries(home).at(-1);
  assert.equal(shown.at(-1), latestOnHome, 'the embed ends with the newest event');
});

test('every page of an organisation advertises its feeds, the second page too', () => {
  const second = htmlFiles.find((file) => /^organisatie\/[^/]+\/2\/index\.html$/.test(file));
  assert.ok(second, 'no organisation has a second page');
  const id = second.split('/')[1]!;
  for (const file of [`organisatie/${id}/index.html`, second]) {
    const feeds = page(file)
      .querySelectorAll('link[rel="alternate"]')
      .map((link) => link.getAttribute('href'));
    assert.ok(feeds.includes(`/organisatie/${id}/rss.xml`), `${file}: ${feeds.join(', ')}`);
    assert.ok(feeds.includes(`/organisatie/${id}/feed.json`), `${file}: ${feeds.join(', ')}`);
  }
});
