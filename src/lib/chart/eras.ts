/**
 * Named periods (eras.yaml) as labelled bands under everything else: clipped
 * to the chart's span, in rows of their own where they overlap.
 */
import type { DateTime } from 'luxon';
import { compareEventDates, periodEnd, toDateTime } from '../dates/periods.ts';
import { periodDays } from './bins.ts';
import { LAYOUT, round, type ChartEra, type ChartEraInput, type Grid } from './model.ts';

/** The era bands between `start` and `end` (the chart's span), from `top` down, and how many rows they take. */
export function buildEras(
  input: readonly ChartEraInput[],
  span: { start: DateTime; end: DateTime },
  top: number,
  grid: Grid,
): { eras: ChartEra[]; rows: number } {
  const { zone, slot, keys } = grid;
  const eraSpans = [...input]
    .filter((era) => periodEnd(era.end, zone) >= span.start && toDateTime(era.start, zone) <= span.end)
    .sort((a, b) => compareEventDates(a.start, b.start))
    .map((era) => {
      const from = toDateTime(era.start, zone) < span.start ? 0 : grid.binIndex(periodDays(era.start, zone).first);
      const to = periodEnd(era.end, zone) > span.end ? keys.length - 1 : grid.binIndex(periodDays(era.end, zone).last);
      return { era, from, to };
    });
  const eraRows = assignRows(eraSpans);
  const eras = eraSpans.map(({ era, from, to }, index): ChartEra => {
    const length = (to - from + 1) * slot;
    const inset = length > 6 ? 1 : 0;
    const width = Math.max(1, length - 2 * inset);
    return {
      id: era.id,
      name: era.name,
      x: round(grid.xOf(from) + inset),
      width: round(width),
      y: top + eraRows[index]! * (LAYOUT.eraHeight + LAYOUT.bandGap),
      height: LAYOUT.eraHeight,
      showName: width >= era.name.length * LAYOUT.charWidth + 8,
    };
  });
  return { eras, rows: eraRows.length > 0 ? Math.max(...eraRows) + 1 : 0 };
}

/** Greedy rows for intervals [from, to] (bin indexes): the first row whose last interval ends before this one starts. */
export function assignRows<T extends { from: number; to: number }>(items: readonly T[]): number[] {
  const rowEnds: number[] = [];
  return items.map((item) => {
    let row = rowEnds.findIndex((end) => end < item.from);
    if (row === -1) row = rowEnds.push(item.to) - 1;
    else rowEnds[row] = item.to;
    return row;
  });
}
