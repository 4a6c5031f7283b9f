/**
 * A history timeline (tests/fixtures/history): years before Christ and before
 * 1000, free date labels, seconds, and America/New_York, whose offset had
 * seconds until 1883 (local mean time, −4:56:02). Built once; read as HTML,
 * validated with html-validate, its exports parsed, and its home page
 * opened in Chromium at 320 px.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow, listFiles, readPage, ROOT, tempDir } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/history');
const work = tempDir('tijdlijn-history-');
let outDir: string;
let home: HTMLElement;
let site: StaticSite | undefined;

before(() => {
  outDir = buildOrThrow({ content: FIXTURE, work });
  home = parse(readPage(outDir, 'index.html'));
});

after(async () => {
  await site?.close();
});

const eventPage = (id: string) => parse(readPage(outDir, `gebeurtenis/${id}/index.html`));
const dateOf = (id: string) => eventPage(id).querySelector('.event-date time')!;

test('years before Christ and before 1000 are labelled as historians write them', () => {
  assert.equal(dateOf('ides-of-march').text, '15 March 44 BC');
  assert.equal(dateOf('battle-of-marathon').text, 'September 490 BC');
  // Before the Gregorian calendar, no weekday (it would be the proleptic Gregorian one).
  assert.equal(dateOf('fall-of-rome').text, '4 September 476');
  assert.equal(dateOf('death-of-muhammad').text, '8 June 632');
  // Unquoted `date: 0602`: the year 602, unpadded like every AD year.
  assert.equal(dateOf('gregory-the-great').text, '602');
  const month = parse(readPage(outDir, '-0044/03/index.html'));
  assert.equal(month.querySelector('h1')!.text.trim(), 'March 44 BC');
  assert.ok(month.querySelectorAll('main h3').some((heading) => heading.text.trim() === '15 March 44 BC'));
  const archive = home.querySelectorAll('.archive-years > li > a').map((link) => link.text.trim());
  assert.deepEqual(archive, ['753 BC', '490 BC', '44 BC', '476', '602', '632', '1849', '1850', '1969', '2020']);
});

test('dates in local mean time are the day, month and year written, not the one before', () => {
  assert.equal(dateOf('inauguration-1849').text, 'Monday 5 March 1849');
  assert.equal(dateOf('noon-1850').text, 'Monday 4 March 1850, 12:00');
  assert.equal(dateOf('year-1850').text, '1850');
  // ISO offsets have no seconds, so the instant is given in UTC: 12:00 at −4:56:02.
  assert.equal(dateOf('noon-1850').getAttribute('datetime'), '1850-03-04T16:56:02Z');
  assert.equal(dateOf('inauguration-1849').getAttribute('datetime'), '1849-03-05');
  // The search index's month filter and date label say the same.
  const filter = (id: string) =>
    eventPage(id)
      .querySelectorAll('meta[name="pagefind-filter"]')
      .filter((meta) => meta.getAttribute('data-pagefind-filter')!.startsWith('Month'))
      .map((meta) => meta.getAttribute('content'));
  assert.deepEqual(filter('inauguration-1849'), ['March 1849']);
  assert.deepEqual(filter('year-1850'), ['1850']);
  assert.deepEqual(filter('ides-of-march'), ['March 44 BC']);
  assert.deepEqual(filter('gregory-the-great'), ['602']);
  const label = eventPage('woodstock').querySelector('meta[data-pagefind-meta^="datum"]')!.getAttribute('content');
  assert.equal(label, "Summer of '69");
});

test('before Christ <time> has no datetime; every page is valid HTML', async () => {
  assert.equal(dateOf('ides-of-march').getAttribute('datetime'), undefined);
  assert.equal(dateOf('fall-of-rome').getAttribute('datetime'), '0476-09-04');
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
  const pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
  assert.ok(
    pages.some((file) => file.startsWith('-0044/')),
    pages.join(' '),
  );
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readPage(outDir, file), file);
    for (const result of report.results)
      for (const message of result.messages)
        problems.push(`${file}:${message.line}: ${message.ruleId}: ${message.message}`);
  }
  assert.deepEqual(problems, []);
});

test('display_date replaces the words only; the date still orders and is in datetime', () => {
  const woodstock = dateOf('woodstock');
  assert.equal(woodstock.text, "Summer of '69");
  assert.equal(woodstock.getAttribute('datetime'), '1969-08-15');
  assert.equal(dateOf('founding-of-rome').text, 'c. 753 BC, by legend');
  const slides = (
    JSON.parse(readFileSync(join(outDir, 'timeline.json'), 'utf8')) as {
      events: Array<{ unique_id: string; display_date?: string; start_date: { year: number } }>;
    }
  ).events;
  assert.equal(slides.find((slide) => slide.unique_id === 'woodstock')!.display_date, "Summer of '69");
  // A year before Christ as TimelineJS writes it (year -44 is 44 BC), so TimelineJS labels it itself, as it did before an import.
  assert.deepEqual(slides.find((slide) => slide.unique_id === 'ides-of-march')!.start_date, {
    year: -44,
    month: 3,
    day: 15,
  });
});

test('order runs across the era boundary and by the second, in every export', () => {
  const order = [
    'founding-of-rome',
    'battle-of-marathon',
    'ides-of-march',
    'fall-of-rome',
    'gregory-the-great',
    'death-of-muhammad',
    'inauguration-1849',
    'year-1850',
    'noon-1850',
    'woodstock',
    'just-before',
    'with-seconds',
  ];
  const rows = parseCsv(readFileSync(join(outDir, 'events.csv'), 'utf8'), { bom: true, columns: true }) as Array<
    Record<string, string>
  >;
  assert.deepEqual(
    rows.map((row) => row['id']),
    order,
  );
  const byId = new Map(rows.map((row) => [row['id'], row]));
  assert.equal(byId.get('ides-of-march')!['date'], '-0044-03-15');
  assert.equal(byId.get('with-seconds')!['date'], '2020-01-17T14:30:15-05:00');
  assert.equal(byId.get('noon-1850')!['date'], '1850-03-04T16:56:02Z');
  const slides = (
    JSON.parse(readFileSync(join(outDir, 'timeline.json'), 'utf8')) as { events: Array<{ unique_id: string }> }
  ).events;
  assert.deepEqual(
    slides.map((slide) => slide.unique_id),
    order,
  );
  // The entries under 17 January 2020: one second past, then fifteen seconds past.
  const january = parse(readPage(outDir, '2020/01/index.html'));
  assert.deepEqual(
    january.querySelectorAll('article.entry').map((entry) => entry.id),
    ['e-just-before', 'e-with-seconds'],
  );
  assert.equal(january.querySelector('#e-with-seconds time')!.getAttribute('datetime'), '2020-01-17T14:30:15-05:00');
  // iCalendar has four-digit years only: the day in 44 BC is left out, AD 476 is in.
  const ics = readFileSync(join(outDir, 'events.ics'), 'utf8');
  assert.match(ics, /DTSTART;VALUE=DATE:04760904/);
  const entry = (id: string) => ics.split('BEGIN:VEVENT').find((part) => part.includes(`UID:${id}@`)) ?? '';
  assert.match(entry('inauguration-1849'), /\nDTSTART;VALUE=DATE:18490305\r\n/);
  assert.match(entry('noon-1850'), /\nDTSTART:18500304T165602Z\r\n/);
  assert.match(entry('with-seconds'), /\nDTSTART:20200117T193015Z\r\n/);
  assert.doesNotMatch(ics, /ides-of-march/);
});

test('the chart bins per century over 2,800 years, with no negative sizes and labels that do not overlap', () => {
  const chart = home.querySelector('figure.overview-chart')!;
  assert.equal(chart.getAttribute('data-unit'), 'century');
  for (const rect of chart.querySelectorAll('rect')) {
    for (const size of ['width', 'height']) {
      const value = rect.getAttribute(size);
      if (value !== undefined) assert.ok(Number(value) >= 0, `${rect.outerHTML}`);
    }
  }
  const ticks = chart
    .querySelectorAll('text.chart-month')
    .map((text) => ({ x: Number(text.getAttribute('x')), label: text.text }));
  assert.ok(
    ticks.some((tick) => tick.label.endsWith(' BC')),
    ticks.map((tick) => tick.label).join(' '),
  );
  // 12.5 units per character is the widest the stylesheet makes chart text.
  ticks
    .slice(1)
    .forEach((tick, index) =>
      assert.ok(
        tick.x >= ticks[index]!.x + ticks[index]!.label.length * 12.5,
        `${ticks[index]!.label} and ${tick.label} overlap`,
      ),
    );
  const bars = chart.querySelectorAll('a.chart-bar');
  assert.equal(
    bars.reduce((sum, bar) => sum + Number(bar.getAttribute('data-count')), 0),
    8,
  );
  assert.ok(
    bars.some((bar) => bar.querySelector('title')!.text.startsWith('100 BC – 1 BC: 1 event')),
    bars.map((bar) => bar.querySelector('title')!.text).join(' | '),
  );
});

test('at 320 px no page is wider than the screen', async () => {
  site = await serveStatic(outDir);
  const browser = await openBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    for (const path of ['', '-0044/', '-0044/03/', 'gebeurtenis/woodstock/']) {
      await page.goto(`${site.url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `/${path} is ${width} px wide`);
    }
    // The axis labels as the browser lays them out at 320 px: inside the chart and apart.
    await page.goto(site.url);
    const layout = await page.evaluate(() => {
      const svg = document.querySelector('svg.chart-svg')!.getBoundingClientRect();
      const labels = [...document.querySelectorAll('text.chart-month')].map((text) => {
        const box = text.getBoundingClientRect();
        return { text: text.textContent, left: box.left, right: box.right, height: box.height };
      });
      return { svg: { left: svg.left, right: svg.right }, labels };
    });
    assert.ok(layout.labels.length >= 3, JSON.stringify(layout.labels));
    for (const label of layout.labels) {
      assert.ok(label.left >= layout.svg.left && label.right <= layout.svg.right, `${label.text} sticks out`);
      assert.ok(label.height >= 9, `${label.text} is ${label.height} px high`);
    }
    layout.labels
      .slice(1)
      .forEach((label, index) =>
        assert.ok(label.left > layout.labels[index]!.right, `${layout.labels[index]!.text} and ${label.text} overlap`),
      );
  } finally {
    await browser.close();
  }
});

test('a content store written with dates of the old shape is parsed again, not reused', () => {
  // Astro reuses a stored entry while its file is unchanged. Give every stored date the old
  // shape (no epoch), as a build before this change left it, and build again in the same place.
  const store = join(work, 'cache', 'data-store.json');
  const stored = readFileSync(store, 'utf8');
  assert.match(stored, /"epoch":/);
  writeFileSync(store, stored.replaceAll('"epoch":', '"start":'));
  const rebuilt = buildOrThrow({ content: FIXTURE, work });
  const page = parse(readPage(rebuilt, 'gebeurtenis/noon-1850/index.html'));
  assert.equal(page.querySelector('.event-date time')!.getAttribute('datetime'), '1850-03-04T16:56:02Z');
  assert.match(readFileSync(store, 'utf8'), /"epoch":/);
});
