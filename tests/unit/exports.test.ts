/**
 * The exports from plain data (src/lib/exports.ts): timeline.json with groups,
 * eras, display dates and text as written; events.ics as RFC 5545 has it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ICAL from 'ical.js';
import { parseEventDate } from '../../src/lib/dates/index.ts';
import { eventsIcs, timelineJs } from '../../src/lib/exports.ts';
import type { PublishContext } from '../../src/lib/feeds.ts';
import type { TimelineEvent } from '../../src/lib/timeline.ts';

const ZONE = 'Europe/Amsterdam';
const date = (value: string) => parseEventDate(value, ZONE);
const event = (id: string, value: string, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  title: `Title ${id}`,
  date: date(value),
  summary: 'A summary.',
  organisations: [],
  tags: [],
  related: [],
  threads: [],
  sources: [{ title: 'Source', date: date('2020-01-17'), language: 'en' }],
  ...more,
});
const context = (events: TimelineEvent[], more: Partial<PublishContext> = {}): PublishContext => ({
  title: 'Timeline',
  description: 'A test.',
  language: 'en',
  locale: 'en-GB',
  zone: ZONE,
  homeUrl: 'https://example.org/',
  eventUrl: (id) => `https://example.org/gebeurtenis/${id}/`,
  organisationName: (id) => id,
  tagLabel: (id) => ({ union: 'Union', port: 'Port' })[id] ?? id,
  text: new Map(events.map((item) => [item.id, { html: `<p>It's "plain" -- as written...</p>` }])),
  sourcesHeading: 'Sources',
  ...more,
});

test('a slide carries the label of its first tag as group; an event without tags has none', () => {
  const events = [event('strike', '2021-03-08', { tags: ['union', 'port'] }), event('quiet', '2021-03-09')];
  const slides = timelineJs(events, context(events), 'Read on').events;
  assert.equal(slides[0]!.group, 'Union');
  assert.equal('group' in slides[1]!, false);
});

test("an event's display_date is the slide's date label, in place of the site's own, also for a day", () => {
  const events = [
    event('spring', '2021-03-15T14:30', { display_date: 'early spring 2021' }),
    event('march', '2021-03'),
  ];
  const slides = timelineJs(events, context(events), 'Read on').events;
  assert.equal(slides[0]!.display_date, 'early spring 2021');
  assert.deepEqual(slides[0]!.start_date, {
    year: 2021,
    month: 3,
    day: 15,
    hour: 14,
    minute: 30,
    display_date: 'early spring 2021',
  });
  // Without one, a month-only event still gets the site's label, so TimelineJS shows no invented day.
  assert.equal(slides[1]!.display_date, 'March 2021');
});

test('eras become TimelineJS eras with their dates at their precision; none when the site has none', () => {
  const events = [event('strike', '2021-03-08')];
  const eras = [{ id: 'dispute', name: 'The long <dispute>', start: date('2021-03-01'), end: date('2021-04') }];
  const document = timelineJs(events, context(events, { eras }), 'Read on');
  assert.deepEqual(document.eras, [
    {
      start_date: { year: 2021, month: 3, day: 1 },
      end_date: { year: 2021, month: 4, display_date: 'April 2021' },
      text: { headline: 'The long &lt;dispute&gt;' },
    },
  ]);
  assert.equal('eras' in timelineJs(events, context(events), 'Read on'), false);
});

test('an image is the media with its credit and caption; text stays as written', () => {
  const events = [event('photo', '2021-03-08', { title: 'Pickets -- at "gate 4"' })];
  const image = {
    url: 'https://example.org/_astro/pickets.jpg',
    width: 1200,
    height: 800,
    type: 'image/jpeg',
    alt: 'Pickets',
    caption: 'At gate 4',
    credit: 'Photo: J. Jansen',
  };
  const slide = timelineJs(events, context(events, { image: () => image }), 'Read on').events[0]!;
  assert.deepEqual(slide.media, { url: image.url, alt: 'Pickets', caption: 'At gate 4', credit: 'Photo: J. Jansen' });
  assert.equal(slide.text.headline, 'Pickets -- at &quot;gate 4&quot;');
  assert.match(slide.text.text, /^<p>It's "plain" -- as written\.\.\.<\/p>/);
});

test("a month-only period keeps TimelineJS's range label: the site's labels go on its dates, not on the slide", () => {
  const events = [event('war', '1943-07', { end: date('1946') })];
  const slide = timelineJs(events, context(events), 'Read on').events[0]!;
  assert.equal('display_date' in slide, false);
  assert.equal(slide.start_date!.display_date, 'July 1943');
  assert.equal(slide.end_date!.display_date, '1946');
});

test('seconds, where written, are in the slide date; a time without them has none', () => {
  const events = [event('exact', '1900-01-06T06:45:56'), event('minute', '1900-01-06T06:45')];
  const [exact, minute] = timelineJs(events, context(events), 'Read on').events;
  assert.deepEqual(exact!.start_date, { year: 1900, month: 1, day: 6, hour: 6, minute: 45, second: 56 });
  assert.deepEqual(minute!.start_date, { year: 1900, month: 1, day: 6, hour: 6, minute: 45 });
});

/** Long enough that iCalendar folds it over several lines, each ending in CRLF. */
const LONG = 'A summary that is long enough to make the line of seventy-five characters fold, as RFC 5545 asks.';

test('events.ics ends with CRLF after END:VCALENDAR, has no bare line feeds, and parses', () => {
  const ics = eventsIcs(
    [event('dag', '2020-01-17', { summary: LONG }), event('tijd', '2020-01-17T14:30', { summary: LONG })],
    context([]),
  );
  const bytes = Buffer.from(ics, 'utf8');
  assert.equal(bytes.subarray(-15).toString('latin1'), 'END:VCALENDAR\r\n');
  assert.doesNotMatch(ics, /[^\r]\n/, 'a line feed without its carriage return');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.getAllSubcomponents('vevent').length, 2);
});
