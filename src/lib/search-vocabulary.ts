/**
 * The search page's vocabulary: every word the search index holds, written
 * beside it (`<outDir>/pagefind/vocabulary.json`) when the site is built, so
 * the page can offer the nearest word a reader meant ("Bedoelde je: Zutphen?",
 * src/lib/search-correction.ts). Read from the index's own fragments (one per
 * event: its text, title, organisations' names and filter values), so it
 * holds what search can find (words of the text), in the site's language.
 *
 * Each word gets a weight: the events holding it, counted 4 where it is in an
 * organisation's name, 2 in a filter value (tag, sector, month) or the title,
 * 1 in the text only. Words of organisations' names and filter values are
 * names, which a correction prefers; a word only there (a tag the text never
 * uses) is left out, as Pagefind does not search filter values. The file stays within a budget
 * compressed (gzip and brotli): the lightest words go first.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { foldWord, isCorrectable, wordsOf, type VocabularyFile } from './search-correction.ts';
import { INDEX_FIELDS } from './search-fields.ts';

/** The file's name in the index folder (`pagefind/`). */
export const VOCABULARY_FILE = 'vocabulary.json';

/** Largest compressed size (the larger of gzip and brotli) the file may have. */
export const VOCABULARY_BUDGET_BYTES = 38 * 1024;

const WEIGHT = { organisation: 4, filter: 2, title: 2, text: 1 } as const;

/** What the vocabulary needs of one of Pagefind's fragments (a page's record in the index). */
export interface IndexedPage {
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

interface Tally {
  weight: number;
  name: boolean;
  /** How often each spelling was seen (case and diacritics), to write the most usual one. */
  forms: Map<string, number>;
}

/** Weighs the words of `pages` (see above) into a vocabulary file, heaviest first, names before words. */
export function vocabularyOf(pages: Iterable<IndexedPage>, language: string): VocabularyFile {
  const tallies = new Map<string, Tally>();
  for (const page of pages) {
    // Per event, each word counts once, at the weight of the heaviest place it is in.
    const seen = new Map<string, { weight: number; name: boolean; form: string }>();
    // Only words of the text (the title is in it) are searchable: names and filter values weigh
    // the words they share with it, and never add one search would not find.
    const add = (text: string | undefined, weight: number, name: boolean) => {
      for (const form of wordsOf(text ?? '')) {
        const folded = foldWord(form);
        if (!isCorrectable(folded)) continue;
        const before = seen.get(folded);
        if (!before && name) continue;
        if (!before || before.weight < weight) seen.set(folded, { weight, name: name || !!before?.name, form });
        else if (name) before.name = true;
      }
    };
    add(page.content, WEIGHT.text, false);
    add(page.meta.title, WEIGHT.title, false);
    add(page.meta[INDEX_FIELDS.organisations], WEIGHT.organisation, true);
    for (const values of Object.values(page.filters)) for (const value of values) add(value, WEIGHT.filter, true);
    for (const [folded, { weight, name, form }] of seen) {
      const tally = tallies.get(folded) ?? { weight: 0, name: false, forms: new Map<string, number>() };
      tally.weight += weight;
      tally.name ||= name;
      tally.forms.set(form, (tally.forms.get(form) ?? 0) + 1);
      tallies.set(folded, tally);
    }
  }
  const entries = [...tallies.values()].map((tally): [string, number, boolean] => [
    [...tally.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0],
    tally.weight,
    tally.name,
  ]);
  entries.sort((a, b) => Number(b[2]) - Number(a[2]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return {
    version: 1,
    language,
    names: entries.filter(([, , name]) => name).map(([form, weight]) => [form, weight]),
    words: entries.filter(([, , name]) => !name).map(([form, weight]) => [form, weight]),
  };
}

/** The file's size raw and compressed, in bytes. */
export function vocabularySizes(text: string): { raw: number; gzip: number; brotli: number } {
  const bytes = Buffer.from(text);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}

const serialise = (file: VocabularyFile) => JSON.stringify(file);

/**
 * The file within `budget` bytes compressed: names first, then words, the
 * lightest dropped first (found by halving the number kept).
 */
export function withinBudget(file: VocabularyFile, budget = VOCABULARY_BUDGET_BYTES): VocabularyFile {
  const fits = (candidate: VocabularyFile) => {
    const { gzip, brotli } = vocabularySizes(serialise(candidate));
    return Math.max(gzip, brotli) <= budget;
  };
  if (fits(file)) return file;
  const all = [
    ...file.names.map((entry) => ({ entry, name: true })),
    ...file.words.map((entry) => ({ entry, name: false })),
  ];
  const keep = (count: number): VocabularyFile => {
    const kept = all.slice(0, count);
    return {
      ...file,
      names: kept.filter(({ name }) => name).map(({ entry }) => entry),
      words: kept.filter(({ name }) => !name).map(({ entry }) => entry),
    };
  };
  let low = 0;
  let high = all.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(keep(middle))) low = middle;
    else high = middle - 1;
  }
  return keep(low);
}

/** Pagefind writes each fragment gzipped, after a signature of its own. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

export function readFragment(bytes: Buffer): IndexedPage {
  let text = gunzipSync(bytes).toString('utf8');
  if (text.startsWith(FRAGMENT_SIGNATURE)) text = text.slice(FRAGMENT_SIGNATURE.length);
  const page = JSON.parse(text) as Partial<IndexedPage>;
  return { content: page.content ?? '', meta: page.meta ?? {}, filters: page.filters ?? {} };
}

export interface SearchVocabularyResult {
  words: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Writes `<indexDir>/vocabulary.json` from the index's fragments; `indexDir` is Pagefind's output folder. */
export function writeSearchVocabulary(indexDir: string, language: string): SearchVocabularyResult {
  const fragmentDir = join(indexDir, 'fragment');
  function* pages(): Generator<IndexedPage> {
    for (const name of readdirSync(fragmentDir)) {
      if (name.endsWith('.pf_fragment')) yield readFragment(readFileSync(join(fragmentDir, name)));
    }
  }
  const file = withinBudget(vocabularyOf(pages(), language));
  const text = serialise(file);
  writeFileSync(join(indexDir, VOCABULARY_FILE), text);
  return { words: file.names.length + file.words.length, ...vocabularySizes(text) };
}
