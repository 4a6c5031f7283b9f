/**
 * How the web editor's form is laid out from a widget table
 * (src/editor/fields.ts): in the table's order, only the fields the schema
 * has (and the body), and a schema field without a widget stops the build
 * with a message naming the field, the table and the file to add it to.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dictionary } from '../../src/i18n/index.ts';
import { MissingWidgetError, subfields, widgetContext, type Widget } from '../../src/editor/fields.ts';

const context = widgetContext({
  settings: { language: 'en' },
  organisations: {},
  tags: {},
  threads: {},
  t: dictionary('en'),
});
const widget =
  (label: string): Widget =>
  () => ({ label, widget: 'string' });
const names = (table: Record<string, Widget>, fields: readonly string[], where = 'sources') =>
  subfields(table, fields, context, where).map((field) => field.name);

describe('laying out a table', () => {
  test("in the table's order, whatever order the schema names its fields in", () => {
    const table = { title: widget('Title'), date: widget('Date'), url: widget('Address') };
    assert.deepEqual(names(table, ['url', 'title', 'date']), ['title', 'date', 'url']);
    assert.deepEqual(subfields(table, ['date'], context, 'sources'), [
      { name: 'date', label: 'Date', widget: 'string' },
    ]);
  });

  test('a widget whose field the schema does not have is left out, and so is one that makes nothing', () => {
    const table = { title: widget('Title'), later: widget('Later'), threads: () => undefined };
    assert.deepEqual(names(table, ['title', 'threads']), ['title']);
  });

  test('the body is in the event form though no schema has it; in another table it is left out like any other', () => {
    const table = { title: widget('Title'), body: widget('Text') };
    assert.deepEqual(names(table, ['title'], 'event'), ['title', 'body']);
    assert.deepEqual(names(table, ['title'], 'sources'), ['title']);
  });
});

describe('a schema field without a widget', () => {
  test('names the field, the table and src/editor/widgets.ts', () => {
    for (const [where, field, table] of [
      ['event', '"mood"', 'EVENT_WIDGETS'],
      ['sources', '"sources.mood"', 'SOURCE_WIDGETS'],
      ['image', '"image.mood"', 'IMAGE_WIDGETS'],
      ['media', '"media.mood"', 'MEDIA_WIDGETS'],
      ['corrections', '"corrections.mood"', 'CORRECTION_WIDGETS'],
    ] as const) {
      assert.throws(
        () => subfields({ title: widget('Title') }, ['title', 'mood'], context, where),
        (error: Error) => {
          assert.ok(error instanceof MissingWidgetError);
          assert.equal(error.name, 'MissingWidgetError');
          assert.equal(
            error.message,
            `the content schema has a field ${field} without an editor widget — add it to ${table} in src/editor/widgets.ts (label and hint in src/i18n/nl.ts and en.ts)`,
          );
          return true;
        },
      );
    }
  });

  test('several are named together', () => {
    assert.throws(
      () => subfields({}, ['archive', 'pages'], context, 'sources'),
      /^MissingWidgetError: the content schema has fields "sources\.archive", "sources\.pages" without an editor widget — add them to SOURCE_WIDGETS/,
    );
  });
});
