/**
 * Glue for the search page, where Pagefind's Component UI has no feature of
 * its own: the query, filters and sort order live in the URL (shareable,
 * bookmarkable, back and forward work), and results can be listed oldest
 * first. Everything else (input, facets with counts, results, live
 * announcements) is Pagefind's.
 */
import type { FacetMap } from '../lib/search-facets.ts';

type Filters = Record<string, string[]>;
type Sort = 'relevantie' | 'datum';

interface PagefindApi {
  search(term: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<unknown>;
}

interface Instance {
  searchTerm: string;
  searchFilters: Filters;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  /** Pagefind's search API, once loaded (not a documented field: pinned Pagefind version, covered by the browser tests). */
  __pagefind__?: PagefindApi;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): Instance } };
  }
}

const facets = JSON.parse(document.getElementById('search-facets')?.textContent ?? '{}') as FacetMap;
const sortSelect = document.querySelector<HTMLSelectElement>('[data-search-sort]')!;

interface SearchState {
  term: string;
  filters: Filters;
  sort: Sort;
}

function stateFromUrl(url: URL): SearchState {
  const filters: Filters = {};
  for (const [name, { param, values }] of Object.entries(facets)) {
    const selected = url.searchParams.getAll(param).flatMap((value) => values[value] ?? []);
    if (selected.length) filters[name] = selected;
  }
  return { term: url.searchParams.get('q') ?? '', filters, sort: url.searchParams.get('sorteer') === 'datum' ? 'datum' : 'relevantie' };
}

function urlFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.term) params.set('q', state.term);
  for (const [name, labels] of Object.entries(state.filters)) {
    const facet = facets[name];
    if (!facet) continue;
    const byLabel = new Map(Object.entries(facet.values).map(([value, label]) => [label, value]));
    for (const label of labels) params.append(facet.param, byLabel.get(label) ?? label);
  }
  if (state.sort === 'datum') params.set('sorteer', 'datum');
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

const sameFilters = (a: Filters, b: Filters) => JSON.stringify(a) === JSON.stringify(b);
/** Pagefind keeps and changes the filter object it is given, so ours is always a copy. */
const copy = (filters: Filters): Filters => Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length).map(([name, values]) => [name, [...values]]));

async function start() {
  const components = window.PagefindComponents;
  if (!components) return;
  const instance = components.getInstanceManager().getInstance('default');
  let current = stateFromUrl(new URL(location.href));
  let restoring = false;

  await instance.triggerLoad();
  const api = instance.__pagefind__;
  if (api) {
    const search = api.search.bind(api);
    api.search = (term, options) => search(term, current.sort === 'datum' ? { ...options, sort: { datum: 'asc' } } : options);
  }

  instance.on('search', (term, filters) => {
    if (restoring) return;
    const next: SearchState = { term, filters: copy(filters ?? {}), sort: current.sort };
    const url = urlFromState(next);
    if (url === `${location.pathname}${location.search}`) return;
    // A new filter is a step back can undo; typing refines the current step.
    const method = sameFilters(next.filters, current.filters) ? 'replaceState' : 'pushState';
    history[method](null, '', url);
    current = next;
  });

  const apply = (state: SearchState) => {
    restoring = true;
    current = state;
    sortSelect.value = state.sort;
    instance.triggerSearchWithFilters(state.term, copy(state.filters));
    restoring = false;
  };

  sortSelect.addEventListener('change', () => {
    current = { term: instance.searchTerm ?? '', filters: copy(instance.searchFilters ?? {}), sort: sortSelect.value === 'datum' ? 'datum' : 'relevantie' };
    history.pushState(null, '', urlFromState(current));
    apply(current);
  });
  window.addEventListener('popstate', () => apply(stateFromUrl(new URL(location.href))));
  apply(current);
}

void start();
