import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageName } from '../../src/lib/languages.ts';

test("a source's language is named in the reader's language", () => {
  assert.equal(languageName('nl', 'en-GB'), 'Dutch');
  assert.equal(languageName('en', 'nl-NL'), 'Engels');
  assert.equal(languageName('fy', 'nl-NL'), 'Fries');
});

test('a code Intl cannot read is shown as written, not an error', () => {
  assert.equal(languageName('not a code', 'nl-NL'), 'not a code');
});
