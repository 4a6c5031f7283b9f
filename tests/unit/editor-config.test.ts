/**
 * The web editor's configuration (src/editor/config.ts): generated from
 * the content schema and the taxonomy, so every field the checker knows has a
 * widget, the editor writes no field the checker refuses, and the form refuses
 * what it can the way the checker would.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadTaxonomy } from '../../src/content/taxonomy.ts';
import { eventSchema } from '../../src/content/schema.ts';
import { CORRECTION_FIELDS, EVENT_FIELDS, IMAGE_FIELDS, SOURCE_FIELDS } from '../../src/content/schema-hints.ts';
import { EDITOR_ID_KEY } from '../../src/editor/format.ts';
import { TODAY, fillToday } from '../../src/editor/today.ts';
import { todayIn } from '../../src/lib/dates/index.ts';
import { dictionary } from '../../src/i18n/index.ts';
import { ACCEPTED_DATE_FORMS, parseEventDate } from '../../src/lib/dates/index.ts';
import {
  CORRECTION_WIDGETS,
  EVENT_WIDGETS,
  IMAGE_WIDGETS,
  MissingWidgetError,
  SOURCE_WIDGETS,
  editorConfig,
  type EditorConfigInput,
  type EditorField,
} from '../../src/editor/config.ts';
import { DateTime } from 'luxon';
import { ROOT } from '../support/build.ts';

const english = loadTaxonomy(join(ROOT, 'tests/fixtures/english'));
const dutch = loadTaxonomy(join(ROOT, 'tests/fixtures/citrix-nl'));

function input(overrides: Partial<EditorConfigInput> = {}): EditorConfigInput {
  return {
    settings: english.settings,
    organisations: english.organisations,
    tags: english.tags,
    threads: { outage: { title: 'The outage' } },
    t: dictionary('en'),
    backend: { kind: 'local', proxyUrl: 'http://127.0.0.1:8081/api/v1' },
    folder: 'events',
    ...overrides,
  };
}

type Collection = { fields: EditorField[]; slug: string; identifier_field: string; folder: string; format: string };
const collection = (config: Record<string, unknown>) => (config.collections as Collection[])[0]!;
const field = (fields: EditorField[], name: string) => {
  const found = fields.find((candidate) => candidate.name === name);
  assert.ok(found, `the form has no field "${name}"`);
  return found;
};

describe('every schema field has a widget', () => {
  const fields = collection(editorConfig(input())).fields;

  test('each event field of the schema is in the form, with the body', () => {
    const names = new Set([
      ...Object.keys(EVENT_FIELDS),
      ...Object.keys(
        eventSchema({ timeZone: 'UTC', organisationIds: new Set(), tagIds: new Set(), sectorIds: new Set() }).shape,
      ),
    ]);
    for (const name of names) field(fields, name);
    field(fields, 'body');
    // Nothing the schema does not have: a field the checker refuses would break every saved file.
    assert.deepEqual(
      fields.map((f) => f.name).filter((name) => !names.has(name)),
      ['body'],
    );
  });

  test('sources, image and corrections have every field of theirs', () => {
    assert.deepEqual(
      field(fields, 'sources')
        .fields!.map((f) => f.name)
        .sort(),
      Object.keys(SOURCE_FIELDS).sort(),
    );
    assert.deepEqual(
      field(fields, 'image')
        .fields!.map((f) => f.name)
        .sort(),
      Object.keys(IMAGE_FIELDS).sort(),
    );
    assert.deepEqual(
      field(fields, 'corrections')
        .fields!.map((f) => f.name)
        .sort(),
      Object.keys(CORRECTION_FIELDS).sort(),
    );
  });

  test('a field added to the schema without a widget fails, saying where to add it', () => {
    const schemaFields = {
      event: [...Object.keys(EVENT_FIELDS), 'mood'],
      source: Object.keys(SOURCE_FIELDS),
      image: Object.keys(IMAGE_FIELDS),
      correction: Object.keys(CORRECTION_FIELDS),
    };
    assert.throws(
      () => editorConfig(input({ schemaFields })),
      (error: Error) => {
        assert.ok(error instanceof MissingWidgetError);
        assert.match(
          error.message,
          /"mood" without an editor widget — add it to EVENT_WIDGETS in src\/editor\/config\.ts/,
        );
        return true;
      },
    );
    const withSourceField = {
      ...schemaFields,
      event: Object.keys(EVENT_FIELDS),
      source: [...Object.keys(SOURCE_FIELDS), 'archive'],
    };
    assert.throws(
      () => editorConfig(input({ schemaFields: withSourceField })),
      /"sources\.archive" without an editor widget — add it to SOURCE_WIDGETS/,
    );
  });

  test('display_date is a free label, published a date that defaults to today; a field the schema lacks is not in the form', () => {
    for (const name of ['display_date', 'published']) assert.ok(name in EVENT_WIDGETS, `${name} has a widget`);
    const schemaFields = {
      event: Object.keys(EVENT_FIELDS),
      source: Object.keys(SOURCE_FIELDS),
      image: Object.keys(IMAGE_FIELDS),
      correction: Object.keys(CORRECTION_FIELDS),
    };
    const later = collection(editorConfig(input({ schemaFields }))).fields;
    const displayDate = field(later, 'display_date');
    assert.equal(displayDate.widget, 'string');
    assert.equal(displayDate.pattern, undefined, 'a free label, not a date form');
    assert.equal(displayDate.required, false);
    const published = field(later, 'published');
    assert.deepEqual(published.pattern, field(later, 'date').pattern);
    assert.equal(published.default, TODAY);
    // The editor fills in today's date, in the site's zone, when it opens.
    const filled = collection(
      fillToday(
        editorConfig(input({ schemaFields })),
        todayIn('Europe/London', DateTime.fromISO('2021-06-30T23:30:00Z')),
      ),
    );
    assert.equal(field(filled.fields, 'published').default, '2021-07-01');
    // A field the schema does not have is not in the form: the editor never writes what the checker refuses.
    const withoutPublished = { ...schemaFields, event: schemaFields.event.filter((name) => name !== 'published') };
    assert.equal(
      collection(editorConfig(input({ schemaFields: withoutPublished }))).fields.find((f) => f.name === 'published'),
      undefined,
    );
    assert.ok(
      fields.some((f) => f.name === 'published'),
      'the schema has published now, and so does the form',
    );
  });

  test('the widget tables cover their schema tables', () => {
    for (const [table, widgets] of [
      [SOURCE_FIELDS, SOURCE_WIDGETS],
      [IMAGE_FIELDS, IMAGE_WIDGETS],
      [CORRECTION_FIELDS, CORRECTION_WIDGETS],
    ] as const) {
      for (const name of Object.keys(table)) assert.ok(name in widgets, name);
    }
  });
});

describe('dates are text with the accepted forms as a pattern', () => {
  const fields = collection(editorConfig(input())).fields;
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

describe('taxonomy and language', () => {
  test('organisations, tags and threads are chosen from the ids, showing names', () => {
    const fields = collection(editorConfig(input())).fields;
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
    const fields = collection(editorConfig(input({ threads: {} }))).fields;
    assert.equal(
      fields.find((f) => f.name === 'threads'),
      undefined,
    );
  });

  test('labels and hints in the site language', () => {
    const config = editorConfig(
      input({
        settings: dutch.settings,
        organisations: dutch.organisations,
        tags: dutch.tags,
        threads: dutch.threads,
        t: dictionary('nl'),
      }),
    );
    const fields = collection(config).fields;
    assert.equal(config.locale, 'nl');
    assert.equal(field(fields, 'title').label, 'Titel');
    assert.equal(field(fields, 'sources').label, 'Bronnen');
    assert.match(field(fields, 'date').pattern![1], /^Geen datum in een toegestane vorm/);
    assert.ok(
      field(fields, 'organisations').options!.some(
        (option) => option.value === 'tweede-kamer' && option.label === dutch.organisations['tweede-kamer']!.name,
      ),
    );
    assert.equal(field(field(fields, 'sources').fields!, 'language').default, 'nl');
    assert.equal(collection(editorConfig(input())).fields[0]!.label, 'Title');
  });
});

describe('backends', () => {
  test("local: Decap's proxy, saving straight to the folder", () => {
    const config = editorConfig(input());
    assert.deepEqual(config.backend, { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    assert.equal(config.publish_mode, undefined);
    assert.equal(collection(config).folder, 'events');
  });

  test("published: the forge's API with the editorial workflow", () => {
    const settings = {
      ...english.settings,
      repository: { url: 'https://github.com/example/timeline', branch: 'live' },
      editor: { enabled: true, auth: { url: 'https://auth.example.org', endpoint: 'oauth' } },
    };
    const config = editorConfig(input({ settings, backend: { kind: 'forge' }, folder: 'content/events' }));
    assert.equal(config.publish_mode, 'editorial_workflow');
    assert.deepEqual(
      { ...(config.backend as object), commit_messages: undefined },
      {
        name: 'github',
        repo: 'example/timeline',
        branch: 'live',
        base_url: 'https://auth.example.org',
        auth_endpoint: 'oauth',
        commit_messages: undefined,
      },
    );
    assert.equal(collection(config).folder, 'content/events');
  });

  test("published with Netlify's login: the Netlify site that holds the GitHub provider", () => {
    const settings = {
      ...english.settings,
      repository: { url: 'https://github.com/example/timeline', branch: 'main' },
      editor: { enabled: true, auth: { siteDomain: 'timeline.netlify.app' } },
    };
    const backend = editorConfig(input({ settings, backend: { kind: 'forge' } })).backend as Record<string, unknown>;
    assert.equal(backend.site_domain, 'timeline.netlify.app');
    assert.equal(backend.base_url, undefined, "Decap's default, Netlify's service");
  });

  test('published without a repository says what to set', () => {
    assert.throws(() => editorConfig(input({ backend: { kind: 'forge' } })), /editor\.enabled needs repository/);
  });

  test("new files are named by the id the editor sets before saving (npm run new's rule)", () => {
    const events = collection(editorConfig(input()));
    assert.equal(events.slug, `{{fields.${EDITOR_ID_KEY}}}`);
    assert.equal(events.identifier_field, 'title');
    assert.equal(events.format, 'tijdlijn-frontmatter');
  });
});
