/**
 * Archive pages. A small timeline is one page. Past `pageSize` events it is
 * split by period: `/2020/` (the year: its months and its year-only events)
 * and `/2020/01/` (the month), so no page grows with the whole archive.
 * Event pages and feeds never link to a period page's position, only to
 * `/gebeurtenis/<id>/`, so they stay stable when the split happens.
 */
import { groupByPeriod, type PeriodGroup } from './timeline.ts';
import { anchorId } from './paths.ts';
import { monthOfKey, yearOfKey } from './dates/keys.ts';

export interface MonthPeriod<T> {
  /** `2020-01` */
  key: string;
  year: string;
  month: string;
  events: T[];
}

export interface YearPeriod<T> {
  /** `2020` */
  key: string;
  /** Events known only to the year. */
  undated: T[];
  months: MonthPeriod<T>[];
  count: number;
}

export interface Archive<T> {
  split: boolean;
  years: YearPeriod<T>[];
  /** URL of a timeline anchor: a day (`2020-01-17`), month (`2020-01`) or year (`2020`) key. */
  anchor(key: string): string;
  yearPath(year: string): string;
  monthPath(key: string): string;
}

function eventsOf<T>(group: PeriodGroup<T>): T[] {
  return [...group.undated, ...group.days.flatMap((day) => day.events)];
}

/** Plans the archive for events in timeline order. One pass over the events. */
export function planArchive<T extends Parameters<typeof groupByPeriod>[0][number]>(
  sorted: readonly T[],
  zone: string,
  options: { pageSize: number; base: string },
): Archive<T> {
  const years: YearPeriod<T>[] = [];
  for (const group of groupByPeriod(sorted, zone)) {
    const yearKey = yearOfKey(group.key);
    let year = years.at(-1);
    if (!year || year.key !== yearKey) {
      year = { key: yearKey, undated: [], months: [], count: 0 };
      years.push(year);
    }
    const events = eventsOf(group);
    year.count += events.length;
    if (group.kind === 'year') year.undated.push(...events);
    else year.months.push({ key: group.key, year: yearKey, month: monthOfKey(group.key), events });
  }

  const split = sorted.length > options.pageSize;
  const home = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const yearPath = (year: string) => `${home}${year}/`;
  const monthPath = (key: string) => `${home}${yearOfKey(key)}/${monthOfKey(key)}/`;
  // Keys: `2020`, `2020-01`, `2020-01-17` (`-0044`… before Christ), or a period's "day unknown" heading, `2020-undated` / `2020-01-undated`.
  const pageOf = (key: string) => {
    const period = key.replace(/-undated$/, '');
    return !split ? home : monthOfKey(period) === '' ? yearPath(yearOfKey(period)) : monthPath(period);
  };

  return {
    split,
    years,
    anchor: (key) => `${pageOf(key)}#${anchorId(key)}`,
    yearPath,
    monthPath,
  };
}

/** The periods before and after `key` (a year or month key) among those given, for navigation. */
export function adjacent<T extends { key: string }>(periods: readonly T[], key: string): { previous?: T; next?: T } {
  const index = periods.findIndex((period) => period.key === key);
  const previous = index > 0 ? periods[index - 1] : undefined;
  const next = index >= 0 ? periods[index + 1] : undefined;
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}
