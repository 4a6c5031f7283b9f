/**
 * The search index's names, in one place: what the event pages write for
 * Pagefind (src/components/SearchTags.astro) and what the search page's
 * script asks it for and keeps in the address (src/scripts/search/state.ts). No
 * dependencies, so the browser script can import it.
 */

/** The sort key and the result metadata fields Pagefind indexes. */
export const INDEX_FIELDS = {
  /** Sort key (the timeline's order) and result metadata (the date label). */
  date: 'datum',
  /** Result metadata: the organisations' names. */
  organisations: 'organisaties',
} as const;

/**
 * The search page's address: `/zoeken/?q=zutphen&sorteer=datum`; `letterlijk=1`
 * searches the words as typed, without showing a spelling correction's results instead.
 */
export const SEARCH_PARAMS = { query: 'q', sort: 'sorteer', literal: 'letterlijk' } as const;

/** The two orders of results; `date` is also the value of SEARCH_PARAMS.sort. */
export const SEARCH_SORTS = { relevance: 'relevantie', date: 'datum' } as const;
export type SearchSort = (typeof SEARCH_SORTS)[keyof typeof SEARCH_SORTS];
