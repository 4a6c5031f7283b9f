import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEventDate } from '../../src/lib/dates/index.ts';
import { firstListing, jsonForScript, searchSortKey } from '../../src/lib/search-page.ts';
import { summaryText, type SearchText } from '../../src/lib/search-text.ts';

const zone = 'Europe/Amsterdam';
const event = (id: string, date: string) => ({ id, date: parseEventDate(date, zone) });

test('the sort key orders as the timeline does: by start, less precise first, then by id', () => {
  const events = [
    event('b-dag', '2020-01-01'),
    event('a-dag', '2020-01-01'),
    event('maand', '2020-01'),
    event('jaar', '2020'),
    event('eerder', '2019-12-31T23:30'),
    event('later', '2020-01-17'),
  ];
  assert.deepEqual(
    firstListing(events, zone).map(({ id }) => id),
    ['eerder', 'jaar', 'maand', 'a-dag', 'b-dag', 'later'],
  );
  // The start in UTC: midnight in Amsterdam is 23:00 the day before.
  assert.match(searchSortKey(event('x', '2020-01-17'), zone), /^2020-01-16T23:00:00Z 2 x$/);
});

test('the listing written into the page is its first page', () => {
  const events = Array.from({ length: 120 }, (_, i) => event(`e-${String(i).padStart(3, '0')}`, '2020-01-17'));
  assert.equal(firstListing(events, zone).length, 50);
  assert.equal(firstListing(events, zone, 10).at(-1)!.id, 'e-009');
});

test('the summary says how many were found, for what', () => {
  const text: SearchText = {
    all: '{count} resultaten',
    one: '1 resultaat voor {term}',
    many: '{count} resultaten voor {term}',
    none: 'Geen resultaten voor {term}',
    busy: 'Zoeken naar {term}...',
    didYouMean: 'Bedoelde je: {options}?',
    or: 'of',
    corrected: 'Niets gevonden voor {typed}. Dit zijn de resultaten voor {corrected}.',
    literal: 'Zoek toch naar {typed}',
  };
  assert.equal(summaryText(text, 120, ''), '120 resultaten');
  assert.equal(summaryText(text, 0, 'xqz'), 'Geen resultaten voor xqz');
  assert.equal(summaryText(text, 1, 'duo'), '1 resultaat voor duo');
  assert.equal(summaryText(text, 269, 'zutphen'), '269 resultaten voor zutphen');
});

test('JSON for a script element cannot close it', () => {
  const json = jsonForScript({ label: '</script><script>alert(1)</script>' });
  assert.ok(!json.includes('<'));
  assert.deepEqual(JSON.parse(json), { label: '</script><script>alert(1)</script>' });
});
