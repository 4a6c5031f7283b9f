import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readVocabulary, type VocabularyFile } from '../../src/lib/search-correction.ts';
import {
  readFragment,
  vocabularyOf,
  vocabularySizes,
  withinBudget,
  writeSearchVocabulary,
  type IndexedPage,
} from '../../src/lib/search-vocabulary.ts';
import { tempDir } from '../support/build.ts';

const pages: IndexedPage[] = [
  {
    content: 'Gemeente Zutphen sluit Citrix af. De gemeente zegt dat het lek ernstig is.',
    meta: { title: 'Gemeente Zutphen sluit Citrix af', organisaties: 'Gemeente Zutphen' },
    filters: { Onderwerp: ['Citrix', 'Afsluiting'], Maand: ['januari 2020'] },
  },
  {
    content: 'De gemeente sluit de servers. Patiënten merken niets in Súdwest-Fryslân.',
    meta: { title: 'Servers dicht' },
    filters: { Maand: ['januari 2020'] },
  },
];

describe('vocabularyOf', () => {
  const file = vocabularyOf(pages, 'nl');
  const all = new Map([...file.names, ...file.words]);

  test('names of organisations and filter values are names, and come first', () => {
    assert.ok(file.names.some(([form]) => form === 'Zutphen'));
    assert.ok(file.names.some(([form]) => form === 'Citrix'));
    assert.ok(!file.names.some(([form]) => form.toLowerCase() === 'servers'));
    assert.ok(file.words.some(([form]) => form.toLowerCase() === 'servers'));
  });

  test('a word weighs more in a name or title than in the text, counted once per event', () => {
    // Zutphen: organisation (4) in one event; servers: title (2) in one event.
    assert.equal(all.get('Zutphen'), 4);
    assert.equal(all.get('Servers') ?? all.get('servers'), 2);
    // gemeente: organisation name in the first event (4), text in the second (1).
    assert.equal(all.get('Gemeente') ?? all.get('gemeente'), 5);
  });

  test('a filter value the text never uses is left out: search would not find it', () => {
    assert.equal(all.has('Afsluiting'), false);
  });

  test('short words and numbers are left out; diacritics are kept in the written form', () => {
    assert.equal(all.has('het'), false);
    assert.equal(all.has('2020'), false);
    assert.ok(all.has('Patiënten'));
    assert.ok(readVocabulary(file).has('sudwest'));
  });
});

describe('withinBudget', () => {
  test('a vocabulary over the budget keeps its heaviest words, names first', () => {
    const big: VocabularyFile = {
      version: 1,
      language: 'nl',
      names: [['Zutphen', 1]],
      words: Array.from({ length: 5000 }, (_, i) => [`woord${i.toString(36)}x${(i * 7919).toString(36)}`, 5000 - i]),
    };
    const kept = withinBudget(big, 4096);
    const sizes = vocabularySizes(JSON.stringify(kept));
    assert.ok(Math.max(sizes.gzip, sizes.brotli) <= 4096, JSON.stringify(sizes));
    assert.deepEqual(kept.names, [['Zutphen', 1]]);
    assert.ok(kept.words.length > 100 && kept.words.length < 5000);
    assert.deepEqual(kept.words[0], big.words[0]);
  });
});

describe('writeSearchVocabulary', () => {
  test('reads Pagefind fragments and writes vocabulary.json beside them', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'fragment'));
    pages.forEach((page, i) =>
      writeFileSync(
        join(dir, 'fragment', `nl_${i}.pf_fragment`),
        gzipSync(`pagefind_dcd${JSON.stringify({ url: `/e${i}/`, ...page })}`),
      ),
    );
    assert.deepEqual(readFragment(readFileSync(join(dir, 'fragment', 'nl_0.pf_fragment'))).meta, pages[0]!.meta);
    const result = writeSearchVocabulary(dir, 'nl');
    const written = JSON.parse(readFileSync(join(dir, 'vocabulary.json'), 'utf8')) as VocabularyFile;
    assert.equal(written.language, 'nl');
    assert.equal(result.words, written.names.length + written.words.length);
    assert.ok(written.names.some(([form]) => form === 'Zutphen'));
  });
});
