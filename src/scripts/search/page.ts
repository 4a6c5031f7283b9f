/**
 * The search page's parts (src/pages/zoeken.astro) and the data written into
 * it when the site was built, found once by `searchPage()`.
 */
import type { FacetMap } from '../../lib/search-facets.ts';
import type { SearchText } from '../../lib/search-text.ts';
import type { IndexLocation } from './pagefind.ts';

export interface SearchPage {
  root: HTMLElement;
  location: IndexLocation;
  facets: FacetMap;
  text: SearchText;
  field: HTMLInputElement;
  form: HTMLFormElement;
  sortSelect: HTMLSelectElement;
  /** The count line, in the live region. */
  summary: HTMLElement;
  /** "Bedoelde je: …?", in the live region below the count. */
  correction: HTMLElement;
  list: HTMLOListElement;
  moreButton: HTMLButtonElement;
  groups: HTMLDetailsElement[];
  checkboxes: HTMLInputElement[];
}

const json = <T>(id: string): T => JSON.parse(document.getElementById(id)?.textContent ?? '{}') as T;

export function searchPage(): SearchPage {
  const root = document.querySelector<HTMLElement>('[data-search]')!;
  return {
    root,
    location: { bundle: root.dataset.bundle!, base: root.dataset.base! },
    facets: json<FacetMap>('search-facets'),
    text: json<SearchText>('search-text'),
    field: document.querySelector<HTMLInputElement>('#search-input')!,
    form: document.querySelector<HTMLFormElement>('[data-search-form]')!,
    sortSelect: document.querySelector<HTMLSelectElement>('[data-search-sort]')!,
    summary: document.querySelector<HTMLElement>('[data-search-summary]')!,
    correction: document.querySelector<HTMLElement>('[data-search-correction]')!,
    list: document.querySelector<HTMLOListElement>('[data-search-results]')!,
    moreButton: document.querySelector<HTMLButtonElement>('[data-search-more]')!,
    groups: [...document.querySelectorAll<HTMLDetailsElement>('details[data-filter]')],
    checkboxes: [...document.querySelectorAll<HTMLInputElement>('.search-filters input[type=checkbox]')],
  };
}
