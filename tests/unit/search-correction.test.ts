import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  correctionAction,
  correctQuery,
  foldWord,
  isClearWinner,
  nearestWords,
  readVocabulary,
  typedWordNotFound,
} from '../../src/lib/search-correction.ts';

const vocabulary = readVocabulary({
  version: 1,
  language: 'nl',
  names: [
    ['Zutphen', 40],
    ['Leeuwarden', 30],
    ['Súdwest', 10],
    ['Citrix', 90],
  ],
  words: [
    ['gemeente', 200],
    ['zetten', 12],
    ['universiteit', 50],
    ['ziekenhuis', 60],
  ],
});

describe('foldWord', () => {
  test('case and diacritics are not differences', () => {
    assert.equal(foldWord('Súdwest'), 'sudwest');
    assert.equal(foldWord('Patiënten'), 'patienten');
  });
});

describe('nearestWords', () => {
  test('misspellings find the word meant, the name before a word as near', () => {
    assert.equal(nearestWords('Zutfen', vocabulary)[0]?.form, 'Zutphen');
    assert.equal(nearestWords('Leewarden', vocabulary)[0]?.form, 'Leeuwarden');
    assert.equal(nearestWords('ziekenhuys', vocabulary)[0]?.form, 'ziekenhuis');
    assert.equal(nearestWords('unversiteit', vocabulary)[0]?.form, 'universiteit');
    assert.equal(nearestWords('citirx', vocabulary)[0]?.form, 'Citrix');
  });

  test('a word the timeline holds, in any case or with or without accents, is never corrected', () => {
    assert.deepEqual(nearestWords('zutphen', vocabulary), []);
    assert.deepEqual(nearestWords('SUDWEST', vocabulary), []);
    assert.deepEqual(nearestWords('Sudwést', vocabulary), []);
  });

  test('nonsense and short words find nothing', () => {
    assert.deepEqual(nearestWords('xqzwvplonk', vocabulary), []);
    assert.deepEqual(nearestWords('zut', vocabulary), []);
  });
});

describe('isClearWinner', () => {
  test('a name beats an ordinary word at the same distance; two near names are not clear', () => {
    assert.equal(isClearWinner(nearestWords('Zutfen', vocabulary)), true);
    const two = readVocabulary({
      version: 1,
      language: 'nl',
      names: [
        ['Breda', 5],
        ['Brede', 5],
      ],
      words: [],
    });
    assert.equal(isClearWinner(nearestWords('Bredx', two)), false);
  });
});

describe('correctQuery', () => {
  test('only the wrong word of several is replaced', () => {
    const correction = correctQuery('gemeente Zutfen', vocabulary);
    assert.deepEqual(correction?.options[0], { query: 'gemeente Zutphen', changed: ['Zutphen'] });
    assert.deepEqual(correction?.wrong, ['Zutfen']);
    assert.equal(correction?.clear, true);
  });

  test('a query of known words, or a last word still being typed, has no correction', () => {
    assert.equal(correctQuery('gemeente Zutphen', vocabulary), undefined);
    assert.equal(correctQuery('gemeente univers', vocabulary), undefined);
    assert.equal(correctQuery('xqzwvplonk', vocabulary), undefined);
  });
});

describe('correctionAction', () => {
  test('nothing found: a clear correction is shown, another offered', () => {
    assert.equal(correctionAction(0, 5, true), 'show');
    assert.equal(correctionAction(0, 5, false), 'offer');
  });
  test('a few found: offered only where the correction finds clearly more', () => {
    assert.equal(correctionAction(2, 20, true), 'offer');
    assert.equal(correctionAction(3, 4, true), 'none');
    assert.equal(correctionAction(0, 0, true), 'none');
  });
});

describe('typedWordNotFound', () => {
  test('only a shorter start of the word, or words that begin alike, were found', () => {
    assert.equal(typedWordNotFound('Haarlemermeer', ['Haarlem', 'haarlem'], 'Haarlemmermeer'), true);
    assert.equal(typedWordNotFound('HAARLÉMERMEER', ['Haarlem'], 'Haarlemmermeer'), true);
    assert.equal(typedWordNotFound('Apeldorn', ['apps', 'Apps'], 'Apeldoorn'), true);
  });
  test("the correction is marked: Pagefind's stemming found the word, whatever its ending", () => {
    assert.equal(typedWordNotFound('gemeenten', ['Gemeente'], 'gemeente'), false);
    assert.equal(typedWordNotFound('universiteiten', ['Universiteit'], 'universiteit'), false);
    assert.equal(typedWordNotFound('universities', ['University', 'university'], 'University'), false);
    assert.equal(typedWordNotFound('Zutphn', ['Zutphen'], 'Zutphen'), false);
  });
  test('the word itself, a longer word, or no marks: nothing says it was not found', () => {
    assert.equal(typedWordNotFound('Haarlem', ['Haarlem'], 'Haarlemmermeer'), false);
    assert.equal(typedWordNotFound('gemeent', ['gemeente'], 'gemeente'), false);
    assert.equal(typedWordNotFound('Haarlemermeer', ['Haarlem', 'Haarlemermeer'], 'Haarlemmermeer'), false);
    assert.equal(typedWordNotFound('sudwest', ['Súdwest'], 'Súdwest'), false);
    assert.equal(typedWordNotFound('Haarlemermeer', [], 'Haarlemmermeer'), false);
  });
});
