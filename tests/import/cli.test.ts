/**
 * `npm run import` as an editor runs it, without a build: into an existing
 * timeline (adds, never overwrites), a second time (nothing changes), and on
 * documents it cannot read (exit 1, the line or JSON path named, nothing written).
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { ROOT, listFiles, tempDir } from '../support/build.ts';
import { FIXTURES, runCheck, runImport } from './support.ts';

const snapshot = (dir: string) =>
  Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));

describe('into an existing timeline', () => {
  const content = join(tempDir('tijdlijn-import-'), 'content');
  cpSync(join(ROOT, 'tests/fixtures/english'), content, { recursive: true });
  const before = snapshot(content);
  const first = runImport(
    join(FIXTURES, 'newsroom-sheet.csv'),
    content,
    '--source-url',
    'https://example.org/harbour-strike',
  );

  test('adds the events, appends the new tags and creates eras.yaml; every file that was there is unchanged', () => {
    assert.equal(first.status, 0, first.lines.join('\n'));
    const after = snapshot(content);
    for (const [file, text] of Object.entries(before)) {
      if (file === 'tags.yaml') assert.ok(after[file]!.startsWith(text), 'tags.yaml keeps what it held, in front');
      else assert.equal(after[file], text, file);
    }
    assert.deepEqual(Object.keys(parse(after['tags.yaml']!)), ['closure', 'union', 'council', 'port']);
    assert.deepEqual(Object.keys(parse(after['eras.yaml']!)), ['the-long-dispute', 'talks']);
    assert.equal(readdirSync(join(content, 'events')).length, 3 + 7);
    // The existing site.yaml is kept: the title slide only names the source.
    assert.ok(
      first.lines.some((line) =>
        /line 2 \(title slide\): → the source title \(site\.yaml of .* is kept as it is\)/.test(line),
      ),
      first.lines.join('\n'),
    );
    const event = readFileSync(join(content, 'events/strike-begins-at-6-in-the-morning.md'), 'utf8');
    assert.match(event, /url: https:\/\/example\.org\/harbour-strike/);
    // Times are read in the site's zone (Europe/London), as written.
    assert.match(event, /^date: 2021-03-08T06:00$/m);
    assert.match(event, /^end: 2021-04-12T23:45$/m);
  });

  test('the timeline passes npm run check with no edits', () => {
    const check = runCheck(content);
    assert.equal(check.status, 0, check.lines.join('\n'));
    assert.match(check.lines.at(-1)!, /^10 events checked .* 0 errors, 0 warnings\.$/);
  });

  test('importing again changes nothing: every slide says its file already exists, and the exit status is 2', () => {
    const imported = snapshot(content);
    const again = runImport(join(FIXTURES, 'newsroom-sheet.csv'), content);
    assert.equal(again.status, 2);
    assert.equal(
      again.lines.filter((line) =>
        /: line \d+: dropped: events\/[a-z0-9-]+\.md already exists: it is not overwritten/.test(line),
      ).length,
      7,
      again.lines.join('\n'),
    );
    assert.ok(
      again.lines.some((line) =>
        /line 3 \(era\): → .*eras\.yaml: the-long-dispute \(already there, kept as it is\)/.test(line),
      ),
      again.lines.join('\n'),
    );
    assert.deepEqual(snapshot(content), imported);
  });
});

describe("Knight Lab's own Sheets template CSV", () => {
  test('imports every row and passes the check', () => {
    const content = join(tempDir('tijdlijn-import-'), 'content');
    const result = runImport(
      join(FIXTURES, 'women-in-computing.csv'),
      content,
      '--language',
      'en',
      '--time-zone',
      'America/Chicago',
    );
    assert.equal(result.status, 0, result.lines.join('\n'));
    assert.equal(readdirSync(join(content, 'events')).length, 10);
    assert.match(readFileSync(join(content, 'site.yaml'), 'utf8'), /^timeZone: America\/Chicago$/m);
    assert.equal(runCheck(content).status, 0);
  });
});

describe('options', () => {
  test('a wrong option is named with what to write instead, and nothing is written (exit 1)', () => {
    const content = join(tempDir('tijdlijn-import-'), 'content');
    const result = runImport(
      join(FIXTURES, 'eras.json'),
      content,
      '--source-date',
      '2021-02-30',
      '--source-url',
      'www.example.org',
      '--language',
      'de',
      '--time-zone',
      'Europe/Amsterdm',
    );
    assert.equal(result.status, 1);
    assert.deepEqual(
      result.lines.map((line) => line.split(':')[0]),
      ['--source-url', '--source-date', '--language', '--time-zone'],
    );
    assert.match(
      result.lines[1]!,
      /^--source-date: "2021-02-30" is not a date that exists — write when the timeline was published/,
    );
    assert.equal(existsSync(content), false);
  });
});

describe('a document the importer cannot read', () => {
  const attempt = (name: string, text: string) => {
    const dir = tempDir('tijdlijn-import-');
    const file = join(dir, name);
    writeFileSync(file, text);
    const content = join(dir, 'content');
    return { ...runImport(file, content), written: existsSync(content) };
  };

  test('broken JSON: exit 1, the line named, nothing written', () => {
    const result = attempt(
      'broken.json',
      '{\n  "events": [\n    { "start_date": { "year": "1850" }, "text": { "headline": "A" } },\n  ]\n}\n',
    );
    assert.equal(result.status, 1);
    assert.equal(result.lines.length, 1);
    assert.ok(
      result.lines[0]!.endsWith(
        'broken.json: line 4: is not valid JSON: a value was expected (a trailing comma?) — a TimelineJS file must be valid JSON (check commas, quotes and brackets here)',
      ),
      result.lines.join('\n'),
    );
    assert.equal(result.written, false);
  });

  test('JSON of another shape: exit 1, the JSON path named', () => {
    const result = attempt(
      'shape.json',
      JSON.stringify({ events: [{ text: { headline: 'A' } }, { start_date: '1850' }] }),
    );
    assert.equal(result.status, 1);
    assert.match(
      result.lines[0]!,
      /shape\.json: events\[1\]\.start_date: must be an object with year, month, day…, not string "1850"$/,
    );
    assert.equal(result.written, false);
  });

  test('a CSV without the template header, or with a quote left open: exit 1, the line named', () => {
    const header = attempt('sheet.csv', 'Date,Title\n2020,A\n');
    assert.equal(header.status, 1);
    assert.match(header.lines[0]!, /sheet\.csv: line 1: the header has no "Year" column/);
    const quote = attempt('quote.csv', 'Year,Headline\n2020,A\n2021,"B\n2022,C\n');
    assert.equal(quote.status, 1);
    assert.match(quote.lines[0]!, /quote\.csv: line 3: is not valid CSV/);
    assert.equal(quote.written, false);
  });

  test('when every slide is dropped, the new timeline is empty but valid: the report names the slides, not a missing folder (exit 2)', () => {
    const dir = tempDir('tijdlijn-import-');
    const file = join(dir, 'none.json');
    writeFileSync(file, JSON.stringify({ events: [{ start_date: { year: 'abc' }, text: { headline: 'A' } }] }));
    const content = join(dir, 'content');
    const result = runImport(file, content);
    assert.equal(result.status, 2);
    assert.ok(
      result.lines.some((line) =>
        line.endsWith('none.json: events[0]: dropped: events[0].start_date.year: "abc" is not a whole number'),
      ),
      result.lines.join('\n'),
    );
    assert.ok(result.lines.at(-1)!.endsWith('checked: 0 errors.'), result.lines.join('\n'));
    assert.equal(runCheck(content).status, 0);
  });

  test('a slide that cannot be carried over is named with its line and reason; the rest is written and checks clean (exit 2)', () => {
    const dir = tempDir('tijdlijn-import-');
    const file = join(dir, 'partly.csv');
    writeFileSync(
      file,
      'Year,Month,Day,Time,Headline\n2021,2,30,,Impossible day\n2021,3,1,25:00,Bad time\n2021,3,2,,Fine\n',
    );
    const content = join(dir, 'content');
    const result = runImport(file, content);
    assert.equal(result.status, 2);
    assert.ok(
      result.lines.some((line) =>
        line.endsWith('partly.csv: line 2: dropped: line 2, column "Day": 2021-02-30 is not a date that exists'),
      ),
      result.lines.join('\n'),
    );
    assert.ok(
      result.lines.some((line) =>
        line.endsWith('line 3: dropped: line 3, column "Time": "25:00" is not a time of day such as 14:30 or 2:30 PM'),
      ),
      result.lines.join('\n'),
    );
    assert.ok(
      result.lines.some((line) => /line 4: → .*events\/fine\.md$/.test(line)),
      result.lines.join('\n'),
    );
    assert.equal(runCheck(content).status, 0);
  });
});
