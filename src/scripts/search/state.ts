/**
 * What a search is (query, filters, sort order, whether to take the words
 * literally) and how it is written in the page's address:
 * `/zoeken/?q=zutphen&sector=zorg&sorteer=datum`.
 */
import type { FacetMap } from '../../lib/search-facets.ts';
import { SEARCH_PARAMS, SEARCH_SORTS, type SearchSort } from '../../lib/search-fields.ts';
import type { Filters } from './pagefind.ts';

export interface SearchState {
  term: string;
  /** Filter name → the ticked values' labels (the values in the index). */
  filters: Filters;
  sort: SearchSort;
  /** The words as typed, even when they find nothing and a correction would (the link back from a correction). */
  literal: boolean;
}

export const readSort = (value: string | null): SearchSort =>
  value === SEARCH_SORTS.date ? SEARCH_SORTS.date : SEARCH_SORTS.relevance;

export function stateFromUrl(url: URL, facets: FacetMap): SearchState {
  const filters: Filters = {};
  for (const [name, { param, values }] of Object.entries(facets)) {
    const selected = url.searchParams.getAll(param).flatMap((value) => values[value] ?? []);
    if (selected.length) filters[name] = selected;
  }
  return {
    term: url.searchParams.get(SEARCH_PARAMS.query) ?? '',
    filters,
    sort: readSort(url.searchParams.get(SEARCH_PARAMS.sort)),
    literal: url.searchParams.has(SEARCH_PARAMS.literal),
  };
}

/** The address of `state` on the page at `pathname`. */
export function urlFromState(state: SearchState, facets: FacetMap, pathname: string): string {
  const params = new URLSearchParams();
  if (state.term) params.set(SEARCH_PARAMS.query, state.term);
  for (const [name, labels] of Object.entries(state.filters)) {
    const facet = facets[name];
    if (!facet) continue;
    const byLabel = new Map(Object.entries(facet.values).map(([value, label]) => [label, value]));
    for (const label of labels) params.append(facet.param, byLabel.get(label) ?? label);
  }
  if (state.sort === SEARCH_SORTS.date) params.set(SEARCH_PARAMS.sort, SEARCH_SORTS.date);
  if (state.term && state.literal) params.set(SEARCH_PARAMS.literal, '1');
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}

export const isListing = (state: SearchState): boolean => !state.term && Object.keys(state.filters).length === 0;
