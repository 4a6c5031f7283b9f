/**
 * What to write instead: each field's hint, in the site's language. An
 * English timeline gets English examples; Dutch is the default.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATE_FORMS, EVENT_FIELDS, exampleImage, fieldHint } from '../../src/content/schema-hints.ts';

describe('fieldHint', () => {
  test('an English site gets English examples; a field without words keeps its hint; Dutch is the default', () => {
    assert.equal(fieldHint('event', 'title'), EVENT_FIELDS.title.hint);
    assert.equal(
      fieldHint('event', 'title', 'nl'),
      'write a short headline, e.g. title: Tweede Kamer stopt met thuiswerken',
    );
    assert.equal(fieldHint('event', 'title', 'en'), 'write a short headline, e.g. title: Council closes remote access');
    assert.equal(
      fieldHint('image', 'src', 'en'),
      'put the image (JPEG, PNG, WebP, AVIF, GIF or TIFF) next to the event file and write its name, e.g. src: ./photo.jpg',
    );
    assert.equal(fieldHint('event', 'date', 'en'), EVENT_FIELDS.date.hint);
    assert.equal(fieldHint('event', 'nonsense', 'en'), undefined);
    // Every English hint replaces a hint the tables have, and says something different.
    for (const field of Object.keys(EVENT_FIELDS)) {
      const english = fieldHint('event', field, 'en')!;
      if (english !== EVENT_FIELDS[field as keyof typeof EVENT_FIELDS].hint)
        assert.doesNotMatch(english, /Kamer|foto|Het |De /, field);
    }
  });
});

describe('the hint tables', () => {
  test("a source, image or correction field gets its own table's hint, not the event field of the same name", () => {
    assert.match(fieldHint('source', 'date')!, /when the source was published/);
    assert.match(fieldHint('correction', 'date')!, /day of the correction/);
    assert.match(fieldHint('event', 'date')!, /^write one of these forms/);
    assert.equal(fieldHint('source', 'nonsense'), undefined);
  });

  test('date hints list every accepted date form', () => {
    assert.ok(EVENT_FIELDS.date.hint.includes(DATE_FORMS));
    assert.ok(DATE_FORMS.includes('2020-01-17T14:30+01:00'));
  });

  test('the example image follows the site language', () => {
    assert.equal(exampleImage(), './foto.jpg');
    assert.equal(exampleImage('en'), './photo.jpg');
  });
});
