/**
 * Local times around a clock change. A local time must name one instant: in
 * a spring-forward gap it names none (luxon would silently move it on), in a
 * fall-back overlap it names two. Either is refused with the times to write.
 */
import { DateTime, FixedOffsetZone } from 'luxon';
import { DateParseError } from './forms.ts';
import { yearText } from './years.ts';

/** Throws a DateParseError when the wall clock `wanted` in `zone` names no instant, or two. */
export function checkClockChange(
  parsed: DateTime,
  wanted: { hour?: number; minute?: number; second?: number },
  zone: string,
  written: string,
  clock: string,
): void {
  if (parsed.hour !== wanted.hour || parsed.minute !== wanted.minute || parsed.second !== wanted.second) {
    const { before, after } = transitionAround(parsed);
    const last = before.minus({ minutes: 1 });
    throw new DateParseError(
      `"${written}" does not exist in ${zone}: the clocks jumped from ${before.toFormat('HH:mm')} straight to ${after.toFormat('HH:mm')} that day (${offsetText(before.minus({ milliseconds: 1 }))} to ${offsetText(after)})`,
      `write a time before or after the gap, e.g. ${localText(last)} or ${localText(after)}; ${clock} by the clock before the change is ${localText(parsed)}`,
    );
  }
  const offsets = parsed.getPossibleOffsets();
  if (offsets.length > 1) {
    const sorted = [...offsets].sort((a, b) => a.toMillis() - b.toMillis());
    const options = sorted.map(
      (dt, index) => `${exactText(dt)} (${index === 0 ? 'the first time' : 'the second time'})`,
    );
    throw new DateParseError(
      `"${written}" happens twice in ${zone}: the clocks were put back that day`,
      `write it with its offset: ${options.join(' or ')}`,
    );
  }
}

/**
 * The clock change just before `after` (an instant right after a gap):
 * the last wall-clock time before it and the first after it. Found by
 * halving the interval between two instants a day apart with luxon.
 */
function transitionAround(after: DateTime): { before: DateTime; after: DateTime } {
  let high = after.toMillis();
  let low = after.minus({ days: 1 }).toMillis();
  const zone = after.zone;
  const offsetAt = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const later = offsetAt(high);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(middle) === later) high = middle;
    else low = middle;
  }
  const first = DateTime.fromMillis(high, { zone });
  // The wall clock just before the change, read with the old offset, ends where the gap begins.
  const before = DateTime.fromMillis(high, { zone: FixedOffsetZone.instance(offsetAt(low)) });
  return { before, after: first };
}

function offsetText(dt: DateTime): string {
  return Number.isInteger(dt.offset)
    ? dt.toFormat('ZZ')
    : `UTC${dt.offset < 0 ? '−' : '+'}${DateTime.fromMillis(Math.abs(dt.offset) * 60_000, { zone: 'utc' }).toFormat('H:mm:ss')}`;
}

/** A local time as an editor writes it (`2020-03-29T03:00`, seconds only when there are any). */
function localText(dt: DateTime): string {
  return `${yearText(dt.year)}-${dt.toFormat(dt.second ? "LL-dd'T'HH:mm:ss" : "LL-dd'T'HH:mm")}`;
}

/** An instant written with its offset, or in UTC where the offset has seconds. */
function exactText(dt: DateTime): string {
  if (!Number.isInteger(dt.offset)) return `${localText(dt.toUTC())}Z`;
  return `${localText(dt)}${dt.toFormat('ZZ')}`;
}
