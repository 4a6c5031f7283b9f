/**
 * The axis ticks: at the start of each month (or year, decade, century),
 * thinned so their labels never touch, and none whose label would run off
 * the drawing.
 */
import { binKeys } from './bins.ts';
import { LAYOUT, round, type ChartTick, type Grid } from './model.ts';

/** Ticks on the grid from `firstDay` to `lastDay`; `label` gives a tick's label as readers see it. */
export function buildTicks(
  firstDay: string,
  lastDay: string,
  label: (key: string, kind: 'month' | 'year') => string,
  grid: Grid,
): ChartTick[] {
  const { unit, zone, keys } = grid;
  const tickKind: 'month' | 'year' = unit === 'day' || unit === 'week' ? 'month' : unit === 'month' ? 'month' : 'year';
  const tickKeys = tickKind === 'month' ? binKeys(firstDay, lastDay, 'month', zone) : keys;
  const widest = Math.max(...tickKeys.map((key) => label(key, tickKind).length)) * LAYOUT.charWidth + LAYOUT.labelGap;
  const step = Math.max(1, Math.ceil(widest / (LAYOUT.plotWidth / tickKeys.length)));
  const right = LAYOUT.left + LAYOUT.plotWidth + LAYOUT.right;
  return (
    tickKeys
      .filter((_, index) => index % step === 0)
      .map((key, index): ChartTick => {
        // The first tick sits at the chart's start, which may be after the 1st of its month.
        const at = index === 0 ? 0 : tickKind === 'month' ? grid.binIndex(`${key}-01`) : grid.indexOf.get(key)!;
        return { key, kind: tickKind, x: round(grid.xOf(at)) };
      })
      // The last label must end inside the drawing.
      .filter((tick) => tick.x + 3 + label(tick.key, tick.kind).length * LAYOUT.charWidth <= right)
  );
}
