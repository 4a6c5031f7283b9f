/**
 * The search form as a state and back: the query, the ticked filters (by
 * filter name, as the index's labels) and the sort order; and the counts
 * beside each filter value.
 */
import type { SearchPage } from './page.ts';
import type { Filters, SearchResponse } from './pagefind.ts';
import { readSort, type SearchState } from './state.ts';

const filterName = (box: HTMLInputElement) => box.closest<HTMLElement>('[data-filter]')!.dataset.filter!;

/** The filters ticked in the page, by filter name, as labels (the values in the index). */
function checkedFilters(page: SearchPage): Filters {
  const filters: Filters = {};
  for (const box of page.checkboxes) if (box.checked) (filters[filterName(box)] ??= []).push(box.dataset.label!);
  return filters;
}

/** What the form asks for now; `literal` only as asked (a new query is never literal). */
export const formState = (page: SearchPage, literal = false): SearchState => ({
  term: page.field.value.trim(),
  filters: checkedFilters(page),
  sort: readSort(page.sortSelect.value),
  literal,
});

/** Shows `state` in the form: query, ticked filters (their groups opened), sort order. */
export function showState(page: SearchPage, state: SearchState): void {
  page.field.value = state.term;
  page.sortSelect.value = state.sort;
  for (const box of page.checkboxes)
    box.checked = state.filters[filterName(box)]?.includes(box.dataset.label!) ?? false;
  for (const group of page.groups) if (group.querySelector('input:checked')) group.open = true;
}

/** "(12)" beside each filter value. */
export function showCounts(page: SearchPage, counts: SearchResponse['filters']): void {
  for (const box of page.checkboxes) {
    const count = counts[filterName(box)]?.[box.dataset.label!];
    const label = box.parentElement!.querySelector('[data-count]')!;
    label.textContent = count === undefined ? '' : `(${count})`;
  }
}
