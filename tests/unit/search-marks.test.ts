import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markedWords } from '../../src/lib/search-marks.ts';

test("the words in Pagefind's marks, as written, in order, without the punctuation marked with them", () => {
  assert.deepEqual(markedWords('GGD <mark>Haarlem</mark> test. De <mark>Súdwest</mark>-kant'), ['Haarlem', 'Súdwest']);
  assert.deepEqual(markedWords('<mark>„We</mark> sluiten in <mark>Zutphen.</mark>'), ['We', 'Zutphen']);
  assert.deepEqual(markedWords('no marks here'), []);
  assert.deepEqual(markedWords('<mark>…</mark> leeg'), []);
});
