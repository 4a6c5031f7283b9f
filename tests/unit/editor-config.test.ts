/**
 * The web editor's configuration (src/editor/config.ts): generated from
 * the content schema and the taxonomy, so every field the checker knows has a
 * widget and the editor writes no field the checker refuses; in the site's
 * language; saving through Decap's local proxy or the forge's API. What each
 * widget asks for is tested in editor-widgets.test.ts.
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
import { editorConfig, type EditorConfigInput } from '../../src/editor/config.ts';
import { MissingWidgetError, type EditorField } from '../../src/editor/fields.ts';
import { EVENT_WIDGETS } from '../../src/editor/widgets.ts';
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
          /"mood" without an editor widget — add it to EVENT_WIDGETS in src\/editor\/widgets\.ts/,
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
});

describe('the site language', () => {
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
