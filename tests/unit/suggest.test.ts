import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { closestId, toSlug } from '../../src/lib/suggest.ts';

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

describe('toSlug', () => {
  test('accents stripped, spaces and punctuation become single hyphens', () => {
    assert.equal(toSlug('Ziekenhuis Leeuwarden sluit dataverkeer af!'), 'ziekenhuis-leeuwarden-sluit-dataverkeer-af');
    assert.equal(toSlug('Café  Überlingen — Ærø'), 'cafe-uberlingen-aero');
    assert.equal(toSlug('Straße'), 'strasse');
  });

  test('nothing usable gives an empty id', () => {
    assert.equal(toSlug('!!!'), '');
  });

  test('a maximum length cuts at a hyphen, never inside a word', () => {
    assert.equal(toSlug('Tweede Kamer stopt tijdelijk met thuiswerken', 20), 'tweede-kamer-stopt');
    assert.equal(toSlug('Donaudampfschifffahrtsgesellschaft', 10), 'donaudampf');
  });
});
