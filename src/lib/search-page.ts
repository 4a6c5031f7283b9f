/**
 * What the search page computes when the site is built: the listing it
 * shows before anyone types (every event, oldest first; the first page of
 * it is written into the HTML) and the sort key the index orders by.
 * What its script needs in the browser is in search-text.ts (no luxon there).
 */
import { type EventDate } from '../domain.ts';
import { utcSortKey } from './dates/machine-formats.ts';
import { PAGE_SIZE } from './search-text.ts';

export { PAGE_SIZE, jsonForScript, searchText } from './search-text.ts';

const PRECISION_RANK: Record<EventDate['precision'], number> = { year: 0, month: 1, day: 2, time: 3 };

/**
 * The index's sort key for "oldest first" (`datum`): the start of the
 * event's date in UTC (utcSortKey: years before Christ sort as text too), then its precision (less precise first), then its
 * id. Pagefind orders ties in an order of its own, so the key has none:
 * "oldest first" is the timeline's order (src/lib/timeline.ts), and the
 * listing the page writes before a query is exactly what the index continues.
 */
export function searchSortKey(event: { id: string; date: EventDate }, zone: string): string {
  return `${utcSortKey(event.date, zone)} ${PRECISION_RANK[event.date.precision]} ${event.id}`;
}

/** The first page of the listing before a query: events by their sort key, as the index orders them. */
export function firstListing<Event extends { id: string; date: EventDate }>(
  events: readonly Event[],
  zone: string,
  size = PAGE_SIZE,
): Event[] {
  return events
    .map((event) => ({ event, key: searchSortKey(event, zone) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, size)
    .map(({ event }) => event);
}
