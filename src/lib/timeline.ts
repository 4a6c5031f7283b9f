/**
 * The timeline's shape: the order of events, their grouping under month and
 * day headings, and neighbours in time. Pure functions over plain event
 * data, so unit tests exercise exactly what the pages show.
 */
import type { ImageMetadata } from 'astro';
import type { Correction, EventFields, EventImageFields } from '../domain.ts';
import { dayKey, monthKey, yearKey } from './dates/keys.ts';
import { compareEventDates } from './dates/periods.ts';
import { formatMonthKey, formatYearKey } from './dates/labels.ts';

/** An event's image as the pages use it: Astro's image() has resolved `src` to the file's metadata. */
export type EventImage = Omit<EventImageFields, 'src'> & { src: ImageMetadata };

/**
 * An event as the pages use it: its id plus its checked frontmatter, the
 * image resolved by Astro's image pipeline. Corrections are optional here
 * (none when left out), so plain event data in tests needs no empty list.
 */
export type TimelineEvent = Omit<EventFields, 'draft' | 'image' | 'corrections'> & {
  id: string;
  image?: EventImage | undefined;
  corrections?: readonly Correction[] | undefined;
};

/** Oldest first; at the same start, less precise first; then by id, so ties are stable. */
export function sortEvents<T extends Pick<TimelineEvent, 'id' | 'date'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => compareEventDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export interface DayGroup<T> {
  /** `2020-01-17` */
  key: string;
  events: T[];
}

export interface PeriodGroup<T> {
  /** `2020-01` for a month, `2020` for the events known only to the year. */
  key: string;
  kind: 'month' | 'year';
  /** Events known only to this month (or year): listed first, under the period itself. */
  undated: T[];
  days: DayGroup<T>[];
}

/** A period's heading: "januari 2020" for a month, "44 v.Chr." or "2020" for a year. */
export function periodLabel(period: { key: string; kind: 'month' | 'year' }, zone: string, locale: string): string {
  return period.kind === 'month' ? formatMonthKey(period.key, zone, locale) : formatYearKey(period.key, zone, locale);
}

/**
 * Groups sorted events by month and, within a month, by day. Events known
 * only to the month sit in the month's `undated` list; events known only to
 * the year get a group of their own, before that year's first month.
 */
export function groupByPeriod<T extends Pick<TimelineEvent, 'date'>>(
  sorted: readonly T[],
  zone: string,
): PeriodGroup<T>[] {
  const groups: PeriodGroup<T>[] = [];
  for (const event of sorted) {
    const month = monthKey(event.date, zone);
    const key = month ?? yearKey(event.date, zone);
    let group = groups.at(-1);
    if (!group || group.key !== key) {
      group = { key, kind: month ? 'month' : 'year', undated: [], days: [] };
      groups.push(group);
    }
    const day = dayKey(event.date, zone);
    if (!day) {
      group.undated.push(event);
      continue;
    }
    let dayGroup = group.days.at(-1);
    if (!dayGroup || dayGroup.key !== day) {
      dayGroup = { key: day, events: [] };
      group.days.push(dayGroup);
    }
    dayGroup.events.push(event);
  }
  return groups;
}

/**
 * Related events per event id, both ways: if A names B in `related`, B's
 * list holds A too. In timeline order, without duplicates; one pass.
 */
export function relatedIndex<T extends Pick<TimelineEvent, 'id' | 'related'>>(sorted: readonly T[]): Map<string, T[]> {
  const position = new Map(sorted.map((event, index) => [event.id, index]));
  const links = new Map<string, Set<number>>();
  const link = (from: string, to: number) => {
    const set = links.get(from) ?? new Set<number>();
    set.add(to);
    links.set(from, set);
  };
  sorted.forEach((event, index) => {
    for (const id of event.related) {
      const other = position.get(id);
      if (other === undefined || other === index) continue;
      link(event.id, other);
      link(id, index);
    }
  });
  return new Map([...links].map(([id, set]) => [id, [...set].sort((a, b) => a - b).map((index) => sorted[index]!)]));
}

/** Events per organisation, tag or thread id, in the order given: one pass over all events. */
export function indexEvents<
  K extends 'organisations' | 'tags' | 'threads',
  T extends { readonly [Key in K]: readonly string[] },
>(sorted: readonly T[], field: K): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const event of sorted) {
    for (const id of event[field]) {
      const list = index.get(id);
      if (list) list.push(event);
      else index.set(id, [event]);
    }
  }
  return index;
}

/** Where an event stands in a list (a thread, in timeline order): its place, counted from 1, and its neighbours. */
export interface Position<T> {
  index: number;
  total: number;
  previous: T | undefined;
  next: T | undefined;
}

/** Every event's position in `list`, by id: one pass, for pages that need all of them. */
export function positionsIn<T extends { id: string }>(list: readonly T[]): Map<string, Position<T>> {
  return new Map(
    list.map((event, index) => [
      event.id,
      { index: index + 1, total: list.length, previous: list[index - 1], next: list[index + 1] },
    ]),
  );
}
