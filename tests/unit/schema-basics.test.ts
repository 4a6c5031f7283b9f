/** The schema pieces the content schema and the site settings share (src/lib/schema-basics.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describe as describeValue, required, text } from '../../src/lib/schema-basics.ts';

const messageOf = (value: unknown) => text().safeParse(value).error?.issues[0]?.message;

describe('text()', () => {
  test('trims, and says what is wrong: missing, empty, only spaces, or not text', () => {
    assert.equal(text().parse('  Kop  '), 'Kop');
    assert.equal(messageOf(undefined), 'is missing');
    assert.equal(messageOf(null), 'is empty');
    assert.equal(messageOf('   '), 'is empty');
    assert.equal(messageOf(12), 'must be text, not number 12');
    assert.equal(messageOf(['a']), 'must be text, not a list');
  });
});

describe('required()', () => {
  test('says whether a required value is missing, empty, or of the wrong kind, naming the kind wanted', () => {
    const message = required('a web address');
    assert.equal(message({ input: undefined }), 'is missing');
    assert.equal(message({ input: null }), 'is empty');
    assert.equal(message({ input: 3 }), 'must be a web address, not number 3');
  });
});

describe('describe()', () => {
  test('names a value as an editor would recognise it', () => {
    assert.equal(describeValue(null), 'empty');
    assert.equal(describeValue([1]), 'a list');
    assert.equal(describeValue({ a: 1 }), 'a group of fields');
    assert.equal(describeValue('ja'), 'text "ja"');
    assert.equal(describeValue(true), 'boolean true');
  });
});
