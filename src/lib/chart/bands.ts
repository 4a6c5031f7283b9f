/**
 * The hatched bands under the axis for events known only to their month or
 * year: one row for months, one for years, each band spanning its period's
 * bins; bands that would share a bin are merged into one.
 */
import { compareEventDates } from '../dates/periods.ts';
import type { UndatedCount } from './count.ts';
import { LAYOUT, round, type ChartBand, type Grid } from './model.ts';

/** The bands for the undated counts, from `top` down, and how many rows they take. */
export function buildBands(
  undated: ReadonlyMap<string, UndatedCount>,
  top: number,
  grid: Grid,
): { bands: ChartBand[]; rows: number } {
  const { slot } = grid;
  // Bands, per row (month-only, then year-only), merged where they would share a bin.
  const rows: Array<'month' | 'year'> = (['month', 'year'] as const).filter((kind) =>
    [...undated.values()].some((band) => band.kind === kind),
  );
  const merged: Array<{
    kind: 'month' | 'year';
    key: string;
    lastKey: string;
    count: number;
    from: number;
    to: number;
  }> = [];
  for (const [key, band] of [...undated].sort(([, a], [, b]) => compareEventDates(a.date, b.date))) {
    const from = grid.binIndex(band.first);
    const to = grid.binIndex(band.last);
    const previous = merged.findLast((other) => other.kind === band.kind);
    if (previous && from <= previous.to) {
      previous.count += band.count;
      previous.lastKey = key;
      previous.to = Math.max(previous.to, to);
    } else {
      merged.push({ kind: band.kind, key, lastKey: key, count: band.count, from, to });
    }
  }
  const bands = merged.map((band): ChartBand => {
    const span = (band.to - band.from + 1) * slot;
    const inset = span > 6 ? 1 : 0;
    const x = grid.xOf(band.from) + inset;
    const width = Math.max(1, span - 2 * inset);
    return {
      kind: band.kind,
      key: band.key,
      lastKey: band.lastKey,
      count: band.count,
      target: `${band.key}-undated`,
      x: round(x),
      width: round(width),
      y: top + rows.indexOf(band.kind) * (LAYOUT.bandHeight + LAYOUT.bandGap),
      height: LAYOUT.bandHeight,
      centre: round(x + width / 2),
      showCount: width >= String(band.count).length * LAYOUT.charWidth + 4,
    };
  });
  return { bands, rows: rows.length };
}
