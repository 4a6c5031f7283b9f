/**
 * The words Pagefind marks in a result's excerpt as matching the query
 * (`<mark>…</mark>`, punctuation included: "„We", "Zutphen."): which words
 * of the index a query found. Its own module, without the distance library,
 * for the search page's first script.
 */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((match) =>
    match[1]!.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean),
  );
}
