/**
 * The web editor's widget tables (src/editor/widgets.ts): a widget for every
 * field of the schema's tables, dates as text with the accepted forms as a
 * pattern, addresses and languages checked the way the checker would, the
 * taxonomy chosen by name, video and audio as optional groups of fields.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadTaxonomy } from '../../src/content/taxonomy.ts';
import { CORRECTION_FIELDS, EVENT_FIELDS, IMAGE_FIELDS, SOURCE_FIELDS } from '../../src/content/schema-hints.ts';
import { MEDIA_FIELDS } from '../../src/content/media-schema.ts';
import { dictionary } from '../../src/i18n/index.ts';
import { ACCEPTED_DATE_FORMS, parseEventDate } from '../../src/lib/dates/index.ts';
import {
  EVENTS_COLLECTION,
  schemaKeys,
  subfields,
  widgetContext,
  type EditorField,
  type FormInput,
} from '../../src/editor/fields.ts';
import {
  CORRECTION_WIDGETS,
  EVENT_WIDGETS,
  IMAGE_WIDGETS,
  MEDIA_WIDGETS,
  SOURCE_WIDGETS,
} from '../../src/editor/widgets.ts';
import { ROOT } from '../support/build.ts';

const english = loadTaxonomy(join(ROOT, 'tests/fixtures/english'));

/** The event form as the widget tables lay it out for the schema's fields. */
const form = (overrides: Partial<FormInput> = {}): EditorField[] =>
  subfields(
    EVENT_WIDGETS,
    schemaKeys.event(),
    widgetContext({
      settings: english.settings,
      organisations: english.organisations,
      tags: english.tags,
      threads: { outage: { title: 'The outage' } },
      t: dictionary('en'),
      ...overrides,
    }),
    'event',
  );
const field = (fields: EditorField[], name: string) => {
  const found = fields.find((candidate) => candidate.name === name);
  assert.ok(found, `the form has no field "${name}"`);
  return found;
};

describe('every table covers its schema table', () => {
  test('the widget tables cover their schema tables', () => {
    for (const [table, widgets] of [
      [SOURCE_FIELDS, SOURCE_WIDGETS],
      [IMAGE_FIELDS, IMAGE_WIDGETS],
      [CORRECTION_FIELDS, CORRECTION_WIDGETS],
      [MEDIA_FIELDS, MEDIA_WIDGETS],
      [EVENT_FIELDS, EVENT_WIDGETS],
    ] as const) {
      for (const name of Object.keys(table)) assert.ok(name in widgets, name);
    }
  });
});

describe('dates are text with the accepted forms as a pattern', () => {
  const fields = form();
  const dateFields = [
    field(fields, 'date'),
    field(fields, 'end'),
    field(field(fields, 'sources').fields!, 'date'),
    field(field(fields, 'corrections').fields!, 'date'),
  ];

  test('no date picker: a string widget with a pattern and the forms in its hint and message', () => {
    for (const date of dateFields) {
      assert.equal(date.widget, 'string');
      assert.ok(date.pattern, `${date.name} has a pattern`);
      assert.match(
        date.pattern[1],
        new RegExp(ACCEPTED_DATE_FORMS.map((form) => form.replace(/[+.]/g, '\\$&')).join(', ')),
      );
    }
    assert.match(field(fields, 'date').hint!, /2020, 2020-01, 2020-01-17, 2020-01-17T14:30/);
  });

  test('every accepted form passes, BC years too; the forms the checker refuses do not', () => {
    const pattern = new RegExp(field(fields, 'date').pattern![0]);
    for (const form of [
      ...ACCEPTED_DATE_FORMS,
      '2020-01-17 14:30',
      '2020-01-17T14:30:15',
      '2020-01-17T14:30+0100',
      '-0044-03-15',
      '-44',
      '476',
    ]) {
      assert.ok(pattern.test(form), `${form} passes`);
    }
    for (const form of ACCEPTED_DATE_FORMS) assert.doesNotThrow(() => parseEventDate(form, 'Europe/Amsterdam'));
    for (const form of ['17-01-2020', '2020/01/17', '17 januari 2020', '2020-1-17', 'januari', '2020-01-17T14', '']) {
      assert.equal(pattern.test(form), false, `${form} is refused`);
    }
  });

  test('required where the schema requires', () => {
    assert.equal(field(fields, 'date').required, true);
    assert.equal(field(fields, 'end').required, false);
    assert.equal(field(fields, 'title').required ?? true, true);
    assert.equal(field(fields, 'summary').required ?? true, true);
    assert.equal(field(fields, 'sources').min, 1);
  });

  test('a source address must start with http(s)://, a language be a code', () => {
    const source = field(fields, 'sources').fields!;
    const url = new RegExp(field(source, 'url').pattern![0]);
    assert.ok(url.test('https://nos.nl/artikel/1'));
    assert.equal(url.test('nos.nl/artikel/1'), false);
    assert.equal(url.test('javascript:alert(1)'), false);
    const language = new RegExp(field(source, 'language').pattern![0]);
    assert.ok(language.test('nl') && language.test('pt-BR'));
    assert.equal(language.test('Dutch'), false);
    assert.equal(field(source, 'language').default, 'en', "the site's language by default");
  });
});

describe('the taxonomy', () => {
  test('organisations, tags and threads are chosen from the ids, showing names', () => {
    const fields = form();
    assert.deepEqual(field(fields, 'organisations').options, [
      { value: 'city-council', label: 'City Council' },
      { value: 'north-university', label: 'North University' },
    ]);
    assert.equal(field(fields, 'organisations').multiple, true);
    assert.deepEqual(field(fields, 'tags').options, [{ value: 'closure', label: 'Closure' }]);
    assert.deepEqual(field(fields, 'threads').options, [{ value: 'outage', label: 'The outage' }]);
    assert.equal(field(fields, 'related').widget, 'relation');
    assert.equal(field(fields, 'related').value_field, '{{slug}}');
  });

  test('a timeline without threads has no threads field (a choice of nothing)', () => {
    const fields = form({ threads: {} });
    assert.equal(
      fields.find((f) => f.name === 'threads'),
      undefined,
    );
  });
});

describe('video and audio', () => {
  const fields = form();

  test('each is an optional group of the media fields, collapsed, none of them required', () => {
    for (const name of ['video', 'audio']) {
      const group = field(fields, name);
      assert.equal(group.widget, 'object');
      assert.equal(group.required, false);
      assert.equal(group.collapsed, true);
      assert.deepEqual(
        group.fields!.map((f) => f.name),
        Object.keys(MEDIA_FIELDS),
      );
      for (const subfield of group.fields!) assert.equal(subfield.required, false, `${name}.${subfield.name}`);
    }
  });

  test('the address must start with http(s)://, as a source address must', () => {
    const url = field(field(fields, 'video').fields!, 'url');
    assert.deepEqual(url.pattern, field(field(fields, 'sources').fields!, 'url').pattern);
    const pattern = new RegExp(url.pattern![0]);
    assert.ok(pattern.test('https://www.youtube.com/watch?v=M7lc1UVf-VE'));
    assert.equal(pattern.test('www.youtube.com/watch?v=M7lc1UVf-VE'), false);
  });
});

test('related events are chosen from the events collection by title, saved as their ids', () => {
  const related = field(form(), 'related');
  assert.equal(related.collection, EVENTS_COLLECTION);
  assert.deepEqual(related.search_fields, ['title']);
  assert.equal(related.multiple, true);
});
