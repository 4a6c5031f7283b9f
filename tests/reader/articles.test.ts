/**
 * What programs read from an event page and the calendar, on a built copy of
 * the English fixture with a publisher, an author, a thread, one entry with
 * a `published` date and a correction, and one without either: the
 * NewsArticle's dates, author and publisher logo; the Open Graph article
 * times; the thread box's heading (valid HTML, no section without one); and
 * events.ics as RFC 5545 bytes, read by ical.js. The heading keeps the look
 * of the line it replaced (Chromium).
 */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import ICAL from 'ical.js';
import { parse, type HTMLElement } from 'node-html-parser';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow, readPage, ROOT, tempDir } from '../support/build.ts';
import { serveStatic } from '../support/server.ts';

let outDir: string;
const page = (id: string) => readPage(outDir, `gebeurtenis/${id}/index.html`);
const jsonLd = (html: string) =>
  JSON.parse(parse(html).querySelector('script[type="application/ld+json"]')!.text) as Record<string, unknown>;
const meta = (html: HTMLElement | string, property: string) =>
  (typeof html === 'string' ? parse(html) : html)
    .querySelector(`meta[property="${property}"]`)
    ?.getAttribute('content');

before(() => {
  const content = join(tempDir('tijdlijn-articles-'), 'content');
  cpSync(join(ROOT, 'tests/fixtures/english'), content, { recursive: true });
  appendFileSync(
    join(content, 'site.yaml'),
    [
      'publisher: { name: The Timeline Desk, logo: "https://timeline.example.org/logo.png", url: "https://timeline.example.org/about/" }',
      'author: { name: Jane Smith, type: Person }',
      '',
    ].join('\n'),
  );
  writeFileSync(join(content, 'threads.yaml'), 'closures:\n  title: Closures\n  description: Who switched what off.\n');
  const council = join(content, 'events', 'council-closes-remote-access.md');
  writeFileSync(
    council,
    readFileSync(council, 'utf8').replace(
      'tags: [closure]\n',
      'tags: [closure]\nthreads: [closures]\npublished: 2020-01-17T18:05\ncorrections:\n  - { date: 2020-01-20, note: "The closure began on Friday, not on Thursday." }\n',
    ),
  );
  const university = join(content, 'events', 'university-shuts-servers.md');
  writeFileSync(university, readFileSync(university, 'utf8').replace('related:', 'threads: [closures]\nrelated:'));
  outDir = buildOrThrow({ content });
});

describe('the NewsArticle and Open Graph article times', () => {
  test('an entry with published and a correction: datePublished, dateModified, author, publisher with its logo', () => {
    const html = page('council-closes-remote-access');
    const article = jsonLd(html);
    assert.equal(article['@type'], 'NewsArticle');
    assert.equal(article['datePublished'], '2020-01-17T18:05+00:00');
    assert.equal(article['dateModified'], '2020-01-20');
    assert.deepEqual(article['author'], { '@type': 'Person', name: 'Jane Smith' });
    assert.deepEqual(article['publisher'], {
      '@type': 'Organization',
      name: 'The Timeline Desk',
      url: 'https://timeline.example.org/about/',
      logo: { '@type': 'ImageObject', url: 'https://timeline.example.org/logo.png' },
    });
    assert.equal(meta(html, 'article:published_time'), '2020-01-17T18:05+00:00');
    assert.equal(meta(html, 'article:modified_time'), '2020-01-20');
    assert.equal(meta(html, 'og:type'), 'article');
  });

  test('an entry without published has no publication date at all, rather than its event date', () => {
    const html = page('university-shuts-servers');
    const article = jsonLd(html);
    assert.ok(!('datePublished' in article), JSON.stringify(article));
    assert.ok(!('dateModified' in article));
    assert.equal(article['contentReferenceTime'], '2020-01-17T14:30+00:00');
    assert.equal(meta(html, 'article:published_time'), undefined);
    assert.equal(meta(html, 'article:modified_time'), undefined);
  });
});

describe('the thread box', () => {
  test('each thread section has a heading: the thread, linked, with the place in it', () => {
    const html = parse(page('university-shuts-servers'));
    const sections = html.querySelectorAll('section.thread-membership');
    assert.equal(sections.length, 1);
    const heading = sections[0]!.querySelector('h3')!;
    assert.equal(heading.querySelector('a')!.getAttribute('href'), '/draad/closures/');
    assert.equal(heading.text.replace(/\s+/g, ' ').trim(), 'Closures (part 2 of 2)');
    assert.equal(sections[0]!.getAttribute('aria-labelledby'), heading.id);
    // Under the box's own h2: the outline goes h1, h2, h3.
    assert.equal(html.querySelector('.thread-box h2')!.text.trim(), 'Thread');
  });

  test('event pages in a thread are valid HTML, with no section lacking a heading', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    for (const id of ['council-closes-remote-access', 'university-shuts-servers']) {
      const html = page(id);
      const report = await validator.validateString(html, id);
      assert.deepEqual(
        report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`)),
        [],
      );
      for (const section of parse(html).querySelectorAll('section')) {
        assert.ok(
          section.querySelector('h1, h2, h3, h4, h5, h6'),
          `a section without a heading on ${id}: ${section.outerHTML.slice(0, 120)}`,
        );
      }
    }
  });
});

describe('the thread heading in Chromium', () => {
  test('reads as the line of text it was: the size, line height and weight of the text around it', async () => {
    const site = await serveStatic(outDir);
    const browser = await openBrowser();
    try {
      const tab = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      await tab.goto(`${site.url}gebeurtenis/university-shuts-servers/`);
      const styles = await tab.evaluate(() => {
        const pick = (element: Element) => {
          const style = getComputedStyle(element);
          return {
            fontSize: style.fontSize,
            lineHeight: style.lineHeight,
            fontWeight: style.fontWeight,
            marginTop: style.marginTop,
            marginBottom: style.marginBottom,
          };
        };
        return { heading: pick(document.querySelector('.thread-name')!), body: pick(document.querySelector('main')!) };
      });
      assert.equal(styles.heading.fontSize, styles.body.fontSize);
      assert.equal(styles.heading.lineHeight, styles.body.lineHeight);
      assert.equal(styles.heading.fontWeight, '600');
      assert.equal(styles.heading.marginTop, '0px');
      assert.equal(styles.heading.marginBottom, '0px');
    } finally {
      await browser.close();
      await site.close();
    }
  });
});

describe('events.ics', () => {
  test('every line ends in CRLF, END:VCALENDAR too; ical.js reads every entry with a known day', () => {
    const bytes = readFileSync(join(outDir, 'events.ics'));
    assert.equal(bytes.subarray(-15).toString('latin1'), 'END:VCALENDAR\r\n');
    const text = bytes.toString('utf8');
    assert.doesNotMatch(text, /[^\r]\n/);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const summaries = calendar
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent).summary)
      .sort();
    // The advice is known only to its month: no calendar entry.
    assert.deepEqual(summaries, ['Council closes remote access', 'University shuts its servers']);
  });
});
