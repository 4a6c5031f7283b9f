/**
 * The content checker on small content folders written to a temp dir: every
 * problem line must tell an editor which file, which line and which field to
 * fix, in the one format `file:line: field: message — hint`.
 */
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { DateTime } from 'luxon';
import { checkContent, type ContentReport } from '../../src/content/check.ts';
import { formatProblem, type Problem } from '../../src/content/problems.ts';
import { rfc3339 } from '../../src/lib/dates/index.ts';

const SITE_YAML = `title: Testtijdlijn
description: Een tijdlijn om de checker mee te testen.
language: nl
timeZone: Europe/Amsterdam
site: https://tijdlijn.example.org
sectors:
  overheid: Overheid
  onderwijs: Onderwijs
`;

const ORGANISATIONS_YAML = `tweede-kamer:
  name: Tweede Kamer
  sector: overheid
  place: Den Haag
duo:
  name: Dienst Uitvoering Onderwijs
  sector: overheid
  place: Groningen
`;

const TAGS_YAML = `thuiswerken:
  label: Thuiswerken
afsluiting:
  label: Afsluiting
`;

/** A valid event: the closing "---" on line 12, the body on line 13. */
function validEvent(title = 'Kamer stopt met thuiswerken', date = '2020-01-17', related = '[]'): string {
  return [
    '---', //                                          1
    `title: ${title}`, //                              2
    `date: ${date}`, //                                3
    'summary: De Kamer sluit thuiswerken af.', //      4
    'organisations: [tweede-kamer]', //                5
    'tags: [thuiswerken]', //                          6
    'sources:', //                                     7
    '  - title: Kamer stopt met thuiswerken', //       8
    '    date: 2020-01-17', //                         9
    '    language: nl', //                            10
    `related: ${related}`, //                         11
    '---', //                                         12
    'De Kamer stopt met thuiswerken.', //             13
    '',
  ].join('\n');
}

const temps: string[] = [];
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** Writes a content folder with valid site/organisation/tag files plus the given event files. */
function contentFolder(events: Record<string, string | Uint8Array>, extra: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'tijdlijn-check-'));
  temps.push(root);
  const dir = join(root, 'content');
  mkdirSync(join(dir, 'events'), { recursive: true });
  const files = { 'site.yaml': SITE_YAML, 'organisations.yaml': ORGANISATIONS_YAML, 'tags.yaml': TAGS_YAML, ...extra };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  for (const [name, text] of Object.entries(events)) writeFileSync(join(dir, 'events', name), text);
  return dir;
}

/** The path the checker prints for a file in the folder: relative to where it was run. */
function shown(dir: string, ...segments: string[]): string {
  return relative(process.cwd(), join(dir, ...segments))
    .split(sep)
    .join('/');
}

const NOW = DateTime.fromISO('2026-01-01T12:00:00', { zone: 'Europe/Amsterdam' });

function check(dir: string): ContentReport {
  return checkContent(dir, { now: NOW });
}

function errors(report: ContentReport): Problem[] {
  return report.problems.filter((problem) => problem.severity === 'error');
}

/** The formatted lines, for assertions about what the editor reads. */
function lines(report: ContentReport): string[] {
  return report.problems.map(formatProblem);
}

/** Exactly one problem; returns it with its formatted line. */
function onlyProblem(report: ContentReport): { problem: Problem; line: string } {
  assert.equal(report.problems.length, 1, `expected one problem, got:\n${lines(report).join('\n')}`);
  return { problem: report.problems[0]!, line: formatProblem(report.problems[0]!) };
}

describe('checkContent', () => {
  test('a valid folder gives zero problems, and the events come back parsed', () => {
    const dir = contentFolder({
      'kamer-stopt-met-thuiswerken.md': validEvent('Kamer stopt met thuiswerken', '2020-01-17', '[duo-sluit-citrix]'),
      'duo-sluit-citrix.md': validEvent('DUO sluit Citrix', '2020-01-16 18:00', '[kamer-stopt-met-thuiswerken]'),
    });
    const report = check(dir);
    assert.deepEqual(lines(report), []);
    assert.deepEqual(report.events.map((event) => event.id).sort(), [
      'duo-sluit-citrix',
      'kamer-stopt-met-thuiswerken',
    ]);
    const duo = report.events.find((event) => event.id === 'duo-sluit-citrix')!;
    assert.equal(rfc3339(duo.frontmatter.date, 'Europe/Amsterdam'), '2020-01-16T18:00:00+01:00');
    assert.equal(duo.file, shown(dir, 'events', 'duo-sluit-citrix.md'));
    assert.equal(duo.body, 'De Kamer stopt met thuiswerken.\n');
  });

  test('the template event really is valid on its own (sanity check for the line numbers below)', () => {
    const text = validEvent();
    const textLines = text.split('\n');
    assert.equal(textLines[2], 'date: 2020-01-17');
    assert.equal(textLines[10], 'related: []');
    assert.equal(textLines[11], '---');
    assert.deepEqual(lines(check(contentFolder({ 'a.md': text }))), []);
  });

  test('an impossible date names the file, line 3 and the field "date"', () => {
    const dir = contentFolder({ 'bad-date.md': validEvent('Kamer stopt', '2020-02-30') });
    const { problem, line } = onlyProblem(check(dir));
    assert.equal(problem.severity, 'error');
    assert.ok(line.startsWith(`${shown(dir, 'events', 'bad-date.md')}:3: date: `), line);
    assert.match(line, /2020-02-30/);
    // The hint tells what to write instead.
    assert.match(line, / — .*2020-01-17/);
  });

  test('a bad source url points at its own line and nested field', () => {
    const text = validEvent().replace('    language: nl\n', '    language: nl\n    url: ftp://x\n');
    const dir = contentFolder({ 'bad-url.md': text });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'bad-url.md')}:11: sources.0.url: `), line);
    assert.match(line, /https:\/\//);
  });

  test('a missing field is reported at the file, naming the field', () => {
    const text = validEvent().replace('summary: De Kamer sluit thuiswerken af.\n', '');
    const dir = contentFolder({ 'no-summary.md': text });
    const { line } = onlyProblem(check(dir));
    assert.match(line, /^.*no-summary\.md(:\d+)?: summary: is missing/);
  });

  test('an unknown field is named, with its line and a suggestion', () => {
    const text = validEvent().replace('title: ', 'titel: ');
    const dir = contentFolder({ 'titel.md': text });
    const problems = lines(check(dir));
    const unknown = problems.find((line) => line.includes('"titel"'));
    assert.ok(unknown, problems.join('\n'));
    assert.ok(unknown.startsWith(`${shown(dir, 'events', 'titel.md')}:2: titel: unknown field`), unknown);
    assert.match(unknown, /did you mean "title"/);
  });

  test('an unknown organisation points at the organisations line, suggesting the right id', () => {
    const text = validEvent().replace('organisations: [tweede-kamer]', 'organisations: [tweede-kamr]');
    const dir = contentFolder({ 'org.md': text });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'org.md')}:5: organisations.0: `), line);
    assert.match(line, /did you mean "tweede-kamer"/);
  });

  test('malformed YAML gives the line of the mistake', () => {
    const text = validEvent().replace(
      'summary: De Kamer sluit thuiswerken af.',
      'summary: De Kamer: thuiswerken stopt.',
    );
    const dir = contentFolder({ 'malformed.md': text });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'malformed.md')}:4: `), line);
    assert.match(line, /YAML is malformed/);
    assert.match(line, /double quotes/);
  });

  test('a field written twice is reported at the second one', () => {
    const text = validEvent().replace('date: 2020-01-17\nsummary', 'date: 2020-01-17\ntitle: Nog een titel\nsummary');
    const dir = contentFolder({ 'twice.md': text });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'twice.md')}:4: `), line);
  });

  test('frontmatter that is never closed', () => {
    // Four lines, no closing "---" (and no newline at the end, so the last line is unambiguous).
    const dir = contentFolder({ 'unclosed.md': '---\ntitle: Kamer stopt\ndate: 2020-01-17\nDe Kamer stopt.' });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'unclosed.md')}:4: `), line);
    assert.match(line, /not closed/);
  });

  test('a file without frontmatter at all', () => {
    const dir = contentFolder({ 'no-frontmatter.md': 'De Kamer stopt met thuiswerken.\n' });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'no-frontmatter.md')}:1: `), line);
    assert.match(line, /does not start with frontmatter/);
  });

  test('an empty file', () => {
    const dir = contentFolder({ 'empty.md': '' });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'empty.md')}:1: `), line);
    assert.match(line, /empty/);
  });

  test('a file that is not valid UTF-8', () => {
    // "Café" saved as Latin-1: the lone 0xE9 byte is not UTF-8.
    const latin1 = Buffer.concat([Buffer.from(validEvent().slice(0, 20)), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])]);
    const dir = contentFolder({ 'latin1.md': latin1 });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'latin1.md')}: `), line);
    assert.match(line, /UTF-8/);
  });

  test('a byte-order mark is not a problem', () => {
    const dir = contentFolder({ 'bom.md': `\uFEFF${validEvent()}` });
    assert.deepEqual(lines(check(dir)), []);
  });

  test('Windows line endings do not shift line numbers', () => {
    const dir = contentFolder({ 'crlf.md': validEvent('Kamer stopt', '2020-02-30').replaceAll('\n', '\r\n') });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'crlf.md')}:3: date: `), line);
  });

  test('a valid file saved with Windows line endings is valid, and its values carry no stray \\r', () => {
    const text = validEvent('Kamer stopt', '2020-01-17', '[ander-bericht]').replaceAll('\n', '\r\n');
    const dir = contentFolder({ 'crlf.md': text, 'ander-bericht.md': validEvent('Ander bericht', '2020-01-18') });
    const report = check(dir);
    assert.deepEqual(lines(report), []);
    const event = report.events.find((candidate) => candidate.id === 'crlf')!;
    assert.deepEqual(event.frontmatter.related, ['ander-bericht']);
    assert.deepEqual(event.frontmatter.tags, ['thuiswerken']);
  });

  test('a file name with capitals is refused with the name to use', () => {
    const dir = contentFolder({ 'Foo.md': validEvent() });
    const report = check(dir);
    const { line } = onlyProblem(report);
    assert.ok(line.startsWith(`${shown(dir, 'events', 'Foo.md')}: `), line);
    assert.match(line, /foo\.md/);
    assert.equal(report.events.length, 0);
  });

  test('a file name with spaces and accents gets a slug suggestion', () => {
    const dir = contentFolder({ 'Café Overleg 2020.md': validEvent() });
    const { line } = onlyProblem(check(dir));
    assert.match(line, /cafe-overleg-2020\.md/);
  });

  test('a file that is not Markdown in the events folder', () => {
    const dir = contentFolder({ 'notities.txt': 'Nog uitzoeken.\n', 'ok.md': validEvent() });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'notities.txt')}: `), line);
    assert.match(line, /not a Markdown event file/);
  });

  test('hidden files such as .DS_Store are ignored', () => {
    const dir = contentFolder({ '.DS_Store': 'binary junk', 'ok.md': validEvent() });
    assert.deepEqual(lines(check(dir)), []);
  });

  test('an unknown related id, with the closest existing id suggested, on the related line', () => {
    const dir = contentFolder({
      'kamer-stopt-met-thuiswerken.md': validEvent('Kamer stopt', '2020-01-17'),
      'duo-sluit-citrix.md': validEvent('DUO sluit Citrix', '2020-01-16', '[kamer-stopt-met-thuiswerk]'),
    });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'duo-sluit-citrix.md')}:11: related.0: `), line);
    assert.match(line, /unknown event "kamer-stopt-met-thuiswerk"/);
    assert.match(line, /did you mean "kamer-stopt-met-thuiswerken"/);
  });

  test('"did you mean" never suggests the event\'s own id', () => {
    // kamer-stopt-2.md links to a mistyped id that is closest to its own name.
    const dir = contentFolder({
      'kamer-stopt-2.md': validEvent('Kamer stopt', '2020-01-17', '[kamer-stopt-3]'),
      'iets-heel-anders.md': validEvent('Iets anders', '2020-01-18'),
    });
    const { line } = onlyProblem(check(dir));
    assert.match(line, /unknown event "kamer-stopt-3"/);
    assert.doesNotMatch(line, /did you mean "kamer-stopt-2"/);
  });

  test('a link to an existing event that has its own errors is not called unknown', () => {
    const dir = contentFolder({
      'a-kamer.md': validEvent('Kamer stopt', '2020-01-17', '[b-duo]'),
      'b-duo.md': validEvent('DUO sluit', '2020-02-30'),
    });
    const problems = lines(check(dir));
    const aKamer = problems.filter((line) => line.startsWith(shown(dir, 'events', 'a-kamer.md')));
    for (const line of aKamer) assert.doesNotMatch(line, /unknown event "b-duo"/);
  });

  test('an event related to itself', () => {
    const dir = contentFolder({ 'zelf.md': validEvent('Zelf', '2020-01-17', '[zelf]') });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'zelf.md')}:11: related.0: `), line);
    assert.match(line, /itself/);
  });

  test('a published event may not link to a draft', () => {
    const draft = validEvent('Concept', '2020-01-18').replace('related: []', 'related: []\ndraft: true');
    const dir = contentFolder({
      'concept.md': draft,
      'gepubliceerd.md': validEvent('Gepubliceerd', '2020-01-17', '[concept]'),
    });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'gepubliceerd.md')}:11: related.0: `), line);
    assert.match(line, /draft/);
  });

  test('two events with the same title and date: the second is flagged, naming the first', () => {
    const dir = contentFolder({
      'a-kamer.md': validEvent('Kamer stopt met thuiswerken', '2020-01-17'),
      'b-kamer.md': validEvent('Kamer stopt met Thuiswerken', '2020-01-17'),
    });
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'b-kamer.md')}:2: title: `), line);
    assert.ok(line.includes(shown(dir, 'events', 'a-kamer.md')), line);
  });

  test('the same title on different dates is not a duplicate', () => {
    const dir = contentFolder({
      'a-kamer.md': validEvent('Kamer stopt met thuiswerken', '2020-01-17'),
      'b-kamer.md': validEvent('Kamer stopt met thuiswerken', '2020-01-20'),
    });
    assert.deepEqual(lines(check(dir)), []);
  });

  test('<script> in the body is an error on the body line', () => {
    // Closing "---" on line 12; body: line 13 text, 14 blank, 15 the script.
    const text = `${validEvent()}\n<script>alert(1)</script>\n`;
    assert.equal(text.split('\n')[14], '<script>alert(1)</script>');
    const dir = contentFolder({ 'script.md': text });
    const report = check(dir);
    const { problem, line } = onlyProblem(report);
    assert.equal(problem.severity, 'error');
    assert.ok(line.startsWith(`${shown(dir, 'events', 'script.md')}:15: body: `), line);
    assert.match(line, /<script>/);
    assert.equal(report.events.length, 1, 'the file is still read; only the body is refused');
  });

  test('a date in the future is a warning, not an error', () => {
    const dir = contentFolder({ 'toekomst.md': validEvent('Aangekondigd', '2030-05') });
    const report = check(dir);
    const { problem, line } = onlyProblem(report);
    assert.equal(problem.severity, 'warning');
    assert.equal(errors(report).length, 0);
    assert.ok(line.startsWith(`${shown(dir, 'events', 'toekomst.md')}:3: warning: date: `), line);
  });

  test('a draft with problems across events is not checked for duplicates or the future', () => {
    const draft = validEvent('Kamer stopt met thuiswerken', '2030-01-17').replace(
      'related: []',
      'related: []\ndraft: true',
    );
    const dir = contentFolder({ 'a.md': validEvent('Kamer stopt met thuiswerken', '2030-01-17'), 'b.md': draft });
    // Only a.md's future-date warning: b.md is a draft.
    const { line } = onlyProblem(check(dir));
    assert.ok(line.startsWith(`${shown(dir, 'events', 'a.md')}:3: warning: `), line);
  });

  test('every problem in every file is reported in one run', () => {
    const dir = contentFolder({
      'a.md': validEvent('A', '2020-02-30'),
      'b.md': '',
      'C.md': validEvent(),
    });
    const files = check(dir)
      .problems.map((problem) => problem.file)
      .sort();
    assert.deepEqual(files, ['C.md', 'a.md', 'b.md'].map((name) => shown(dir, 'events', name)).sort());
  });

  test('an organisation with an unknown sector is reported in organisations.yaml with its line', () => {
    const dir = contentFolder(
      { 'ok.md': validEvent() },
      {
        'organisations.yaml': ORGANISATIONS_YAML.replace(
          '  sector: overheid\n  place: Groningen',
          '  sector: onderwijs-en-zo\n  place: Groningen',
        ),
      },
    );
    const report = check(dir);
    const line = lines(report).find((text) => text.includes('organisations.yaml'));
    assert.ok(line, lines(report).join('\n'));
    assert.ok(line.startsWith(`${shown(dir, 'organisations.yaml')}:7: duo.sector: `), line);
  });

  test('a missing tags.yaml is reported', () => {
    const dir = contentFolder({});
    rmSync(join(dir, 'tags.yaml'));
    const line = lines(check(dir)).find((text) => text.startsWith(shown(dir, 'tags.yaml')));
    assert.ok(line);
    assert.match(line, /missing/);
  });
});
