/**
 * What the overview chart shows beyond its geometry (model.ts, built by
 * build.ts): the words of every bar, band and table row in the site's
 * language, where each links, where its tooltip sits, and which day numbers
 * fit under the bars.
 * OverviewChart.astro only draws what this returns.
 */
import type { Dictionary } from '../../i18n/index.ts';
import type { Chart, ChartBand, ChartBin } from './model.ts';
import { compareKeys } from '../dates/keys.ts';
import { formatDayKey, formatDayKeyPlain, formatMonthKey, formatShortMonth, formatYearKey } from '../dates/labels.ts';
import { periodLabel } from '../timeline.ts';

export interface ChartWords {
  t: Dictionary;
  zone: string;
  locale: string;
  /** Where a bar or band links: its period's anchor on the timeline or archive page (src/lib/archive.ts). */
  anchor: (key: string) => string;
}

/** Where a tooltip's text sits: centred on its bar, or pinned to the edge it would run past. */
export interface TipPlace {
  x: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface BarView extends ChartBin {
  label: string;
  href: string;
  /** Left edge of the bar's full-height hit area (one slot wide). */
  hitX: number;
  tip: TipPlace;
}

export interface BandView extends ChartBand {
  label: string;
  href: string;
  tip: TipPlace;
}

export interface ChartView {
  /** Width of one bin. */
  slot: number;
  bars: BarView[];
  bands: BandView[];
  /** The hidden table: every bar and band in time order, a month's band before that month's days. */
  rows: Array<{ key: string; label: string; count: number }>;
  caption: string;
  /** Bars that carry their day number: none closer than MIN_DAY_LABEL_GAP to the one before. */
  dayLabels: BarView[];
}

/** Room a tooltip needs on either side before it is pinned to the plot's edge. */
const TIP_ROOM = 150;
/** Least distance between two day numbers under the bars. */
export const MIN_DAY_LABEL_GAP = 18;

/** An axis tick's words: a month's short name, or a year. */
export function tickLabel(key: string, kind: 'month' | 'year', zone: string, locale: string): string {
  return kind === 'month' ? formatShortMonth(key, zone, locale) : formatYearKey(key, zone, locale);
}

export function chartView(chart: Chart, { t, zone, locale, anchor }: ChartWords): ChartView {
  const year = (key: string) => formatYearKey(key, zone, locale);
  const binLabel = (bin: ChartBin) =>
    chart.unit === 'day'
      ? formatDayKey(bin.key, zone, locale)
      : chart.unit === 'week'
        ? t.chartWeek(formatDayKeyPlain(bin.key, zone, locale))
        : chart.unit === 'month'
          ? formatMonthKey(bin.key, zone, locale)
          : chart.unit === 'year'
            ? year(bin.key)
            : t.chartYearRange(year(bin.key), year(bin.lastYear));
  const bandLabel = (band: ChartBand) => {
    const label = (key: string) => periodLabel({ key, kind: band.kind }, zone, locale);
    const periods = band.key === band.lastKey ? label(band.key) : `${label(band.key)} – ${label(band.lastKey)}`;
    return band.kind === 'month' ? t.dayUnknown(periods) : t.monthUnknown(periods);
  };

  const slot = chart.plot.width / chart.bins.length;
  const left = chart.plot.left;
  const right = chart.plot.left + chart.plot.width;
  const tip = (centre: number, width: number): TipPlace => {
    if (centre - left < TIP_ROOM) return { x: Math.max(left, centre - width / 2), anchor: 'start' };
    if (right - centre < TIP_ROOM) return { x: Math.min(right, centre + width / 2), anchor: 'end' };
    return { x: centre, anchor: 'middle' };
  };
  const bars = chart.bins
    .filter((bin) => bin.count > 0)
    .map((bin) => ({
      ...bin,
      label: t.chartItem(binLabel(bin), bin.count),
      href: anchor(bin.target!),
      hitX: bin.centre - slot / 2,
      tip: tip(bin.centre, slot),
    }));
  const bands = chart.bands.map((band) => ({
    ...band,
    label: t.chartItem(bandLabel(band), band.count),
    href: anchor(band.target),
    tip: tip(band.centre, band.width),
  }));
  const rows = [
    ...bars.map((bar) => ({ key: bar.key, label: binLabel(bar), count: bar.count })),
    ...bands.map((band) => ({ key: band.key, label: bandLabel(band), count: band.count })),
  ].sort((a, b) => compareKeys(a.key, b.key, zone) || a.key.length - b.key.length);
  const caption = [
    t.chartCaption(
      chart.unit,
      formatDayKeyPlain(chart.first, zone, locale),
      formatDayKeyPlain(chart.last, zone, locale),
    ),
    chart.hasPeriods ? t.chartPeriods : '',
    chart.undated > 0 ? t.chartUndated(chart.undated) : '',
    chart.eras.length > 0 ? t.chartEras(chart.eras.map((era) => era.name).join(', ')) : '',
  ]
    .filter(Boolean)
    .join(' ');
  let lastLabel = -Infinity;
  const dayLabels = chart.dayLabels
    ? bars.filter((bar) => {
        if (bar.centre - lastLabel < MIN_DAY_LABEL_GAP) return false;
        lastLabel = bar.centre;
        return true;
      })
    : [];
  return { slot, bars, bands, rows, caption, dayLabels };
}
