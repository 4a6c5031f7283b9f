/**
 * A TimelineJS date (`{year, month, day, hour, minute, second}`, or the
 * Sheets template's Year, Month, Day and Time columns) as an event date in
 * the forms the content uses: `1850`, `1850-03`, `1850-03-04`,
 * `1850-03-04T14:30`, `-0044-03-15` (years zero-padded to four digits,
 * negative before Christ). As precise as the parts given, no more. Whether
 * the date exists is decided by the date module (`parseEventDate`), never here.
 */
import { DateTime } from 'luxon';
import { DateParseError, MAX_YEAR, MIN_YEAR, parseEventDate, writtenYear } from '../lib/dates/index.ts';
import { textOf, type DatePart, type SlideDate, type SlideField } from './slides.ts';

export type DateResult = { ok: true; written: string; notes: string[] } | { ok: false; problem: string };

/** Clock forms of the Time column: 24-hour and 12-hour, with or without seconds. */
const CLOCK_FORMATS = ['H:mm', 'H:mm:ss', 'H.mm', 'Hmm', 'h:mm a', 'h:mm:ss a', 'h a', 'h.mm a'];

/** Reads a clock time as written in the Sheets template (`14:30`, `2:30 PM`, `2:30 p.m.`, `9 am`) with luxon. */
export function parseClock(written: string): { hour: number; minute: number; second: number | undefined } | undefined {
  const value = written
    .trim()
    .replace(/\s*([ap])\.?\s*m\.?$/i, (_match, letter: string) => ` ${letter.toUpperCase()}M`);
  for (const format of CLOCK_FORMATS) {
    const parsed = DateTime.fromFormat(value, format, { locale: 'en-US', zone: 'UTC' });
    if (parsed.isValid)
      return { hour: parsed.hour, minute: parsed.minute, second: format.includes('ss') ? parsed.second : undefined };
  }
  return undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * Converts one date of a slide. `which` is `start` or `end`, for naming the
 * value in messages; `zone` is the site's zone, in which the date module reads it.
 */
export function convertDate(
  date: SlideDate,
  which: 'start' | 'end',
  field: (name: SlideField) => string,
  zone: string,
): DateResult {
  const name = (part: DatePart | 'time') => field(`${which}.${part}`);
  const notes: string[] = [];
  const numbers: Partial<Record<DatePart, number>> = {};
  for (const part of ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const) {
    const written = textOf(date[part]);
    if (written === '') continue;
    if (!/^[+-]?\d+$/.test(written)) return { ok: false, problem: `${name(part)}: "${written}" is not a whole number` };
    numbers[part] = Number(written);
  }
  if (date.time !== undefined && date.time !== '') {
    const clock = parseClock(date.time);
    if (!clock)
      return { ok: false, problem: `${name('time')}: "${date.time}" is not a time of day such as 14:30 or 2:30 PM` };
    numbers.hour = clock.hour;
    numbers.minute = clock.minute;
    if (clock.second !== undefined) numbers.second = clock.second;
  }
  const { year, month, day, hour, minute, second, millisecond } = numbers;
  if (year === undefined)
    return { ok: false, problem: `${name('year')}: no year is given; every TimelineJS date needs one` };
  if (year === 0)
    return {
      ok: false,
      problem: `${name('year')}: year 0 does not exist in the site's calendar (1 BC is followed by AD 1) — write -1 or 1`,
    };
  if (year < MIN_YEAR || year > MAX_YEAR)
    return { ok: false, problem: `${name('year')}: ${year} is outside the years the site shows (9999 BC to AD 9999)` };

  // As precise as the parts given: a part without the one before it (a day without a month) cannot be placed.
  let written = writtenYear(year);
  const ignored: string[] = [];
  if (month !== undefined) {
    written += `-${pad(month)}`;
    if (day !== undefined) {
      written += `-${pad(day)}`;
      if (hour !== undefined) {
        written += `T${pad(hour)}:${pad(minute ?? 0)}`;
        if (second !== undefined && (second !== 0 || millisecond !== undefined)) written += `:${pad(second)}`;
        if (millisecond !== undefined && millisecond !== 0)
          notes.push(`${name('millisecond')}: ${millisecond} ms left out: the site keeps times to the second`);
      } else if (minute !== undefined || second !== undefined) ignored.push(minute !== undefined ? 'minute' : 'second');
    } else if (hour !== undefined) ignored.push('hour');
  } else if (day !== undefined) ignored.push('day');
  else if (hour !== undefined) ignored.push('hour');
  for (const part of ignored)
    notes.push(
      `${name(part as DatePart)}: left out, because the part before it is not given; the date is kept as ${written}`,
    );

  try {
    parseEventDate(written, zone);
  } catch (error) {
    if (!(error instanceof DateParseError)) throw error;
    return {
      ok: false,
      problem: `${name(day !== undefined ? 'day' : month !== undefined ? 'month' : 'year')}: ${written} ${error.message.replace(/^"[^"]*" /, '')}`,
    };
  }
  return { ok: true, written, notes };
}
