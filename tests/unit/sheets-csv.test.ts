/** Reading a CSV saved from the TimelineJS Google Sheets template (src/import/sheets-csv.ts). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readSheetsCsv } from '../../src/import/sheets-csv.ts';
import { DocumentError } from '../../src/import/slides.ts';
import { ROOT } from '../support/build.ts';

const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/timelinejs', name), 'utf8');

test('columns in any order: the title row, era rows and event rows, each with its line', () => {
  const document = readSheetsCsv(fixture('newsroom-sheet.csv'));
  assert.equal(document.title?.headline, 'The harbour strike of 2021');
  assert.equal(document.title?.where, 'line 2');
  assert.deepEqual(
    document.eras.map((era) => [era.where, era.headline]),
    [
      ['line 3', 'The long dispute'],
      ['line 4', 'Talks'],
    ],
  );
  assert.equal(document.events.length, 7);
  const strike = document.events[1]!;
  assert.deepEqual(strike.start, { year: '2021', month: '3', day: '8', time: '6:00 AM' });
  assert.deepEqual(strike.end, { year: '2021', month: '4', day: '12', time: '11:45 PM' });
  assert.deepEqual(strike.media, {
    url: 'https://example.org/pickets.jpg',
    credit: 'Photo: J. Jansen',
    caption: 'Pickets at gate 4',
    thumbnail: 'https://example.org/pickets-thumb.jpg',
    alt: '',
  });
  assert.equal(strike.group, 'Union');
  assert.equal(strike.field('end.time'), 'line 6, column "End Time"');
  assert.equal(document.events[3]!.displayDate, 'early spring 2021');
  assert.deepEqual(document.notes, []);
});

test("Knight Lab's own template CSV: a cell with line breaks keeps the next row's line right", () => {
  const text = fixture('women-in-computing.csv');
  const document = readSheetsCsv(text);
  assert.equal(document.title?.headline, 'Women in Computing');
  assert.equal(document.events.length, 10);
  // Each slide's line is where its row starts in the file.
  const lines = text.split('\n');
  for (const slide of document.events) {
    const line = Number(slide.where.replace('line ', ''));
    assert.ok(lines[line - 1]!.startsWith(String(slide.start?.year)), `${slide.where}: ${lines[line - 1]}`);
  }
});

test('a column the template does not have is reported, with the one meant', () => {
  const document = readSheetsCsv('Year,Headline,Grup\n2020,A,x\n');
  assert.deepEqual(document.notes, [
    'column "Grup" is not a TimelineJS column and is not carried over (did you mean "Group"?)',
  ]);
});

test('a file without the template header, or with a broken quote, is refused with its line', () => {
  assert.throws(
    () => readSheetsCsv('Date,Title\n2020,A\n'),
    (error: unknown) =>
      error instanceof DocumentError && /^line 1: the header has no "Year" column/.test(error.message),
  );
  assert.throws(
    () => readSheetsCsv('Year,Headline\n2020,A\n2021,"B\n'),
    (error: unknown) => error instanceof DocumentError && /^line 3: is not valid CSV/.test(error.message),
  );
  assert.throws(
    () => readSheetsCsv(''),
    (error: unknown) => error instanceof DocumentError && /^line 1: the file is empty/.test(error.message),
  );
});
