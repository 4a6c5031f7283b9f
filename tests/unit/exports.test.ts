/** events.ics as RFC 5545 has it: every content line ends in CRLF, the last (END:VCALENDAR) too, and ical.js reads it. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import ICAL from 'ical.js';
import { parseEventDate } from '../../src/lib/dates.ts';
import { eventsIcs } from '../../src/lib/exports.ts';
import type { PublishContext } from '../../src/lib/feeds.ts';
import type { TimelineEvent } from '../../src/lib/timeline.ts';

const ZONE = 'Europe/Amsterdam';
const event = (id: string, value: string): TimelineEvent => ({
  id, title: `Gebeurtenis ${id}`, date: parseEventDate(value, ZONE), summary: 'Een samenvatting die lang genoeg is om de regel van vijfenzeventig tekens te laten vouwen, zoals RFC 5545 vraagt.',
  organisations: [], tags: [], sources: [{ title: 'Bron', date: parseEventDate('2020-01-17', ZONE), language: 'nl' }], related: [], threads: [],
});
const context: PublishContext = {
  title: 'Tijdlijn', description: 'Een test.', language: 'nl', locale: 'nl-NL', zone: ZONE,
  homeUrl: 'https://example.org/', eventUrl: (id) => `https://example.org/gebeurtenis/${id}/`,
  organisationName: (id) => id, tagLabel: (id) => id, text: new Map(), sourcesHeading: 'Bronnen',
};

test('events.ics ends with CRLF after END:VCALENDAR, has no bare line feeds, and parses', () => {
  const ics = eventsIcs([event('dag', '2020-01-17'), event('tijd', '2020-01-17T14:30')], context);
  const bytes = Buffer.from(ics, 'utf8');
  assert.equal(bytes.subarray(-15).toString('latin1'), 'END:VCALENDAR\r\n');
  assert.doesNotMatch(ics, /[^\r]\n/, 'a line feed without its carriage return');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.getAllSubcomponents('vevent').length, 2);
});
