/**
 * The forms an editor may write a date in, and the error when a value is
 * none of them (or names no day that exists). The form written sets the
 * precision:
 *   2020, 476, -44       year (a minus sign is a year before Christ: -44 is 44 BC)
 *   2020-01              month
 *   2020-01-17           day
 *   2020-01-17T14:30     time, local to the site's zone (a space instead of T is fine; seconds optional)
 *   2020-01-16T23:30Z    time with an offset (Z or ±hh:mm): an instant, shown in the site's zone
 */
import { IANAZone } from 'luxon';

export const ACCEPTED_DATE_FORMS = [
  '2020',
  '2020-01',
  '2020-01-17',
  '2020-01-17T14:30',
  '2020-01-17T14:30+01:00',
  '2020-01-16T23:30:00Z',
] as const;

/** Forms for years before 1000 and before Christ, for the field reference and messages. */
export const HISTORIC_DATE_FORMS = ['476', '0476-09-04', '-44', '-0044-03-15'] as const;

/**
 * The accepted forms as one regular expression (source text, no flags), for
 * forms that check a date as it is typed (the web editor). It checks only the
 * shape: a year of one to four digits, optionally negative (BC), then month,
 * day and a time with an optional offset. Whether the date exists is the
 * parser's job (parseEventDate), which also runs in the checker.
 */
export const DATE_FORM_PATTERN = String.raw`^-?\d{1,4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}:?\d{2})?)?)?)?$`;

export class DateParseError extends Error {
  override name = 'DateParseError';
  /** What to write instead, when the problem has a better answer than the field's general hint. */
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

/** Whether `zone` is an IANA time zone name luxon knows (`Europe/Amsterdam`). */
export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}
