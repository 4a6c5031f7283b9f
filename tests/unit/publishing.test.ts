/**
 * The pure parts of the overview chart, feeds and exports together: chart
 * bins and geometry, thread positions, the feeds and the CSV rows (the date
 * values themselves: tests/unit/dates/machine-formats and calendar). Expected values are
 * worked out by hand from the calendar (Amsterdam: UTC+1 in winter, UTC+2
 * in summer; Auckland: UTC+13 in January).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildChart } from '../../src/lib/chart/build.ts';
import { parseEventDate } from '../../src/lib/dates/index.ts';
import { binKeys } from '../../src/lib/chart/bins.ts';
import { csvRows, timelineJs } from '../../src/lib/exports.ts';
import { jsonFeed, rssFeed, type PublishContext } from '../../src/lib/feeds.ts';
import { positionsIn, type TimelineEvent } from '../../src/lib/timeline.ts';

const ZONE = 'Europe/Amsterdam';
const date = (value: string, zone = ZONE) => parseEventDate(value, zone);

describe('chart bins', () => {
  test('bin keys: days, ISO weeks from Monday, months', () => {
    assert.deepEqual(binKeys('2020-01-30', '2020-02-02', 'day', ZONE), [
      '2020-01-30',
      '2020-01-31',
      '2020-02-01',
      '2020-02-02',
    ]);
    assert.deepEqual(binKeys('2020-01-01', '2020-01-14', 'week', ZONE), ['2019-12-30', '2020-01-06', '2020-01-13']);
    assert.deepEqual(binKeys('2019-11-20', '2020-02-01', 'month', ZONE), ['2019-11', '2019-12', '2020-01', '2020-02']);
    // Across the switch to summer time, still one key per calendar day.
    assert.deepEqual(binKeys('2020-03-28', '2020-03-30', 'day', ZONE), ['2020-03-28', '2020-03-29', '2020-03-30']);
  });
});

interface Sample {
  id: string;
  date: ReturnType<typeof date>;
  end?: ReturnType<typeof date>;
}
const sample = (id: string, value: string, end?: string): Sample => ({
  id,
  date: date(value),
  ...(end ? { end: date(end) } : {}),
});

describe('the overview chart', () => {
  test('per day: one bin per calendar day, bars as high as their count, month-only events as a band', () => {
    const chart = buildChart(
      [
        sample('a', '2020-01-15'),
        sample('b', '2020-01-15'),
        sample('c', '2020-01-17T09:00'),
        sample('d', '2020-01'),
        sample('e', '2019-12-17', '2019-12-20'),
      ],
      ZONE,
    )!;
    assert.equal(chart.unit, 'day');
    // The month-only event stretches the chart over all of January.
    assert.equal(chart.first, '2019-12-17');
    assert.equal(chart.last, '2020-01-31');
    assert.equal(chart.bins.length, 15 + 31);
    const counted = Object.fromEntries(chart.bins.filter((bin) => bin.count > 0).map((bin) => [bin.key, bin.count]));
    assert.deepEqual(counted, { '2019-12-17': 1, '2020-01-15': 2, '2020-01-17': 1 });
    assert.equal(chart.max, 2);
    const bar = (key: string) => chart.bins.find((bin) => bin.key === key)!;
    assert.equal(bar('2020-01-15').height, chart.plot.height);
    assert.equal(bar('2020-01-17').height, chart.plot.height / 2);
    assert.equal(bar('2020-01-17').y + bar('2020-01-17').height, chart.plot.bottom);
    assert.equal(bar('2020-01-16').target, null);
    assert.equal(bar('2020-01-15').target, '2020-01-15');
    assert.ok(bar('2020-01-16').x > bar('2020-01-15').x && bar('2020-01-17').x > bar('2020-01-16').x);
    assert.equal(chart.dated, 4);
    assert.equal(chart.undated, 1);
    assert.equal(chart.hasPeriods, true);
    assert.deepEqual(
      chart.bands.map(({ kind, key, count, target }) => ({ kind, key, count, target })),
      [{ kind: 'month', key: '2020-01', count: 1, target: '2020-01-undated' }],
    );
    // The band spans January's bins and no others.
    const [band] = chart.bands;
    assert.ok(
      Math.abs(band!.x - (bar('2020-01-01').centre - (bar('2020-01-02').centre - bar('2020-01-01').centre) / 2)) <=
        1.01,
    );
    assert.ok(band!.x + band!.width <= chart.plot.left + chart.plot.width);
    assert.ok(band!.y >= chart.plot.bottom);
  });

  test('a long span is drawn per week, a very long one per month; bars link to the first day with events', () => {
    const weekly = buildChart([sample('a', '2020-01-08'), sample('b', '2020-01-09'), sample('c', '2020-06-01')], ZONE)!;
    assert.equal(weekly.unit, 'week');
    const week = weekly.bins.find((bin) => bin.key === '2020-01-06')!;
    assert.equal(week.count, 2);
    assert.equal(week.target, '2020-01-08');
    const monthly = buildChart(
      [sample('a', '2018-01-08'), sample('b', '2020-06-01'), sample('c', '2020-06-30'), sample('d', '2019')],
      ZONE,
    )!;
    assert.equal(monthly.unit, 'month');
    assert.equal(monthly.bins.length, 30);
    const june = monthly.bins.find((bin) => bin.key === '2020-06')!;
    assert.equal(june.count, 2);
    assert.equal(june.target, '2020-06');
    assert.deepEqual(
      monthly.bands.map(({ kind, key, count }) => ({ kind, key, count })),
      [{ kind: 'year', key: '2019', count: 1 }],
    );
    assert.equal(monthly.bands[0]!.width, Math.round(((12 * monthly.plot.width) / 30 - 2) * 100) / 100);
  });

  test('no events, no chart', () => {
    assert.equal(buildChart([], ZONE), null);
  });
});

describe('thread positions', () => {
  test('place, total and neighbours within the list', () => {
    const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const positions = positionsIn(list);
    assert.deepEqual(positions.get('a'), { index: 1, total: 3, previous: undefined, next: { id: 'b' } });
    assert.deepEqual(positions.get('c'), { index: 3, total: 3, previous: { id: 'b' }, next: undefined });
    assert.equal(positions.get('x'), undefined);
  });
});

describe('feeds and exports from plain data', () => {
  const event = (id: string, value: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
    id,
    title: `Titel ${id}`,
    date: date(value),
    summary: `Samenvatting ${id}, met "aanhalingstekens" & <tekens>.`,
    organisations: ['duo'],
    tags: ['thuiswerken'],
    related: [],
    threads: [],
    sources: [
      {
        title: 'Bron <1>',
        publisher: 'NOS',
        date: date('2020-01-17'),
        url: 'https://nos.nl/artikel/1',
        language: 'nl',
      },
    ],
    ...more,
  });
  const events = [
    event('maand', '2020-01'),
    event('dag', '2020-01-17', { end: date('2020-01-20') }),
    event('tijd', '2020-01-17T14:30'),
  ];
  const context: PublishContext = {
    title: 'Tijdlijn',
    description: 'Een test.',
    language: 'nl',
    locale: 'nl-NL',
    zone: ZONE,
    homeUrl: 'https://example.org/tijdlijn/',
    eventUrl: (id) => `https://example.org/tijdlijn/gebeurtenis/${id}/`,
    organisationName: (id) => (id === 'duo' ? 'Dienst Uitvoering Onderwijs' : id),
    tagLabel: (id) => (id === 'thuiswerken' ? 'Thuiswerken' : id),
    text: new Map(events.map((item) => [item.id, { html: `<p>Tekst van ${item.id}.</p>` }])),
    sourcesHeading: 'Bronnen',
  };
  const feed = {
    title: 'Tijdlijn',
    description: 'Een test.',
    feedUrl: 'https://example.org/tijdlijn/feed.json',
    pageUrl: 'https://example.org/tijdlijn/',
  };

  test('RSS and JSON Feed: newest first, dates at the start of the period, full text with sources', () => {
    const rss = rssFeed(events, feed, context);
    assert.deepEqual(
      rss.items.map((item) => item.link),
      ['tijd', 'dag', 'maand'].map(context.eventUrl),
    );
    assert.deepEqual(
      rss.items.map((item) => item.customData),
      [
        '<pubDate>Fri, 17 Jan 2020 14:30:00 +0100</pubDate>',
        '<pubDate>Fri, 17 Jan 2020 00:00:00 +0100</pubDate>',
        '<pubDate>Wed, 01 Jan 2020 00:00:00 +0100</pubDate>',
      ],
    );
    assert.deepEqual(rss.items[0]!.categories, ['Dienst Uitvoering Onderwijs']);
    const json = jsonFeed(events, feed, context);
    assert.deepEqual(
      json.items.map((item) => item.date_published),
      ['2020-01-17T14:30:00+01:00', '2020-01-17T00:00:00+01:00', '2020-01-01T00:00:00+01:00'],
    );
    assert.deepEqual(json.items[1]!._tijdlijn, {
      date: '2020-01-17',
      precision: 'day',
      end: '2020-01-20',
      organisations: ['duo'],
      topics: ['thuiswerken'],
    });
    assert.match(
      json.items[0]!.content_html,
      /^<p>Tekst van tijd\.<\/p>\n<h2>Bronnen<\/h2>\n<ul><li><a href="https:\/\/nos\.nl\/artikel\/1">Bron &lt;1&gt;<\/a> \(NOS, vrijdag 17 januari 2020\)<\/li><\/ul>$/,
    );
    // The full text is the HTML; no second, plain-text copy (JSON Feed needs only one).
    assert.equal('content_text' in json.items[0]!, false);
  });

  test('TimelineJS: precision-true dates, display_date for the month, sources as credit, escaped text', () => {
    const document = timelineJs(events, context, 'Lees verder');
    assert.deepEqual(
      document.events.map((slide) => slide.start_date),
      [
        { year: 2020, month: 1, display_date: 'januari 2020' },
        { year: 2020, month: 1, day: 17 },
        { year: 2020, month: 1, day: 17, hour: 14, minute: 30 },
      ],
    );
    assert.equal(document.events[0]!.display_date, 'januari 2020');
    assert.deepEqual(document.events[1]!.end_date, { year: 2020, month: 1, day: 20 });
    assert.equal(
      document.events[0]!.media!.url,
      '<blockquote>Samenvatting maand, met &quot;aanhalingstekens&quot; &amp; &lt;tekens&gt;.</blockquote>',
    );
    assert.equal(
      document.events[0]!.media!.credit,
      '<a href="https://nos.nl/artikel/1">Bron &lt;1&gt;</a> (NOS, vrijdag 17 januari 2020)',
    );
    assert.match(
      document.events[0]!.text.text,
      /<a href="https:\/\/example\.org\/tijdlijn\/gebeurtenis\/maand\/">Lees verder<\/a>/,
    );
  });

  test('CSV rows: header, then one row per event with dates at their precision', () => {
    const rows = csvRows(events, context);
    assert.deepEqual(rows[0], [
      'id',
      'date',
      'precision',
      'end',
      'title',
      'summary',
      'organisations',
      'tags',
      'sources',
      'url',
    ]);
    assert.deepEqual(
      rows.slice(1).map((row) => row.slice(0, 4)),
      [
        ['maand', '2020-01', 'month', ''],
        ['dag', '2020-01-17', 'day', '2020-01-20'],
        ['tijd', '2020-01-17T14:30+01:00', 'time', ''],
      ],
    );
    assert.deepEqual(rows[1]!.slice(6), [
      'Dienst Uitvoering Onderwijs',
      'Thuiswerken',
      'https://nos.nl/artikel/1',
      'https://example.org/tijdlijn/gebeurtenis/maand/',
    ]);
  });
});
