/**
 * The search page (src/pages/zoeken.astro), on Pagefind's own JavaScript API
 * with a small renderer of its own instead of Pagefind's Component UI (184 KB
 * of script). docs/search.md says how it works; in short:
 *
 * - Nothing of the index loads with the page: before a query the page shows
 *   the listing written into its HTML. Pagefind loads when the field gets
 *   focus, when the URL holds a query or filters, or when more is asked for.
 * - The query, filters and sort order live in the URL (state.ts).
 * - One search at a time (the search worker runs them in turn); of those asked
 *   for meanwhile only the newest runs. Words of one or two letters wait for
 *   a pause in typing: their searches are the slowest and their results
 *   rarely what is meant, and the next keystroke's search would wait for them.
 * - A query that finds nothing, or little, may get a spelling correction
 *   (corrections.ts), announced with the count in the live region.
 */
import { markedWords } from '../../lib/search-marks.ts';
import { SEARCH_SORTS, INDEX_FIELDS } from '../../lib/search-fields.ts';
import { PAGE_SIZE, summaryText } from '../../lib/search-text.ts';
import type * as Corrections from './corrections.ts';
import type { Correction } from './corrections.ts';
import { formState, showCounts, showState } from './form.ts';
import { searchPage } from './page.ts';
import { filtersAreLoaded, loadFilters, loadPagefind, type SearchOptions, type SearchResponse } from './pagefind.ts';
import { resultList } from './results.ts';
import { isListing, stateFromUrl, urlFromState, type SearchState } from './state.ts';

const page = searchPage();
const results = resultList(page.list, page.location.base);

/** Terms shorter than this are searched after a pause in typing, not at each keystroke. */
const SHORT_TERM = 3;
const TYPING_PAUSE_MS = 300;

/**
 * A query with fewer results, or of several words, is checked for misspelt words; only then
 * does the code for corrections (with its distance library) load, and the vocabulary.
 */
const FEW_RESULTS = 10;
let corrections: Promise<typeof Corrections> | undefined;
let correctionsLoaded: typeof Corrections | undefined;
const loadCorrections = () =>
  (corrections ??= import('./corrections.ts').then((loaded) => (correctionsLoaded = loaded)));

const searchOptions = (state: SearchState): SearchOptions => ({
  filters: structuredClone(state.filters),
  // "Oldest first", and the listing without a query, go by the date; otherwise by relevance.
  ...(state.sort === SEARCH_SORTS.date || !state.term ? { sort: { [INDEX_FIELDS.date]: 'asc' as const } } : {}),
});

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
    page.list.setAttribute('aria-busy', 'true');
    if (state.term) page.summary.textContent = page.text.busy.replace('{term}', state.term);
    const api = await loadPagefind(page.location);
    const found = await api.search(state.term || null, searchOptions(state));
    if (!found || waiting) return;
    const count = found.results.length;
    const oneWord = !/\s/.test(state.term);
    // Pagefind answers a word it does not hold with words that only begin alike ("Haarlem" for
    // "Haarlemermeer", "apps" for "Apeldorn"): the first result's marks (its data is loaded to show it anyway) tell.
    const marked = state.term && oneWord && count > 0 ? markedWords((await found.results[0]!.data()).excerpt) : [];
    if (waiting) return;
    const typedLower = state.term.toLocaleLowerCase();
    const otherWords = marked.length > 0 && !marked.some((word) => word.toLocaleLowerCase().startsWith(typedLower));
    const mayBeMisspelt = state.term && (count < FEW_RESULTS || !oneWord || otherWords);
    const correcting = mayBeMisspelt ? await loadCorrections() : undefined;
    const correction = await correcting?.findCorrection(
      page.location.bundle,
      state.term,
      { count, marked },
      state.literal,
      (query) => api.search(query, searchOptions(state)),
    );
    if (waiting || mine !== generation) return;
    response = correction?.kind === 'show' ? correction.response : found;
    shown = PAGE_SIZE;
    render(state, correction);
  } finally {
    running = false;
    const next = waiting;
    waiting = undefined;
    if (next) void search(next);
    else page.list.removeAttribute('aria-busy');
  }
}

/** A link to the search for `state`, which runs it here and keeps it in the address. */
function searchLink(label: string, state: SearchState): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = urlFromState(state, page.facets, location.pathname);
  link.textContent = label;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    showState(page, state);
    go(state, 'push');
    page.field.focus();
  });
  return link;
}

function showCorrection(state: SearchState, correction: Correction | undefined): void {
  const { text } = page;
  if (!correction || !correctionsLoaded) {
    page.correction.replaceChildren();
    page.correction.hidden = true;
    return;
  }
  const { fillTemplate, joinLinks } = correctionsLoaded;
  const nodes =
    correction.kind === 'show'
      ? [
          ...fillTemplate(text.corrected, { typed: state.term, corrected: correction.query }),
          ' ',
          searchLink(text.literal.replace('{typed}', state.term), { ...state, literal: true }),
        ]
      : fillTemplate(text.didYouMean, {
          options: joinLinks(
            correction.queries.map((query) => searchLink(query, { ...state, term: query, literal: false })),
            text.or,
          ),
        });
  page.correction.replaceChildren(...nodes);
  page.correction.hidden = false;
}

function render(state: SearchState, correction: Correction | undefined): void {
  if (!response) return;
  const total = response.results.length;
  results.show(response.results.slice(0, shown));
  page.moreButton.hidden = total <= shown;
  const term = correction?.kind === 'show' ? correction.query : state.term;
  page.summary.textContent = summaryText(page.text, total, term);
  showCorrection(state, correction);
  if (filtersAreLoaded()) showCounts(page, response.filters);
}

async function showMore(): Promise<void> {
  const first = page.list.children.length;
  if (!response) {
    // Still the listing written into the page: the same list, from the index.
    await search(formState(page));
    if (!response) return;
  }
  shown = first + PAGE_SIZE;
  const all = (response as SearchResponse).results;
  results.append(all.slice(first, shown));
  page.moreButton.hidden = all.length <= shown;
  // Keyboard and screen reader users continue at the first new result, once it is drawn.
  const item = page.list.children[first] as HTMLLIElement | undefined;
  item?.scrollIntoView({ block: 'center' });
  const started = performance.now();
  const focusFirstNew = () => {
    const link = item?.querySelector<HTMLAnchorElement>('a[href]');
    if (link) link.focus();
    else if (item && performance.now() - started < 3000) requestAnimationFrame(focusFirstNew);
  };
  focusFirstNew();
}

let pause: ReturnType<typeof setTimeout> | undefined;

/** Writes `next` into the address (a new step, or in place of this one) and searches it. */
function go(next: SearchState, step: 'push' | 'replace'): void {
  clearTimeout(pause);
  const url = urlFromState(next, page.facets, location.pathname);
  if (url !== `${location.pathname}${location.search}`)
    history[step === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  void search(next);
}

const commit = (step: 'push' | 'replace') => go(formState(page), step);

page.field.addEventListener('input', () => {
  const term = page.field.value.trim();
  clearTimeout(pause);
  if (term && term.length < SHORT_TERM) pause = setTimeout(() => commit('replace'), TYPING_PAUSE_MS);
  else commit('replace');
});
page.field.addEventListener('focus', () => void loadPagefind(page.location), { once: true });
page.form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit('replace');
});
page.sortSelect.addEventListener('change', () => commit('push'));
for (const box of page.checkboxes) box.addEventListener('change', () => commit('push'));
for (const group of page.groups) {
  group.addEventListener('toggle', () => {
    if (group.open && !filtersAreLoaded()) void loadFilters(page.location).then(() => search(formState(page)));
  });
}
page.moreButton.addEventListener('click', () => void showMore());
window.addEventListener('popstate', () => {
  const state = stateFromUrl(new URL(location.href), page.facets);
  showState(page, state);
  void search(state);
});

const initial = stateFromUrl(new URL(location.href), page.facets);
showState(page, initial);
if (Object.keys(initial.filters).length) void loadFilters(page.location);
// The listing in the HTML is the answer to an empty query in date order; anything else needs the index.
if (!isListing(initial)) void search(initial);
