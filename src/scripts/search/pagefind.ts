/**
 * The index, searched with Pagefind's JavaScript API (`pagefind.js`, beside
 * the index) in this page's own worker (worker.ts), loaded once and only when
 * first needed. Should the worker not start, Pagefind runs as it comes, with
 * its own worker: slower for a word most events hold, but the same results.
 */
import type { Answer, Answers, FilterCounts, Request } from './worker-messages.ts';

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
  filters: FilterCounts;
}
export interface SearchOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** What the page asks of the index. */
export interface SearchIndex {
  /** Results best first (or in `options.sort`'s order); `null` when a newer search took its place. */
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | null>;
  /** Every filter value's count over the whole index. */
  filters(): Promise<FilterCounts>;
}

/** Pagefind's API, the part of it used here. */
export interface Pagefind extends SearchIndex {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** Where the page finds the index: `bundle` is `<base>pagefind/`, `base` the site's home. */
export interface IndexLocation {
  bundle: string;
  base: string;
}

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

/** The index in the page's worker; rejects if the worker cannot start or load Pagefind. */
async function indexInWorker({ bundle, base }: IndexLocation): Promise<SearchIndex> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let lastId = 0;
  worker.addEventListener('message', ({ data: answer }: MessageEvent<Answer>) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    if ('error' in answer) waiting?.reject(new Error(answer.error));
    else waiting?.resolve(answer.value as never);
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    for (const waiting of pending.values()) waiting.reject(new Error(`Search worker failed: ${event.message}`));
    pending.clear();
  });
  const send = <K extends Request['kind']>(request: Extract<Request, { kind: K }>): Promise<Answers[K]> =>
    new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject } as Pending);
      worker.postMessage(request);
    });
  // A search's results stay in the worker until nothing here refers to them any more.
  const release = new FinalizationRegistry<number>((search) =>
    worker.postMessage({ id: ++lastId, kind: 'release', search } satisfies Request),
  );

  try {
    await send({ id: ++lastId, kind: 'open', bundle, base });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return {
    async search(term, options = {}) {
      const search = ++lastId;
      const found = await send({ id: search, kind: 'search', term, options });
      if (!found) return null;
      const handle = { search };
      release.register(handle, search);
      const results = Array.from({ length: found.count }, (_, index): Result => {
        let data: Promise<ResultData> | undefined;
        return {
          id: `${handle.search}:${index}`,
          data: () => (data ??= send({ id: ++lastId, kind: 'data', search: handle.search, index })),
        };
      });
      return { results, filters: found.filters };
    },
    filters: () => send({ id: ++lastId, kind: 'filters' }),
  };
}

/** Pagefind in the page, as it comes (it starts a worker of its own). */
async function indexInPage({ bundle, base }: IndexLocation): Promise<SearchIndex> {
  const api = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await api.options({ baseUrl: base });
  await api.init();
  return api;
}

let index: Promise<SearchIndex> | undefined;
let filtersLoaded: Promise<unknown> | undefined;

/** The index, loaded once. */
export function loadPagefind(location: IndexLocation): Promise<SearchIndex> {
  index ??= indexInWorker(location).catch(() => indexInPage(location));
  return index;
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
