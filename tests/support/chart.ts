/** Shared by the unit tests of src/lib/chart/: dates in Amsterdam and a grid of bins like buildChart's. */
import { binKey, binKeys, type BinUnit } from '../../src/lib/chart/bins.ts';
import { LAYOUT, type Grid } from '../../src/lib/chart/model.ts';
import { parseEventDate } from '../../src/lib/dates/parse.ts';

export const ZONE = 'Europe/Amsterdam';
export const date = (value: string) => parseEventDate(value, ZONE);

/** The grid buildChart lays out for the bins from `first` to `last` (day keys) in `unit`. */
export function gridOf(first: string, last: string, unit: BinUnit): Grid {
  const keys = binKeys(first, last, unit, ZONE);
  const slot = LAYOUT.plotWidth / keys.length;
  const plot = {
    left: LAYOUT.left,
    top: LAYOUT.top,
    width: LAYOUT.plotWidth,
    height: LAYOUT.plotHeight,
    bottom: LAYOUT.top + LAYOUT.plotHeight,
  };
  const indexOf = new Map(keys.map((key, index) => [key, index]));
  return {
    unit,
    zone: ZONE,
    keys,
    slot,
    plot,
    xOf: (index) => plot.left + index * slot,
    indexOf,
    binIndex: (day) => indexOf.get(binKey(day, unit, ZONE))!,
  };
}
