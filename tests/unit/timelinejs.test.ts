/** Reading TimelineJS JSON (src/import/timelinejs.ts) on Knight Lab's own examples and on broken documents. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readTimelineJsJson } from '../../src/import/timelinejs.ts';
import { DocumentError } from '../../src/import/slides.ts';
import { ROOT } from '../support/build.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/timelinejs', name), 'utf8');

test("Knight Lab's example: title slide, every event with its place, values as found (numbers as strings)", () => {
  const document = readTimelineJsJson(fixture('women-in-computing.json'));
  assert.equal(document.title?.headline, 'Women in Computing');
  assert.equal(document.events.length, 10);
  const ada = document.events[0]!;
  assert.equal(ada.where, 'events[0]');
  assert.deepEqual(ada.start, { year: '1815', month: '12', day: '10' });
  assert.equal(ada.media?.credit, 'Wikimedia Commons');
  assert.equal(ada.field('start.month'), 'events[0].start_date.month');
  assert.equal(ada.field('headline'), 'events[0].text.headline');
});

test('eras are read with their dates and names', () => {
  const document = readTimelineJsJson(fixture('eras.json'));
  assert.deepEqual(
    document.eras.map((era) => [era.headline, era.start?.year, era.end?.year]),
    [
      ['Era Test 650-700', '650', '700'],
      ['Era Test 600-650', '600', '650'],
      ['Era Test 700-720', '700', '720'],
    ],
  );
});

test("a slide's own display_date comes first, then the start date's", () => {
  const document = readTimelineJsJson(
    JSON.stringify({
      events: [
        { start_date: { year: 1850, display_date: 'from start' }, display_date: 'own', text: { headline: 'A' } },
        { start_date: { year: 1850, display_date: 'from start' }, text: { headline: 'B' } },
      ],
    }),
  );
  assert.deepEqual(
    document.events.map((slide) => slide.displayDate),
    ['own', 'from start'],
  );
});

test('a document that is not JSON is refused with its line', () => {
  assert.throws(
    () => readTimelineJsJson('{\n  "events": [\n    { "start_date": { "year": "1850" } },\n  ]\n}'),
    (error: unknown) => {
      assert.ok(error instanceof DocumentError);
      assert.equal(error.where, 'line 4');
      assert.match(error.message, /^line 4: is not valid JSON: a value was expected \(a trailing comma\?\)/);
      return true;
    },
  );
});

test('a document of another shape is refused with the JSON path', () => {
  const where = (text: string) => {
    try {
      readTimelineJsJson(text);
    } catch (error) {
      if (error instanceof DocumentError) return error.message;
    }
    return 'read';
  };
  assert.match(where('{"title": {}}'), /^events: is missing/);
  assert.match(where('{"events": {}}'), /^events: must be a list of slides/);
  assert.match(
    where('{"events": [{"text": {"headline": "A"}}, "B"]}'),
    /^events\[1\]: must be an object \(a slide\), not string "B"/,
  );
  assert.match(where('{"events": [{"start_date": 1850}]}'), /^events\[0\]\.start_date: must be an object/);
  assert.match(where('[]'), /^\(document\): must be a TimelineJS object/);
});
