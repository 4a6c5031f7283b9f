/**
 * "Bedoelde je: Zutphen?": when a query finds nothing, or only a few results
 * where a near spelling finds clearly more, the nearest words the timeline
 * holds (src/lib/search-correction.ts). The vocabulary (`vocabulary.json`
 * beside the index) and this module load only then (src/scripts/search/index.ts). A clear correction of a query that
 * found nothing is searched at once; otherwise the corrections are offered.
 */
import {
  correctionAction,
  correctQuery,
  readVocabulary,
  typedWordNotFound,
  type Vocabulary,
  type VocabularyFile,
} from '../../lib/search-correction.ts';
import type { SearchResponse } from './pagefind.ts';

export type Correction =
  { kind: 'show'; query: string; response: SearchResponse } | { kind: 'offer'; queries: string[] };

let vocabulary: Promise<Vocabulary | undefined> | undefined;

/** The vocabulary, fetched once; none if the site has none (search still works, without corrections). */
function loadVocabulary(bundle: string): Promise<Vocabulary | undefined> {
  vocabulary ??= fetch(`${bundle}vocabulary.json`)
    .then((response) => (response.ok ? (response.json() as Promise<VocabularyFile>) : undefined))
    .then((file) => (file ? readVocabulary(file) : undefined))
    .catch(() => undefined);
  return vocabulary;
}

/**
 * The correction for `term`, which found `typed.count` results, the first of
 * them with the words `typed.marked` in its excerpt; `run` searches another query
 * with the same filters. `literal`: never show a correction's results in place
 * of the words typed, only offer it.
 */
export async function findCorrection(
  bundle: string,
  term: string,
  typed: { count: number; marked: readonly string[] },
  literal: boolean,
  run: (query: string) => Promise<SearchResponse | null>,
): Promise<Correction | undefined> {
  const severalWords = /\s/.test(term.trim());
  const words = await loadVocabulary(bundle);
  const correction = words && correctQuery(term, words);
  if (!correction) return undefined;
  let found = typed.count;
  if (!severalWords) {
    // Results for words that only begin alike ("Haarlem" for "Haarlemermeer") are not results for the word typed.
    if (typedWordNotFound(term, typed.marked, correction.options[0]!.changed[0]!)) found = 0;
  } else {
    // Pagefind leaves out a word it cannot find and answers for the others:
    // what a wrong word found is what it finds alone.
    for (const word of correction.wrong) {
      const alone = await run(word);
      if (!alone) return undefined;
      found = Math.min(found, alone.results.length);
    }
  }
  const offered: string[] = [];
  for (const [index, option] of correction.options.entries()) {
    const response = await run(option.query);
    if (!response) return undefined;
    const action = correctionAction(found, response.results.length, index === 0 && correction.clear && !literal);
    if (action === 'show') return { kind: 'show', query: option.query, response };
    if (action === 'offer') offered.push(option.query);
  }
  return offered.length ? { kind: 'offer', queries: offered } : undefined;
}

/** `template` with `{name}` replaced by the given text or nodes. */
export function fillTemplate(template: string, parts: Record<string, string | Node | Node[]>): Node[] {
  return template.split(/(\{\w+\})/).flatMap((piece) => {
    const part = /^\{(\w+)\}$/.exec(piece) ? parts[piece.slice(1, -1)] : undefined;
    if (part === undefined) return piece ? [document.createTextNode(piece)] : [];
    if (typeof part === 'string') return [document.createTextNode(part)];
    return Array.isArray(part) ? part : [part];
  });
}

/** Links joined as "a, b of c". */
export function joinLinks(links: HTMLAnchorElement[], or: string): Node[] {
  return links.flatMap((link, index) => {
    if (index === 0) return [link];
    const separator = index === links.length - 1 ? ` ${or} ` : ', ';
    return [document.createTextNode(separator), link];
  });
}
