/**
 * The chart's bars: the day counts summed per bin, each bar as high as its
 * count against the highest (at least a few units, so a single event shows).
 */
import type { EventDate } from '../../domain.ts';
import { previousYearKey } from '../dates/keys.ts';
import { compareEventDates } from '../dates/periods.ts';
import { binKey } from './bins.ts';
import { LAYOUT, round, type ChartBin, type Grid } from './model.ts';

/** The bars of the grid for the events per day, and the highest count (at least 1). */
export function buildBars(
  days: ReadonlyMap<string, { count: number; date: EventDate }>,
  lastDay: string,
  grid: Grid,
): { bins: ChartBin[]; max: number } {
  const { keys, unit, zone, slot, plot } = grid;
  // Days in time order (day keys of years before Christ do not sort as text).
  const ordered = [...days].sort(([, a], [, b]) => compareEventDates(a.date, b.date));
  const binned = new Map<string, { count: number; firstDay: string }>();
  for (const [day, { count }] of ordered) {
    const key = binKey(day, unit, zone);
    const bin = binned.get(key);
    if (bin) bin.count += count;
    else binned.set(key, { count, firstDay: day });
  }
  const max = Math.max(1, ...[...binned.values()].map((bin) => bin.count));
  const barWidth = Math.min(LAYOUT.maxBarWidth, Math.max(1, slot - Math.min(2, slot * 0.2)));

  const bins = keys.map((key, index): ChartBin => {
    const bin = binned.get(key);
    const count = bin?.count ?? 0;
    const height = count === 0 ? 0 : Math.max(LAYOUT.minBarHeight, (count / max) * plot.height);
    const next = keys[index + 1];
    return {
      key,
      count,
      target: !bin ? null : unit === 'day' || unit === 'month' ? key : bin.firstDay,
      firstDay: bin?.firstDay ?? null,
      lastYear: unit === 'decade' || unit === 'century' ? lastYearOf(next, lastDay, zone) : key,
      x: round(grid.xOf(index) + (slot - barWidth) / 2),
      width: round(barWidth),
      y: round(plot.bottom - height),
      height: round(height),
      centre: round(grid.xOf(index) + slot / 2),
    };
  });
  return { bins, max };
}

/** The last year key of a decade or century bin: the year before the next bin's, or the chart's last year. */
function lastYearOf(next: string | undefined, lastDay: string, zone: string): string {
  return next === undefined ? binKey(lastDay, 'year', zone) : previousYearKey(next, zone);
}
