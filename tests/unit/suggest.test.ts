import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { closestId } from '../../src/lib/suggest.ts';

describe('closestId', () => {
  const known = ['tweede-kamer', 'gemeente-zutphen', 'umcg'];

  test('a typo finds the id it was meant to be, capitals ignored', () => {
    assert.equal(closestId('tweede-kamr', known), 'tweede-kamer');
    assert.equal(closestId('UMCG', known), 'umcg');
  });

  test('something unlike every id suggests nothing', () => {
    assert.equal(closestId('rijkswaterstaat', known), undefined);
    assert.equal(closestId('x', []), undefined);
  });
});
