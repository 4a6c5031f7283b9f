/**
 * The web editor's file format (src/editor/format.ts): what Decap saves is
 * what the checker reads, every date form means the same after a save, and
 * saving an untouched event changes nothing that matters.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEventText } from '../../src/content/check.ts';
import { loadTaxonomy } from '../../src/content/taxonomy.ts';
import type { Problem } from '../../src/content/problems.ts';
import { EDITOR_ID_KEY, fromFile, nestedOrder, toFile } from '../../src/editor/format.ts';
import { ACCEPTED_DATE_FORMS, parseEventDate } from '../../src/lib/dates/index.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { ROOT } from '../support/build.ts';

const ORDER = [
  'title',
  'date',
  'end',
  'summary',
  'body',
  'organisations',
  'tags',
  'threads',
  'sources',
  'related',
  'image',
  'corrections',
  'draft',
];
const NESTED = nestedOrder([
  { name: 'sources', fields: ['title', 'publisher', 'date', 'url', 'language'].map((name) => ({ name })) },
  { name: 'image', fields: ['src', 'alt', 'caption', 'credit'].map((name) => ({ name })) },
]);

/** One save: read as the editor does, then write, with no change in between. */
const save = (text: string) => toFile(fromFile(text), ORDER, NESTED);

const eventWithDate = (written: string) => `---
title: A day
date: ${written}
summary: Something happened.
sources:
  - { title: Report, date: ${written}, language: en }
---
Text.
`;

describe('every date form survives a save', () => {
  // Forms as an editor writes them, quoted or not; BC years are the dates work's forms (compared as text).
  const forms = [
    ...ACCEPTED_DATE_FORMS,
    '2020-01-17 14:30',
    '2020-01-17T14:30:15',
    '2020-01-17T14:30+0100',
    '2020-01-16T23:30:00z',
    ...ACCEPTED_DATE_FORMS.map((form) => `"${form}"`),
    "'2020-01-17'",
    '"2020-01-17 14:30"',
    '-0044-03-15',
    '-0044',
    '-44',
    '0476',
  ];
  for (const written of forms) {
    test(written, () => {
      const before = readFrontmatter(eventWithDate(written)).data;
      const saved = save(eventWithDate(written));
      const after = readFrontmatter(saved).data as typeof before & { sources: { date: unknown }[] };
      // The same text (or number) comes back, so any parser reads the same date from it.
      assert.equal(String(after.date), String(before.date), `date in:\n${saved}`);
      assert.equal(String(after.sources[0]!.date), String((before as typeof after).sources[0]!.date));
      try {
        const parsed = parseEventDate(before.date, 'Europe/Amsterdam');
        assert.deepEqual(parseEventDate(after.date, 'Europe/Amsterdam'), parsed);
      } catch (error) {
        // Not (yet) a form this parser accepts: it must refuse both the same way.
        assert.throws(() => parseEventDate(after.date, 'Europe/Amsterdam'), { message: (error as Error).message });
      }
    });
  }

  test('a date typed into the form is written so the reader gets the same text back', () => {
    for (const typed of [...ACCEPTED_DATE_FORMS, '2020-01-17 14:30', '-0044-03-15']) {
      const saved = toFile(
        { title: 'T', date: typed, summary: 'S', sources: [{ title: 'R', date: typed, language: 'en' }], body: '' },
        ORDER,
        NESTED,
      );
      assert.equal(String(readFrontmatter(saved).data.date), typed, saved);
    }
  });
});

describe('saving an untouched event changes nothing that matters', () => {
  const taxonomy = loadTaxonomy(join(ROOT, 'tests/fixtures/citrix-nl'));
  const dir = join(ROOT, 'tests/fixtures/citrix-nl/events');
  const check = (text: string) => {
    const problems: Problem[] = [];
    const event = checkEventText('content/events/x.md', 'x', text, taxonomy.context, problems);
    assert.deepEqual(
      problems.filter((problem) => problem.severity === 'error'),
      [],
    );
    return { frontmatter: event!.frontmatter, body: event!.body.trim() };
  };
  const files = readdirSync(dir).filter((name) => name.endsWith('.md'));

  test(`all ${files.length} events of the Citrix timeline read the same after a save`, () => {
    for (const name of files) {
      const text = readFileSync(join(dir, name), 'utf8');
      const saved = save(text);
      assert.deepEqual(check(saved), check(text), name);
      // A second save changes no byte: the editor's own output is stable.
      assert.equal(save(saved), saved, name);
    }
  });
});

describe('what is written', () => {
  test('empty fields and draft: false are left out; id lists in brackets; sources in field order', () => {
    const saved = toFile(
      {
        draft: false,
        sources: [{ language: 'en', url: '', date: '2020-01-17', title: 'Report', publisher: '' }],
        title: 'A day',
        date: '2020-01-17',
        end: '',
        summary: 'Something happened.',
        organisations: ['city-council', 'north-university'],
        tags: [],
        related: [],
        image: { src: '', alt: '', caption: '', credit: '' },
        corrections: [],
        body: 'Text.\n\n',
        [EDITOR_ID_KEY]: 'a-day',
      },
      ORDER,
      NESTED,
    );
    assert.equal(
      saved,
      `---
title: A day
date: 2020-01-17
summary: Something happened.
organisations: [city-council, north-university]
sources:
  - title: Report
    date: 2020-01-17
    language: en
---
Text.
`,
    );
  });

  test('an image keeps alt: "" (a decorative image) and its path relative to the event', () => {
    const saved = toFile(
      { title: 'T', image: { src: 'photo.jpg', alt: '', credit: 'Photo: A. Maker, CC BY 4.0' }, body: '' },
      ORDER,
      NESTED,
    );
    assert.deepEqual(readFrontmatter(saved).data.image, {
      src: './photo.jpg',
      alt: '',
      credit: 'Photo: A. Maker, CC BY 4.0',
    });
  });

  test('fields the form does not know are kept, after the known ones', () => {
    const saved = save('---\ntitle: T\nmood: calm\ndate: 2020\n---\n');
    assert.deepEqual(Object.keys(readFrontmatter(saved).data), ['title', 'date', 'mood']);
  });

  test('a file the reader refuses is refused with its message, not read half', () => {
    assert.throws(() => fromFile('title: no frontmatter\n'), /does not start with frontmatter/);
  });
});
