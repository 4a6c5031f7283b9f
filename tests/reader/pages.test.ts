/**
 * What a reader finds on the built pages, built once under a base path:
 * the overview chart agrees with the timeline below it, thread pages tell
 * their strand in order with "previous/next within the thread" on each
 * event page, and related links appear on both pages.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { checkContent, type CheckedEvent } from '../../src/content/check.ts';
import { loadTaxonomy } from '../../src/content/taxonomy.ts';
import { sortEvents } from '../../src/lib/timeline.ts';
import { buildOrThrow, CITRIX_FIXTURE, readPage } from '../support/build.ts';

const BASE = '/tijdlijn/';
let outDir: string;
let home: HTMLElement;
let events: Array<CheckedEvent & { date: CheckedEvent['frontmatter']['date'] }>;
let threads: Record<string, { title: string }>;
const page = (path: string) => parse(readPage(outDir, `${path}index.html`));
const eventPage = (id: string) => page(`gebeurtenis/${id}/`);

before(() => {
  const report = checkContent(CITRIX_FIXTURE);
  events = sortEvents(
    report.events
      .filter((event) => !event.frontmatter.draft)
      .map((event) => ({ ...event, date: event.frontmatter.date })),
  );
  threads = loadTaxonomy(CITRIX_FIXTURE).threads;
  outDir = buildOrThrow({ base: BASE });
  home = page('');
});

/** Entries per timeline heading id: `t-2020-01-17` for a day, `t-2020-01-undated` for "dag onbekend". */
function entriesPerHeading(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const section of home.querySelectorAll('main .timeline section.day')) {
    const id = section.querySelector('.day-heading')!.id;
    counts.set(id, section.querySelectorAll('article.entry').length);
  }
  return counts;
}

describe('the overview chart', () => {
  test('has a bar for every day with events, as many as the timeline lists under that day', () => {
    const chart = home.querySelector('figure.overview-chart')!;
    assert.equal(chart.getAttribute('data-unit'), 'day');
    const bars = chart.querySelectorAll('a.chart-bar');
    const fromChart = new Map(
      bars.map((bar) => [`t-${bar.getAttribute('data-key')}`, Number(bar.getAttribute('data-count'))]),
    );
    const fromTimeline = new Map([...entriesPerHeading()].filter(([id]) => !id.endsWith('-undated')));
    assert.deepEqual(fromChart, fromTimeline);
    assert.deepEqual(
      [...fromChart.values()].reduce((sum, count) => sum + count, 0),
      events.filter((event) => ['day', 'time'].includes(event.date.precision)).length,
    );
  });

  test('bar heights are proportional to the counts, and each bar says its date and count', () => {
    const bars = home.querySelectorAll('a.chart-bar');
    const ratios = bars.map(
      (bar) =>
        Number(bar.querySelector('.chart-bar-fill')!.getAttribute('height')) / Number(bar.getAttribute('data-count')),
    );
    for (const ratio of ratios)
      assert.ok(Math.abs(ratio - ratios[0]!) < 0.01, `heights not proportional: ${ratios.join(', ')}`);
    const seventeenth = bars.find((bar) => bar.getAttribute('data-key') === '2020-01-17')!;
    assert.equal(
      seventeenth.querySelector('title')!.text,
      `vrijdag 17 januari 2020: ${seventeenth.getAttribute('data-count')} gebeurtenissen`,
    );
    assert.equal(seventeenth.querySelector('.chart-tip')!.text, seventeenth.querySelector('title')!.text);
  });

  test('month-only events are bands of their own, not bars on a day', () => {
    const bands = home.querySelectorAll('a.chart-band');
    const fromChart = new Map(
      bands.map((band) => [`t-${band.getAttribute('data-key')}-undated`, Number(band.getAttribute('data-count'))]),
    );
    const fromTimeline = new Map([...entriesPerHeading()].filter(([id]) => id.endsWith('-undated')));
    assert.deepEqual(fromChart, fromTimeline);
    assert.deepEqual(
      bands.map((band) => band.getAttribute('data-kind')),
      ['month', 'month'],
    );
    assert.equal(
      bands.find((band) => band.getAttribute('data-key') === '2020-01')!.querySelector('title')!.text,
      'januari 2020, dag onbekend: 3 gebeurtenissen',
    );
  });

  test('every bar and band links to an anchor that exists on the timeline, under the base path', () => {
    const ids = new Set(home.querySelectorAll('[id]').map((element) => element.id));
    const links = home.querySelectorAll('figure.overview-chart a');
    assert.ok(links.length >= 5);
    for (const link of links) {
      const href = link.getAttribute('href')!;
      assert.ok(href.startsWith(`${BASE}#t-`), href);
      const target = href.split('#')[1]!;
      assert.ok(ids.has(target), `${href}: no element with id ${target}`);
      assert.equal(target, `t-${link.getAttribute('data-target')}`);
    }
  });

  test('has a text alternative: a caption the SVG is labelled by, and a table with the same numbers', () => {
    const chart = home.querySelector('figure.overview-chart')!;
    const svg = chart.querySelector('svg')!;
    const caption = chart.querySelector(`#${svg.getAttribute('aria-labelledby')}`)!;
    assert.match(caption.text, /^Aantal gebeurtenissen per dag, van 1 december 2019 tot en met 31 januari 2020\./);
    assert.match(caption.text, /4 gebeurtenissen zijn alleen tot op de maand of het jaar bekend/);
    // Hidden through its wrapper: a table itself cannot be squeezed into .visually-hidden's 1px box.
    const table = chart.querySelector('.visually-hidden > table')!;
    const rows = table
      .querySelectorAll('tbody tr')
      .map((row) => [row.getAttribute('data-key'), Number(row.querySelector('td')!.text)]);
    const drawn = chart
      .querySelectorAll('a.chart-bar, a.chart-band')
      .map((link) => [link.getAttribute('data-key'), Number(link.getAttribute('data-count'))]);
    assert.deepEqual([...rows].sort(), [...drawn].sort());
    assert.equal(table.querySelector('tbody tr th')!.text, 'december 2019, dag onbekend');
  });
});

describe('threads', () => {
  const inThread = (id: string) =>
    events.filter((event) => event.frontmatter.threads.includes(id)).map((event) => event.id);

  test('threads.yaml declares the example threads, and the index lists each with its number of events', () => {
    assert.ok(threads['hackpogingen'] && threads['universiteiten-sluiten-af'], Object.keys(threads).join(', '));
    const index = page('draden/');
    const links = index.querySelectorAll('main .index-list > li > a');
    assert.deepEqual(
      links.map((link) => link.getAttribute('href')),
      Object.keys(threads).map((id) => `${BASE}draad/${id}/`),
    );
    for (const [position, id] of Object.keys(threads).entries()) {
      assert.equal(links[position]!.text, threads[id]!.title);
      assert.match(links[position]!.closest('li')!.text, new RegExp(`${inThread(id).length} gebeurtenis`));
    }
  });

  test('a thread page tells its strand in timeline order', () => {
    assert.deepEqual(inThread('hackpogingen'), [
      'hackpoging-gemeente-zutphen',
      'ziekenhuis-leeuwarden-sluit-dataverkeer-af',
    ]);
    assert.deepEqual(inThread('universiteiten-sluiten-af'), [
      'leiden-en-vu-sluiten-citrix-servers',
      'universiteit-utrecht-beperkt-toegang-buitenland',
      'website-universiteit-leiden-instabiel',
    ]);
    for (const id of Object.keys(threads)) {
      const thread = page(`draad/${id}/`);
      assert.equal(thread.querySelector('h1')!.text, threads[id]!.title);
      const listed = thread.querySelectorAll('ol.thread-list > li h3 a').map((link) => link.getAttribute('href'));
      assert.deepEqual(
        listed,
        inThread(id).map((event) => `${BASE}gebeurtenis/${event}/`),
        id,
      );
    }
  });

  test('each event page shows its threads, its place in each, and previous/next within the thread', () => {
    for (const event of events) {
      const box = eventPage(event.id).querySelector('aside.thread-box');
      if (event.frontmatter.threads.length === 0) {
        assert.equal(box, null, `${event.id} has no thread`);
        continue;
      }
      const memberships = box!.querySelectorAll('.thread-membership');
      assert.deepEqual(
        memberships.map((membership) => membership.getAttribute('data-thread')),
        event.frontmatter.threads,
      );
      for (const membership of memberships) {
        const id = membership.getAttribute('data-thread')!;
        const strand = inThread(id);
        const index = strand.indexOf(event.id);
        assert.equal(membership.querySelector('.thread-name a')!.getAttribute('href'), `${BASE}draad/${id}/`);
        assert.equal(membership.querySelector('.thread-name a')!.text, threads[id]!.title);
        assert.match(
          membership.querySelector('.thread-name')!.text,
          new RegExp(`deel ${index + 1} van ${strand.length}`),
        );
        const step = (which: string) => membership.querySelector(`.thread-${which} a`)?.getAttribute('href') ?? null;
        assert.equal(
          step('previous'),
          index > 0 ? `${BASE}gebeurtenis/${strand[index - 1]}/` : null,
          `${event.id} in ${id}: previous`,
        );
        assert.equal(
          step('next'),
          index < strand.length - 1 ? `${BASE}gebeurtenis/${strand[index + 1]}/` : null,
          `${event.id} in ${id}: next`,
        );
      }
    }
    const zutphen = eventPage('hackpoging-gemeente-zutphen').querySelector('aside.thread-box')!;
    assert.equal(zutphen.querySelector('h2')!.text, 'Draden');
    assert.equal(zutphen.querySelectorAll('.thread-membership').length, 2);
  });
});

describe('related events', () => {
  const relatedOn = (id: string) => {
    const section = eventPage(id).querySelector('section[aria-labelledby="zie-ook"]');
    return new Set(
      (section?.querySelectorAll('.related-list a') ?? []).map((link) => link.getAttribute('href')!.split('/').at(-2)!),
    );
  };

  test('appear both ways: if A names B, B shows A, and A shows B', () => {
    let oneWay = 0;
    for (const event of events) {
      const expected = new Set([
        ...event.frontmatter.related,
        ...events.filter((other) => other.frontmatter.related.includes(event.id)).map((other) => other.id),
      ]);
      assert.deepEqual(relatedOn(event.id), expected, event.id);
      for (const named of event.frontmatter.related) {
        if (!events.find((other) => other.id === named)!.frontmatter.related.includes(event.id)) oneWay++;
      }
    }
    // The content has links named on one side only, so the test shows the other side is added.
    assert.ok(oneWay > 0);
    assert.ok(
      !events
        .find((event) => event.id === 'ncsc-adviseert-citrix-uit-te-schakelen')!
        .frontmatter.related.includes('leiden-en-vu-sluiten-citrix-servers'),
    );
    assert.ok(relatedOn('ncsc-adviseert-citrix-uit-te-schakelen').has('leiden-en-vu-sluiten-citrix-servers'));
  });
});
