/**
 * Corrections: what changed in an event after it was published. They never
 * move an event on the timeline (that goes by `date`); the latest one is the
 * page's modification date, and /correcties/ lists them all, newest first.
 */
import type { Correction } from '../domain.ts';
import { compareEventDates } from './dates/periods.ts';

/** The latest correction: the event's modification date. None when it was never corrected. */
export function latestCorrection(corrections: readonly Correction[] | undefined): Correction | undefined {
  let latest: Correction | undefined;
  for (const correction of corrections ?? []) {
    if (!latest || compareEventDates(correction.date, latest.date) > 0) latest = correction;
  }
  return latest;
}

/** An event's corrections, newest first. */
export function correctionsNewestFirst(corrections: readonly Correction[] | undefined): Correction[] {
  return [...(corrections ?? [])].sort((a, b) => compareEventDates(b.date, a.date));
}

export interface LoggedCorrection<T> {
  event: T;
  correction: Correction;
}

/**
 * Every correction of every event, newest first: the public record on
 * /correcties/. At the same moment, events keep the order given (timeline
 * order), and one event's corrections the order written.
 */
export function correctionLog<T extends { corrections?: readonly Correction[] | undefined }>(
  events: readonly T[],
): LoggedCorrection<T>[] {
  return events
    .flatMap((event) => (event.corrections ?? []).map((correction) => ({ event, correction })))
    .sort((a, b) => compareEventDates(b.correction.date, a.correction.date));
}
