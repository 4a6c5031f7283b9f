/**
 * The overview chart's bins: a day, week, month, year, decade or century as
 * the span needs, as keys and counts computed with luxon.
 */
import { type DateTime } from 'luxon';
import { type EventDate } from '../../domain.ts';
import { keyStart } from '../dates/keys.ts';
import { periodEnd, toDateTime } from '../dates/periods.ts';
import { MIN_YEAR, historianYear, toAstronomical, yearText } from '../dates/years.ts';

/** First and last day (day keys) of the date's period in the site's zone. */
export function periodDays(date: EventDate, zone: string): { first: string; last: string } {
  const start = toDateTime(date, zone);
  const end = periodEnd(date, zone);
  return {
    first: `${yearText(start.year)}-${start.toFormat('LL-dd')}`,
    last: `${yearText(end.year)}-${end.toFormat('LL-dd')}`,
  };
}

export type BinUnit = 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

/**
 * The start of the bin holding `dt`. Decades and centuries are counted in
 * historians' years, as readers name them: 1850–1859, 1800–1899, and before
 * Christ 50–41 BC, 100–1 BC; the first bin after Christ starts in AD 1 (there is no year 0).
 */
function binStart(dt: DateTime, unit: BinUnit): DateTime {
  if (unit === 'week') return dt.startOf('week');
  if (unit === 'day' || unit === 'month' || unit === 'year') return dt.startOf(unit);
  const size = unit === 'decade' ? 10 : 100;
  const year = historianYear(dt.year);
  const first =
    year > 0 ? Math.max(1, Math.floor(year / size) * size) : Math.max(MIN_YEAR, -(Math.ceil(-year / size) * size));
  return dt.startOf('year').set({ year: toAstronomical(first) });
}

function binKeyOf(dt: DateTime, unit: BinUnit): string {
  const year = yearText(dt.year);
  return unit === 'day' || unit === 'week'
    ? `${year}-${dt.toFormat('LL-dd')}`
    : unit === 'month'
      ? `${year}-${dt.toFormat('LL')}`
      : year;
}

const STEP: Record<BinUnit, Record<string, number>> = {
  day: { days: 1 },
  week: { weeks: 1 },
  month: { months: 1 },
  year: { years: 1 },
  decade: { years: 10 },
  century: { years: 100 },
};

/**
 * The bin a day key falls in: the day itself, the Monday of its ISO week
 * (a day key), its month (`2020-01`), or its year, decade or century (the
 * first year's key: `1850`, `-0099` for the century from 100 BC on).
 */
export function binKey(day: string, unit: BinUnit, zone: string): string {
  return binKeyOf(binStart(keyStart(day, zone), unit), unit);
}

/** Every bin from the one holding `first` to the one holding `last` (day keys), in order. */
export function binKeys(first: string, last: string, unit: BinUnit, zone: string): string[] {
  const stop = binStart(keyStart(last, zone), unit);
  const keys: string[] = [];
  // Stepping on from a bin's start and taking that bin's start: decades and centuries around year 1 are a year short.
  for (
    let current = binStart(keyStart(first, zone), unit);
    current <= stop;
    current = binStart(current.plus(STEP[unit]), unit)
  )
    keys.push(binKeyOf(current, unit));
  return keys;
}

/** How many bins `binKeys` would give, without listing them (a month chart of 20,000 years has 240,000). */
export function binCount(first: string, last: string, unit: BinUnit, zone: string): number {
  const from = binStart(keyStart(first, zone), unit);
  const to = binStart(keyStart(last, zone), unit);
  const size = unit === 'decade' ? 10 : unit === 'century' ? 100 : 1;
  const measure = unit === 'decade' || unit === 'century' ? 'years' : (`${unit}s` as const);
  // Rounded: the bins around AD 1 are a year short (there is no year 0).
  return Math.round(to.diff(from, measure).as(measure) / size) + 1;
}

/** Calendar days from `first` to `last` inclusive (both day keys). */
export function daySpan(first: string, last: string, zone: string): number {
  return Math.round(keyStart(last, zone).diff(keyStart(first, zone), 'days').days) + 1;
}
