/**
 * Glue for the search page, where Pagefind's Component UI has no feature of
 * its own: the query, filters and sort order live in the URL (shareable,
 * bookmarkable, back and forward work), and results can be listed oldest
 * first. Everything else (input, facets with counts, results, live
 * announcements) is Pagefind's.
 *
 * Three more things keep the page fast with thousands of events (README,
 * "Performance and quality"):
 * - results are shown a page at a time (`max-results` on `<pagefind-results>`
 *   and a "more" button): Pagefind draws a placeholder per result, and with
 *   10,000 of them the page spent seconds on each search;
 * - a search overtaken by a newer one before it started is dropped, not
 *   queued: Pagefind's worker runs searches one after another, so the last
 *   keystroke's search would otherwise wait for every earlier one;
 * - the placeholders' shimmer animation is off (global.css).
 */
import type { FacetMap } from '../lib/search-facets.ts';

type Filters = Record<string, string[]>;
type Sort = 'relevantie' | 'datum';
type SearchOptions = { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> };

interface SearchResponse {
  results: unknown[];
}

interface PagefindApi {
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | undefined>;
}

interface Instance {
  searchTerm: string;
  searchFilters: Filters;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  on(event: 'loading', callback: () => void): void;
  on(event: 'results', callback: (response: SearchResponse) => void): void;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  announce(key: string, data?: Record<string, unknown>, priority?: string): void;
  // Not documented (pinned Pagefind version; the browser tests cover them):
  /** Pagefind's search API, once loaded. */
  __pagefind__?: PagefindApi;
  /** The newest search's whole response. */
  searchResult?: SearchResponse;
  /** Hands a response to the instance's components, as a finished search does. */
  __dispatch__(event: 'results', response: SearchResponse): void;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): Instance } };
  }
}

const facets = JSON.parse(document.getElementById('search-facets')?.textContent ?? '{}') as FacetMap;
const sortSelect = document.querySelector<HTMLSelectElement>('[data-search-sort]')!;
const resultList = document.querySelector('pagefind-results')!;
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
/** Results shown after a search, and added by each press of the "more" button. */
const pageSize = Number(resultList.getAttribute('max-results')) || 50;

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

/** Runs one search at a time; of the searches that arrive meanwhile only the newest runs next. */
function newestOnly(search: PagefindApi['search']): PagefindApi['search'] {
  let running = false;
  let waiting: { term: string | null; options: SearchOptions | undefined; settle(response: Promise<SearchResponse | undefined>): void } | undefined;
  const run = async (term: string | null, options?: SearchOptions) => {
    running = true;
    try {
      return await search(term, options);
    } finally {
      running = false;
      const next = waiting;
      waiting = undefined;
      next?.settle(run(next.term, next.options));
    }
  };
  return (term, options) => {
    if (!running) return run(term, options);
    // Overtaken before it started: it resolves to nothing, and the Component UI, which
    // keeps only its newest search's response, ignores it.
    waiting?.settle(Promise.resolve(undefined));
    return new Promise((resolve, reject) => {
      waiting = { term, options, settle: (response) => response.then(resolve, reject) };
    });
  };
}

async function start() {
  const components = window.PagefindComponents;
  if (!components) return;
  const instance = components.getInstanceManager().getInstance('default');
  let current = stateFromUrl(new URL(location.href));
  let restoring = false;

  await instance.triggerLoad();
  const api = instance.__pagefind__;
  if (api) {
    const search = newestOnly(api.search.bind(api));
    api.search = (term, options) => search(term, current.sort === 'datum' ? { ...options, sort: { datum: 'asc' } } : options);
  }

  // Results a page at a time. Pagefind announces the number it shows; announce the number found.
  let shown = pageSize;
  let quiet = false;
  const announce = instance.announce.bind(instance);
  instance.announce = (key, data, priority) => {
    if (quiet) return;
    const total = instance.searchResult?.results.length;
    announce(key, /results?$/.test(key) && data && 'COUNT' in data && total !== undefined ? { ...data, COUNT: total } : data, priority);
  };
  const showResults = (count: number) => {
    shown = count;
    resultList.setAttribute('max-results', String(count));
  };
  instance.on('search', () => {
    if (shown !== pageSize) showResults(pageSize);
  });
  instance.on('loading', () => {
    moreButton.hidden = true;
  });
  instance.on('results', (response) => {
    moreButton.hidden = response.results.length <= shown;
  });
  moreButton.addEventListener('click', () => {
    const response = instance.searchResult;
    if (!response) return;
    const first = shown;
    showResults(shown + pageSize);
    quiet = true;
    instance.__dispatch__('results', response);
    quiet = false;
    // Keyboard and screen reader users continue at the first new result. Pagefind drew every
    // result again as a placeholder (shorter than a result), so bring it into view: Pagefind
    // loads a result when it scrolls into view; focus it once it has.
    resultList.querySelectorAll(':scope > ul > li')[first]?.scrollIntoView({ block: 'center' });
    const started = performance.now();
    const focusFirstNew = () => {
      const link = resultList.querySelectorAll(':scope > ul > li')[first]?.querySelector<HTMLAnchorElement>('a[href]');
      if (link) link.focus();
      else if (performance.now() - started < 3000) requestAnimationFrame(focusFirstNew);
    };
    focusFirstNew();
  });

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
