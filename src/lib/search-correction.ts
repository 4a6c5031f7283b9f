/**
 * Spelling corrections for the search page: which words of a query the
 * timeline does not contain, and the nearest words it does contain. Used by
 * the page's script in the browser (src/scripts/search/corrections.ts) and,
 * for its word rules, when the vocabulary is built (search-vocabulary.ts).
 * Case and diacritics never count as errors: words are compared folded
 * ("Súdwest-Fryslân" and "sudwest-fryslan" are the same). The distance is
 * Levenshtein's, from `fastest-levenshtein`.
 */
import { distance } from 'fastest-levenshtein';

/** Shorter words are neither corrected nor kept in the vocabulary: at three letters nearly everything is near. */
export const MIN_WORD_LENGTH = 4;

/** A word as it is compared: lower case, without diacritics (é, ë, ï, ô, â …). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** The words of a text as Pagefind separates them: runs of letters and digits. */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
}

/** A word worth keeping and correcting: long enough, and letters only (no years, no codes). */
export function isCorrectable(word: string): boolean {
  return word.length >= MIN_WORD_LENGTH && /^[\p{L}\p{M}]+$/u.test(word);
}

/**
 * The vocabulary file the build writes beside the index (search-vocabulary.ts):
 * each word in the form the timeline writes it most, with its weight (how
 * many events hold it, more where it is in a name or title). Names are words
 * of organisations' names and of tags; they go before other words.
 */
export interface VocabularyFile {
  version: 1;
  language: string;
  names: Array<[form: string, weight: number]>;
  words: Array<[form: string, weight: number]>;
}

export interface VocabularyEntry {
  form: string;
  weight: number;
  name: boolean;
}

/** Folded word → entry. */
export type Vocabulary = Map<string, VocabularyEntry>;

export function readVocabulary(file: VocabularyFile): Vocabulary {
  const vocabulary: Vocabulary = new Map();
  for (const [form, weight] of file.names) vocabulary.set(foldWord(form), { form, weight, name: true });
  for (const [form, weight] of file.words) {
    const folded = foldWord(form);
    if (!vocabulary.has(folded)) vocabulary.set(folded, { form, weight, name: false });
  }
  return vocabulary;
}

/** Edits allowed for a word of `length` letters: 1 up to 5 letters, 2 up to 9, then 3. */
export function tolerance(length: number): number {
  return length <= 5 ? 1 : length <= 9 ? 2 : 3;
}

export interface Candidate extends VocabularyEntry {
  distance: number;
}

/** Better first: fewer edits, then names, then the heavier word. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return a.distance - b.distance || Number(b.name) - Number(a.name) || b.weight - a.weight;
}

/** The vocabulary's words nearest `word` within its tolerance, best first; none for a word the vocabulary holds. */
export function nearestWords(word: string, vocabulary: Vocabulary, limit = 3): Candidate[] {
  const folded = foldWord(word);
  if (!isCorrectable(folded) || vocabulary.has(folded)) return [];
  const allowed = tolerance(folded.length);
  const found: Candidate[] = [];
  for (const [known, entry] of vocabulary) {
    if (Math.abs(known.length - folded.length) > allowed) continue;
    const edits = distance(folded, known);
    if (edits <= allowed) found.push({ ...entry, distance: edits });
  }
  return found.sort(compareCandidates).slice(0, limit);
}

/**
 * One candidate is clearly the word meant: it is the only one, or it needs
 * fewer edits than the next, or as many but it is a name and the next is not,
 * or it is at least ten times as common.
 */
export function isClearWinner(candidates: readonly Candidate[]): boolean {
  const [best, next] = candidates;
  if (!best) return false;
  if (!next) return true;
  if (best.distance < next.distance) return true;
  if (best.name && !next.name) return true;
  return best.name === next.name && best.weight >= 10 * next.weight;
}

/** `word` is the start of a longer word the vocabulary holds. */
export function startsAWord(word: string, vocabulary: Vocabulary): boolean {
  const folded = foldWord(word);
  for (const known of vocabulary.keys()) if (known.length > folded.length && known.startsWith(folded)) return true;
  return false;
}

/**
 * Pagefind answers a word it does not hold with words that only begin alike:
 * a shorter start it holds ("Haarlemermeer" finds "Haarlem") or words with
 * the same first letters ("Apeldorn" finds "apps"). The word typed was not
 * found when no word marked (search-marks.ts) begins with it and none is the
 * correction. Where Pagefind marks the correction itself, its stemming found
 * the word ("universities" marks "University", "gemeenten" marks "gemeente"),
 * and correcting it would only undo that.
 */
export function typedWordNotFound(typed: string, marked: readonly string[], correction: string): boolean {
  const word = foldWord(typed);
  const corrected = foldWord(correction);
  return (
    marked.length > 0 &&
    marked.every((mark) => {
      const folded = foldWord(mark);
      return !folded.startsWith(word) && folded !== corrected;
    })
  );
}

/** A query with its wrong words replaced: `query` to search for, `changed` to show which words changed. */
export interface CorrectedQuery {
  query: string;
  /** The replaced words, in the form the timeline writes them. */
  changed: string[];
}

export interface QueryCorrection {
  /** Alternatives, best first; each changes only the words the timeline does not hold. */
  options: CorrectedQuery[];
  /** The first option is clearly what was meant (every wrong word has a clear winner); then it is the only one. */
  clear: boolean;
  /** The words as typed that the timeline does not hold. */
  wrong: string[];
}

/**
 * Corrections of `query`: the words the vocabulary does not hold, replaced by
 * their nearest words; the other words stay as typed. Undefined when every
 * word is known (or too short to judge) or a wrong word has nothing near.
 * The first option replaces each wrong word by its best candidate; further
 * options vary the first wrong word.
 */
export function correctQuery(query: string, vocabulary: Vocabulary, limit = 3): QueryCorrection | undefined {
  const tokens = query.trim().split(/\s+/).filter(Boolean);
  const nearest = tokens.map((token, index) => {
    const words = wordsOf(token);
    if (words.length !== 1) return [];
    // The last word may be still being typed: the start of a word the timeline holds is not wrong.
    if (index === tokens.length - 1 && startsAWord(words[0]!, vocabulary)) return [];
    return nearestWords(words[0]!, vocabulary, limit);
  });
  const wrong = nearest.flatMap((candidates, index) => (candidates.length ? [index] : []));
  if (wrong.length === 0) return undefined;
  const build = (firstChoice: Candidate): CorrectedQuery => {
    const changed: string[] = [];
    const words = tokens.map((token, index) => {
      const candidates = nearest[index]!;
      if (!candidates.length) return token;
      const chosen = index === wrong[0] ? firstChoice : candidates[0]!;
      changed.push(chosen.form);
      return token.replace(wordsOf(token)[0]!, chosen.form);
    });
    return { query: words.join(' '), changed };
  };
  const clear = wrong.every((index) => isClearWinner(nearest[index]!));
  // A clear winner is the only option worth offering.
  const firstChoices = clear ? nearest[wrong[0]!]!.slice(0, 1) : nearest[wrong[0]!]!;
  return {
    options: firstChoices.map(build),
    clear,
    wrong: wrong.map((index) => tokens[index]!),
  };
}

/**
 * What the page does with a correction, given how many results the words as
 * typed found and how many the correction finds: `show` its results at once
 * (nothing found as typed, and the correction is clear), `offer` it as a
 * link (it finds clearly more: at least three times as many, and three more),
 * or nothing.
 */
export function correctionAction(
  typedCount: number,
  correctedCount: number,
  clear: boolean,
): 'show' | 'offer' | 'none' {
  if (correctedCount === 0) return 'none';
  if (typedCount === 0) return clear ? 'show' : 'offer';
  return correctedCount >= 3 * typedCount && correctedCount >= typedCount + 3 ? 'offer' : 'none';
}
