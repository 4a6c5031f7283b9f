/**
 * The search page's summary line ("269 resultaten voor zutphen") and page
 * size: used when the site is built and by the page's script in the browser.
 */
import type { Dictionary } from '../i18n/index.ts';

/** Results shown after a search, and added by each press of the "more" button. */
export const PAGE_SIZE = 50;

export interface SearchText {
  /** Every event, no query: "{count} resultaten". */
  all: string;
  one: string;
  many: string;
  none: string;
  busy: string;
  /** "Bedoelde je: {options}?": the options are links. */
  didYouMean: string;
  /** Between the last two options. */
  or: string;
  /** Results of a correction shown at once: {typed} and {corrected}. */
  corrected: string;
  /** The link back to the words as typed: {typed}. */
  literal: string;
}

/** The summary templates the page's script fills in. */
export function searchText(t: Dictionary): SearchText {
  return {
    all: t.searchCountAll,
    one: t.searchCountOne,
    many: t.searchCount,
    none: t.searchNone,
    busy: t.searchBusy,
    didYouMean: t.searchDidYouMean,
    or: t.searchOr,
    corrected: t.searchCorrected,
    literal: t.searchLiteral,
  };
}

/** The summary line for `count` results of `term` (no term: the whole listing, filters or not). */
export function summaryText(text: SearchText, count: number, term: string): string {
  const template = !term ? text.all : count === 0 ? text.none : count === 1 ? text.one : text.many;
  return template.replace('{count}', String(count)).replace('{term}', term);
}

/** JSON for a `<script type="application/json">`: no `<` that could end the element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
