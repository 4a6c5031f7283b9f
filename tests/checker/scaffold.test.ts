/**
 * `npm run new` on a copy of the small fixture: the file it writes passes
 * the checker and shows up on the built timeline in its place; it never
 * overwrites; it refuses bad input with the checker's own messages.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DateTime } from 'luxon';
import { parse } from 'node-html-parser';
import { run } from '../../scripts/new-event.ts';
import { buildOrThrow, readPage } from '../support/build.ts';
import { baseCopy, removeCopies, runCheck, runTool, shown, type ToolResult } from './support.ts';

const FORMS = '2020, 2020-01, 2020-01-17, 2020-01-17T14:30, 2020-01-17T14:30+01:00, 2020-01-16T23:30:00Z';
/** The date field's hint: the forms, then those for years before 1000 and before Christ. */
const DATE_HINT = `${FORMS}; before 1000 or before Christ: 476, 0476-09-04, -44, -0044-03-15 (-44 is 44 BC)`;
const TITLE = 'Universiteit Leiden sluit Citrix-servers';
const ID = 'universiteit-leiden-sluit-citrix-servers';

const flags = (date: string, ...more: string[]) => [
  '--title',
  TITLE,
  '--date',
  date,
  '--summary',
  'De universiteit zet haar Citrix-servers uit: studenten kunnen niet thuiswerken.',
  '--source-title',
  'Leiden sluit Citrix',
  '--source-date',
  date,
  ...more,
];

after(removeCopies);

describe('npm run new', () => {
  let content: string;
  const events = () => readdirSync(join(content, 'events')).sort();
  const path = (name: string) => join(content, 'events', name);
  let first: ToolResult;
  let firstText: string;
  let second: ToolResult;
  let duplicate: ToolResult;
  let badDate: ToolResult;
  let missing: ToolResult;
  let filesAfterRefusals: string[];

  let today: string;

  before(async () => {
    content = baseCopy();
    today = DateTime.now().setZone('Europe/Amsterdam').toISODate()!;
    // One after the other: each run sees the files the runs before it wrote.
    first = await runTool(
      'new-event.ts',
      content,
      flags(
        '2020-01-15',
        '--organisations',
        'universiteit-leiden,duo',
        '--tag',
        'afsluiting',
        '--tag',
        'thuiswerken',
        '--source-publisher',
        'Leidsch Dagblad',
        '--source-url',
        'https://www.leidschdagblad.nl/artikel/1',
      ),
    );
    firstText = readFileSync(path(`${ID}.md`), 'utf8');
    second = await runTool('new-event.ts', content, flags('2020-01-25'));
    duplicate = await runTool('new-event.ts', content, flags('2020-01-15'));
    badDate = await runTool('new-event.ts', content, [
      '--title',
      'Kapotte datum',
      '--date',
      '2020-02-30',
      '--summary',
      'Test.',
      '--source-title',
      'Bron',
      '--source-date',
      '2020-02',
    ]);
    missing = await runTool('new-event.ts', content, ['--title', 'Alleen een titel']);
    filesAfterRefusals = events();
  });

  test('writes content/events/<slug>.md with valid frontmatter, and prints the path and next steps', () => {
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(first.lines[0], `Wrote ${shown(content, 'events', `${ID}.md`)}`);
    assert.match(first.stdout, /Next steps:/);
    assert.match(first.stdout, /npm run check/);
    assert.match(first.stdout, /pull request/);
    const [, frontmatter, body] = firstText.split(/^---\n/m);
    assert.equal(
      frontmatter,
      [
        `title: ${TITLE}`,
        'date: 2020-01-15',
        'summary: "De universiteit zet haar Citrix-servers uit: studenten kunnen niet thuiswerken."',
        'organisations: [universiteit-leiden, duo]',
        'tags: [afsluiting, thuiswerken]',
        'sources:',
        '  - title: Leiden sluit Citrix',
        '    publisher: Leidsch Dagblad',
        '    date: 2020-01-15',
        '    url: https://www.leidschdagblad.nl/artikel/1',
        '    language: nl',
        `published: ${today}`,
        '',
      ].join('\n'),
    );
    assert.match(body!, /^Beschrijf hier .+\n$/);
  });

  test('a second event with the same title gets -2; the first file is left as it was', () => {
    assert.equal(second.code, 0, second.stdout);
    assert.equal(second.lines[0], `Wrote ${shown(content, 'events', `${ID}-2.md`)}`);
    assert.equal(readFileSync(path(`${ID}.md`), 'utf8'), firstText);
    assert.match(readFileSync(path(`${ID}-2.md`), 'utf8'), /^date: 2020-01-25$/m);
  });

  test('what it wrote passes the checker', async () => {
    const result = await runCheck(content);
    assert.deepEqual(result.problems, []);
    assert.equal(result.code, 0);
    assert.match(result.summary, /^4 events checked in \d+ ms: 0 errors, 0 warnings\.$/);
  });

  test("the same title on the same date is refused, with the checker's message", () => {
    assert.equal(duplicate.code, 1);
    assert.deepEqual(duplicate.lines, [
      `${shown(content, 'events', `${ID}-3.md`)}: title: the same title on the same date as ${shown(content, 'events', `${ID}.md`)} — this looks like a duplicate: remove one of the two files, or make the titles say how the events differ`,
      'Nothing was written.',
    ]);
  });

  test("an impossible date is refused with the checker's message, and nothing is written", async () => {
    assert.equal(badDate.code, 1);
    const refusal = `${shown(content, 'events', 'kapotte-datum.md')}: date: "2020-02-30" is not a date that exists — write one of these forms: ${DATE_HINT}`;
    assert.deepEqual(badDate.lines, [refusal, 'Nothing was written.']);
    assert.ok(!existsSync(path('kapotte-datum.md')));
    // The checker says the same of the same file, with the line number the scaffold cannot know yet.
    const other = baseCopy();
    writeFileSync(
      join(other, 'events', 'kapotte-datum.md'),
      '---\ntitle: Kapotte datum\ndate: 2020-02-30\nsummary: Test.\nsources:\n  - { title: Bron, date: 2020-02, language: nl }\n---\nTekst.\n',
    );
    const checked = await runCheck(other);
    assert.deepEqual(checked.problems, [
      refusal.replace(shown(content), shown(other)).replace('.md: date:', '.md:3: date:'),
    ]);
  });

  test('without a terminal, missing values are refused with the options to give', () => {
    assert.equal(missing.code, 1);
    assert.equal(
      missing.lines[0],
      'Missing: --date, --summary, --source-title, --source-date. Give them as options, or run `npm run new` in a terminal to be asked. Nothing was written.',
    );
    assert.match(missing.stdout, /Usage: npm run new/);
  });

  test('refused runs write nothing', () => {
    assert.deepEqual(
      filesAfterRefusals,
      ['kamer-stopt-met-thuiswerken.md', 'ncsc-adviseert-citrix-uit-te-schakelen.md', `${ID}-2.md`, `${ID}.md`].sort(),
    );
  });

  test('the new events are on the built timeline, in date order among the others', () => {
    const outDir = buildOrThrow({ content });
    const home = parse(readPage(outDir, 'index.html'));
    const order = home.querySelectorAll('main article.entry').map((entry) => entry.id.replace(/^e-/, ''));
    assert.deepEqual(order, ['ncsc-adviseert-citrix-uit-te-schakelen', ID, 'kamer-stopt-met-thuiswerken', `${ID}-2`]);
    const entry = home.querySelector(`#e-${ID}`)!;
    assert.equal(entry.querySelector('h4')!.text.trim(), TITLE);
    assert.match(entry.closest('section')!.querySelector('h3')!.text, /15 januari 2020/);
    const page = parse(readPage(outDir, `gebeurtenis/${ID}/index.html`));
    assert.equal(page.querySelector('h1')!.text.trim(), TITLE);
  });
});

describe('npm run new: the published date', () => {
  test("today in the site's zone, not the machine's: 23:30 UTC on 17 January is the 18th in Amsterdam", async () => {
    const content = baseCopy();
    const output: string[] = [];
    const code = await run(flags('2020-01-15'), {
      contentDir: content,
      out: (line) => output.push(line),
      now: DateTime.fromISO('2020-01-17T23:30:00Z'),
    });
    assert.equal(code, 0, output.join('\n'));
    assert.match(readFileSync(join(content, 'events', `${ID}.md`), 'utf8'), /^published: 2020-01-18$/m);
  });

  test('--published is written as given, and checked like any date', async () => {
    const content = baseCopy();
    const output: string[] = [];
    assert.equal(
      await run(flags('2020-01-15', '--published', '2020-01-16T08:05'), {
        contentDir: content,
        out: (line) => output.push(line),
      }),
      0,
      output.join('\n'),
    );
    assert.match(readFileSync(join(content, 'events', `${ID}.md`), 'utf8'), /^published: 2020-01-16T08:05$/m);
    const refused: string[] = [];
    assert.equal(
      await run(flags('2020-01-15', '--published', '2020-01'), {
        contentDir: content,
        out: (line) => refused.push(line),
      }),
      1,
    );
    assert.deepEqual(refused, [
      `${shown(content, 'events', `${ID}-2.md`)}: published: 2020-01 gives only the month; the publication date needs its day — write the day the entry was first published here, e.g. published: 2020-01-17 (or with a time: 2020-01-17T09:30)`,
      'Nothing was written.',
    ]);
  });
});

describe('npm run new in a terminal', () => {
  test('asks for what is missing, and asks again for what the checker refused', async () => {
    const content = baseCopy();
    const answers: Record<string, string[]> = {
      Title: ['Leiden zet Citrix weer aan'],
      Date: ['21-01-2020', '2020-01-21'],
      Summary: ['De servers van de universiteit draaien weer.'],
      Organisations: ['universiteit-leiden'],
      Tags: [''],
      'Source: headline': ['Citrix weer aan in Leiden'],
      'Source: publisher': [''],
      'Source: publication date': ['2020-01-21'],
      'Source: web address': [''],
      'Source: language': [''],
    };
    const asked: string[] = [];
    const output: string[] = [];
    const code = await run([], {
      contentDir: content,
      out: (line) => output.push(line),
      ask: async (question, fallback) => {
        const key = Object.keys(answers).find((start) => question.startsWith(start))!;
        asked.push(key);
        return answers[key]!.shift() || fallback || '';
      },
    });
    assert.equal(code, 0, output.join('\n'));
    assert.deepEqual(asked, [...Object.keys(answers), 'Date']);
    const written = join(content, 'events', 'leiden-zet-citrix-weer-aan.md');
    assert.ok(
      output.includes(
        `${shown(written)}: date: "21-01-2020" is not in an accepted form — write 2020-01-21; the accepted forms are ${FORMS}`,
      ),
      output.join('\n'),
    );
    assert.ok(output.includes(`Wrote ${shown(written)}`), output.join('\n'));
    const text = readFileSync(written, 'utf8');
    assert.match(text, /^date: 2020-01-21$/m);
    assert.match(text, /^organisations: \[universiteit-leiden\]$/m);
    assert.match(text, /^ {4}language: nl$/m, 'the site language is the default');
    assert.doesNotMatch(text, /^tags:|publisher:|url:/m, 'fields left empty are left out');
    const check = await runCheck(content);
    assert.deepEqual(check.problems, []);
  });
});
