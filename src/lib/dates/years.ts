/**
 * Years as historians count them and as luxon counts them. Historians have
 * no year 0 (1 BC is followed by AD 1); luxon counts astronomically (year 0
 * is 1 BC, -43 is 44 BC). The mapping between the two happens only here.
 * Years run from 9999 BC to AD 9999. A date's parts with the historian's
 * year (DateParts) are here too: the parser reads them, calendar.ts writes
 * them for TimelineJS.
 */

/**
 * A date as TimelineJS reads it: the wall-clock parts in the site's zone,
 * only as far as the precision goes. TimelineJS counts years as historians
 * do (a negative year is BC, with no year 0).
 */
export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
}

export const MIN_YEAR = -9999;
export const MAX_YEAR = 9999;

/** The astronomical year (luxon's) of a historian's year: 1 → 1, -1 (1 BC) → 0, -44 → -43. */
export function toAstronomical(historian: number): number {
  return historian < 0 ? historian + 1 : historian;
}

/** The historian's year of an astronomical one: 0 → -1 (1 BC), -43 → -44. */
export function historianYear(astronomical: number): number {
  return astronomical <= 0 ? astronomical - 1 : astronomical;
}

/** A historian's year as the date forms write it: four digits, a minus sign before Christ (`0476`, `-0044`). */
export function writtenYear(historian: number): string {
  return `${historian < 0 ? '-' : ''}${String(Math.abs(historian)).padStart(4, '0')}`;
}

/** An astronomical (luxon) year as keys and exports write it: `writtenYear` of the historian's year. */
export function yearText(astronomical: number): string {
  return writtenYear(historianYear(astronomical));
}
