import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toSlug } from '../../src/lib/slug.ts';

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
