/**
 * Pagefind's JavaScript API (`pagefind.js`, which sits beside the index and
 * runs searches in its worker), the part of it the search page uses, loaded
 * once and only when first needed.
 */
export type Filters = Record<string, string[]>;

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
export interface Result {
  id: string;
  data(): Promise<ResultData>;
}
export interface SearchResponse {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
export interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  preload(term: string, options?: SearchOptions): Promise<void>;
}

/** Where the page finds the index: `bundle` is `<base>pagefind/`, `base` the site's home. */
export interface IndexLocation {
  bundle: string;
  base: string;
}

let pagefind: Promise<Pagefind> | undefined;
let filtersLoaded: Promise<unknown> | undefined;

/** Pagefind's API, loaded once. */
export function loadPagefind({ bundle, base }: IndexLocation): Promise<Pagefind> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await api.options({ baseUrl: base });
    await api.init();
    return api;
  })();
  return pagefind;
}

/**
 * The index's filter data, for the counts beside each filter value: loaded
 * once a filter group is opened (counting every value makes a search that
 * matches most events several times slower).
 */
export function loadFilters(location: IndexLocation): Promise<unknown> {
  filtersLoaded ??= loadPagefind(location).then((api) => api.filters());
  return filtersLoaded;
}

export const filtersAreLoaded = (): boolean => filtersLoaded !== undefined;
