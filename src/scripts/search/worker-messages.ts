/**
 * What the search page (pagefind.ts) and its search worker (worker.ts) say
 * to each other. The worker keeps each search's results and answers for them
 * one at a time, so that a search matching most events sends the page its
 * count, not thousands of results.
 */
import type { ResultData, SearchOptions } from './pagefind.ts';

export type FilterCounts = Record<string, Record<string, number>>;

/** The page's requests; each carries an `id` the answer repeats. */
export type Request =
  | { id: number; kind: 'open'; bundle: string; base: string }
  | { id: number; kind: 'search'; term: string | null; options: SearchOptions }
  | { id: number; kind: 'data'; search: number; index: number }
  | { id: number; kind: 'filters' }
  | { id: number; kind: 'release'; search: number };

/** What each request is answered with. */
export interface Answers {
  open: null;
  /** `null`: Pagefind dropped the search for a newer one. */
  search: { count: number; filters: FilterCounts } | null;
  data: ResultData;
  filters: FilterCounts;
  release: null;
}

export type Answer = { id: number; value: Answers[keyof Answers] } | { id: number; error: string };
