/**
 * The search page, on Pagefind's own JavaScript API (`pagefind.js`) with a
 * small renderer of its own, instead of Pagefind's Component UI (184 KB of
 * script). README "Search" and "Performance and quality" say why.
 *
 * - Nothing of the index loads with the page: before a query the page shows
 *   the listing written into its HTML (the first 50 events, oldest first).
 *   Pagefind loads when the field gets focus, when the URL holds a query or
 *   filters, or when more of the listing is asked for.
 * - The filter groups are in the HTML; their counts come from the index's
 *   filter data, which loads only once a group is opened (counting every
 *   filter value makes a search that matches most events several times slower).
 * - The query, filters and sort order live in the URL
 *   (`/zoeken/?q=zutphen&sector=zorg&sorteer=datum`): shareable, and back
 *   and forward work. A new filter or sort order is a step back undoes;
 *   typing refines the current step.
 * - Results come 50 at a time ("more" button); each result's text is fetched
 *   when it scrolls into view. A search overtaken by a newer keystroke before
 *   it started is dropped, not queued.
 * - The summary is a live region: it announces the number found.
 */
import type { FacetMap } from '../lib/search-facets.ts';
import { INDEX_FIELDS, SEARCH_PARAMS, SEARCH_SORTS, type SearchSort } from '../lib/search-fields.ts';
import { PAGE_SIZE, summaryText, type SearchText } from '../lib/search-text.ts';

type Filters = Record<string, string[]>;
type Sort = SearchSort;
const readSort = (value: string | null): Sort =>
  value === SEARCH_SORTS.date ? SEARCH_SORTS.date : SEARCH_SORTS.relevance;

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  id: string;
  data(): Promise<ResultData>;
}
interface SearchResponse {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<SearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string): Promise<void>;
}

interface SearchState {
  term: string;
  filters: Filters;
  sort: Sort;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const facets = JSON.parse(document.getElementById('search-facets')?.textContent ?? '{}') as FacetMap;
const text = JSON.parse(document.getElementById('search-text')?.textContent ?? '{}') as SearchText;
const field = document.querySelector<HTMLInputElement>('#search-input')!;
const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const sortSelect = document.querySelector<HTMLSelectElement>('[data-search-sort]')!;
const summary = document.querySelector<HTMLElement>('[data-search-summary]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const moreButton = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
const groups = [...document.querySelectorAll<HTMLDetailsElement>('details[data-filter]')];
const checkboxes = [...document.querySelectorAll<HTMLInputElement>('.search-filters input[type=checkbox]')];

function stateFromUrl(url: URL): SearchState {
  const filters: Filters = {};
  for (const [name, { param, values }] of Object.entries(facets)) {
    const selected = url.searchParams.getAll(param).flatMap((value) => values[value] ?? []);
    if (selected.length) filters[name] = selected;
  }
  return {
    term: url.searchParams.get(SEARCH_PARAMS.query) ?? '',
    filters,
    sort: readSort(url.searchParams.get(SEARCH_PARAMS.sort)),
  };
}

function urlFromState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.term) params.set(SEARCH_PARAMS.query, state.term);
  for (const [name, labels] of Object.entries(state.filters)) {
    const facet = facets[name];
    if (!facet) continue;
    const byLabel = new Map(Object.entries(facet.values).map(([value, label]) => [label, value]));
    for (const label of labels) params.append(facet.param, byLabel.get(label) ?? label);
  }
  if (state.sort === SEARCH_SORTS.date) params.set(SEARCH_PARAMS.sort, SEARCH_SORTS.date);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** The filters ticked in the page, by filter name, as labels (the values in the index). */
function checkedFilters(): Filters {
  const filters: Filters = {};
  for (const box of checkboxes) {
    if (!box.checked) continue;
    const name = box.closest<HTMLElement>('[data-filter]')!.dataset.filter!;
    (filters[name] ??= []).push(box.dataset.label!);
  }
  return filters;
}

const currentState = (): SearchState => ({
  term: field.value.trim(),
  filters: checkedFilters(),
  sort: readSort(sortSelect.value),
});
const isListing = (state: SearchState) => !state.term && Object.keys(state.filters).length === 0;

let pagefind: Promise<Pagefind> | undefined;
let filtersLoaded: Promise<unknown> | undefined;

/** Pagefind's API, loaded once; `pagefind.js` sits beside the index (`<base>pagefind/`). */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${root.dataset.bundle}pagefind.js`)) as Pagefind;
    await api.options({ baseUrl: root.dataset.base });
    await api.init();
    return api;
  })();
  return pagefind;
}

/** Filter data for the counts: loaded when a filter group is first opened. */
function loadFilters(): Promise<unknown> {
  filtersLoaded ??= loadPagefind().then((api) => api.filters());
  return filtersLoaded;
}

// One search at a time (Pagefind's worker runs them in turn); of those asked for meanwhile only the newest runs.
let running = false;
let waiting: SearchState | undefined;
let generation = 0;
let response: SearchResponse | undefined;
let shown = PAGE_SIZE;

async function search(state: SearchState): Promise<void> {
  if (running) {
    waiting = state;
    return;
  }
  running = true;
  const mine = ++generation;
  try {
    list.setAttribute('aria-busy', 'true');
    if (state.term) summary.textContent = text.busy.replace('{term}', state.term);
    const api = await loadPagefind();
    // "Oldest first", and the listing without a query, go by the date; otherwise by relevance.
    const sort =
      state.sort === SEARCH_SORTS.date || !state.term ? { sort: { [INDEX_FIELDS.date]: 'asc' as const } } : {};
    const found = await api.search(state.term || null, { filters: structuredClone(state.filters), ...sort });
    if (!found || waiting) return;
    response = found;
    shown = PAGE_SIZE;
    render(mine, state);
  } finally {
    running = false;
    const next = waiting;
    waiting = undefined;
    if (next) void search(next);
    else list.removeAttribute('aria-busy');
  }
}

/** Makes the excerpt's text and `<mark>` elements from Pagefind's excerpt, nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild!;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function paragraph(className: string, ...content: Array<string | Node>): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.append(...content);
  return p;
}

/** A result's HTML from its data; addresses only on this site. */
function fillResult(item: HTMLLIElement, data: ResultData): void {
  const href = data.meta.url ?? data.url;
  const title = document.createElement('h2');
  title.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = /^\/(?!\/)/.test(href) ? href : root.dataset.base!;
  link.textContent = data.meta.title ?? href;
  title.append(link);
  item.replaceChildren(
    ...(data.meta[INDEX_FIELDS.date] ? [paragraph('search-result-date', data.meta[INDEX_FIELDS.date]!)] : []),
    title,
    ...(data.excerpt ? [paragraph('search-result-excerpt', ...excerptNodes(data.excerpt))] : []),
    ...(data.meta[INDEX_FIELDS.organisations]
      ? [paragraph('search-result-organisations', data.meta[INDEX_FIELDS.organisations]!)]
      : []),
  );
  item.classList.remove('search-result-loading');
}

// A result's text is fetched once its placeholder scrolls into view.
const pending = new WeakMap<Element, Result>();
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      const result = pending.get(entry.target);
      if (result) void result.data().then((data) => fillResult(entry.target as HTMLLIElement, data));
    }
  },
  { rootMargin: '400px 0px' },
);

function placeholder(result: Result): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result search-result-loading';
  pending.set(item, result);
  observer.observe(item);
  return item;
}

/** Results certainly in view after a search: their text is fetched at once, not a frame later. */
const FIRST_IN_VIEW = 6;

function render(mine: number, state: SearchState): void {
  if (mine !== generation || !response) return;
  observer.disconnect();
  const total = response.results.length;
  const items = response.results.slice(0, shown).map(placeholder);
  for (const item of items.slice(0, FIRST_IN_VIEW)) {
    observer.unobserve(item);
    void pending
      .get(item)!
      .data()
      .then((data) => fillResult(item, data));
  }
  list.replaceChildren(...items);
  moreButton.hidden = total <= shown;
  summary.textContent = summaryText(text, total, state.term);
  showCounts(response.filters);
}

/** "(12)" beside each filter value, once the filter data is there. */
function showCounts(counts: SearchResponse['filters']): void {
  if (!filtersLoaded) return;
  for (const box of checkboxes) {
    const name = box.closest<HTMLElement>('[data-filter]')!.dataset.filter!;
    const count = counts[name]?.[box.dataset.label!];
    const label = box.parentElement!.querySelector('[data-count]')!;
    label.textContent = count === undefined ? '' : `(${count})`;
  }
}

async function showMore(): Promise<void> {
  const first = list.children.length;
  if (!response) {
    // Still the listing written into the page: the same list, from the index.
    await search(currentState());
    if (!response) return;
  }
  shown = first + PAGE_SIZE;
  const results = (response as SearchResponse).results;
  list.append(...results.slice(first, shown).map(placeholder));
  moreButton.hidden = results.length <= shown;
  // Keyboard and screen reader users continue at the first new result, once it is drawn.
  const item = list.children[first] as HTMLLIElement | undefined;
  item?.scrollIntoView({ block: 'center' });
  const started = performance.now();
  const focusFirstNew = () => {
    const link = item?.querySelector<HTMLAnchorElement>('a[href]');
    if (link) link.focus();
    else if (item && performance.now() - started < 3000) requestAnimationFrame(focusFirstNew);
  };
  focusFirstNew();
}

/** Shows `state` in the form: query, ticked filters (their groups opened), sort order. */
function showState(state: SearchState): void {
  field.value = state.term;
  sortSelect.value = state.sort;
  for (const box of checkboxes) {
    const name = box.closest<HTMLElement>('[data-filter]')!.dataset.filter!;
    box.checked = state.filters[name]?.includes(box.dataset.label!) ?? false;
  }
  for (const group of groups) if (group.querySelector('input:checked')) group.open = true;
}

let current = stateFromUrl(new URL(location.href));

function commit(step: 'push' | 'replace'): void {
  const next = currentState();
  const url = urlFromState(next);
  current = next;
  if (url !== `${location.pathname}${location.search}`)
    history[step === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  void search(next);
}

// Every keystroke searches at once: a search that is overtaken before it starts is dropped (above),
// so a pause before searching would only add to the wait for the last keystroke's results.
field.addEventListener('input', () => commit('replace'));
field.addEventListener('focus', () => void loadPagefind(), { once: true });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit('replace');
});
sortSelect.addEventListener('change', () => commit('push'));
for (const box of checkboxes) box.addEventListener('change', () => commit('push'));
for (const group of groups) {
  group.addEventListener('toggle', () => {
    if (group.open && !filtersLoaded) void loadFilters().then(() => search(currentState()));
  });
}
moreButton.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => {
  current = stateFromUrl(new URL(location.href));
  showState(current);
  void search(current);
});

showState(current);
if (Object.keys(current.filters).length) void loadFilters();
// The listing in the HTML is the answer to an empty query in date order; anything else needs the index.
if (!isListing(current)) void search(current);
