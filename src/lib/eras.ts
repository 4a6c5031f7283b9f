/**
 * Eras (`eras.yaml`): named periods readers see on the timeline. Pure
 * functions over the checked eras, so the pages only render what is
 * computed here: the eras in time order with their date range, and which
 * period section of the timeline each era's label belongs above.
 */
import type { Era } from '../domain.ts';
import { parseEventDate } from './dates/parse.ts';
import { compareEventDates, periodEnd, toDateTime } from './dates/periods.ts';
import { formatDate } from './dates/labels.ts';

export interface EraEntry extends Era {
  id: string;
  /** "1939 – 1945", in the site's language. */
  range: string;
}

/** Every era, oldest first (then by id), with its range label. */
export function erasInOrder(eras: Readonly<Record<string, Era>>, zone: string, locale: string): EraEntry[] {
  return Object.entries(eras)
    .map(([id, era]) => ({
      id,
      ...era,
      range: `${formatDate(era.start, zone, locale)} – ${formatDate(era.end, zone, locale)}`,
    }))
    .sort((a, b) => compareEventDates(a.start, b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * For timeline sections keyed `2020-01` (a month) or `2020` (a year), in
 * time order: the eras to label above each section. An era goes above the
 * most specific section its start falls in (a month rather than its year);
 * when no section holds its start, above the first section it overlaps. An
 * era no section overlaps is left out here (the full list is on the home page).
 */
export function eraLabels(
  sectionKeys: readonly string[],
  eras: readonly EraEntry[],
  zone: string,
): Map<string, EraEntry[]> {
  const sections = sectionKeys.map((key) => {
    const date = parseEventDate(key, zone);
    return { key, start: toDateTime(date, zone), end: periodEnd(date, zone) };
  });
  const labels = new Map<string, EraEntry[]>();
  for (const era of eras) {
    const start = toDateTime(era.start, zone);
    const end = periodEnd(era.end, zone);
    const holding = sections.filter((section) => section.start <= start && start <= section.end);
    const section =
      holding.length > 0
        ? holding.reduce((best, candidate) => (candidate.start > best.start ? candidate : best))
        : sections.find((candidate) => candidate.end >= start && candidate.start <= end);
    if (section) labels.set(section.key, [...(labels.get(section.key) ?? []), era]);
  }
  return labels;
}
