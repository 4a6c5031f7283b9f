/**
 * Shared by the unit tests of src/lib/dates/: dates parsed in Amsterdam (UTC+1
 * in winter, UTC+2 in summer), with their start as RFC 3339 so expectations
 * can be written as wall-clock times. (An EventDate itself holds the exact
 * instant in epoch milliseconds: an ISO string would round offsets with seconds.)
 */
import { rfc3339 } from '../../src/lib/dates/machine-formats.ts';
import { parseEventDate } from '../../src/lib/dates/parse.ts';

export const ZONE = 'Europe/Amsterdam';

export const parse = (value: unknown) => {
  const date = parseEventDate(value, ZONE);
  return { ...date, start: rfc3339(date, ZONE) };
};

export const shown = ({ written, precision, start }: ReturnType<typeof parse>) => ({ written, precision, start });
