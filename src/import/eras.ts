/**
 * A TimelineJS document's eras as entries of eras.yaml. An era needs a name,
 * a start and an end after it, or it is dropped with the reason; one that
 * eras.yaml already holds (same name and dates) is kept as it is; a new one
 * gets an id of its own, made from its name. Each era is one line of the
 * report. Pure, like src/import/convert.ts, which calls it.
 */
import { endsAfterStart, parseEventDate } from '../lib/dates/index.ts';
import { freeId, toSlug } from '../lib/slug.ts';
import { convertDate } from './dates.ts';
import { htmlToText } from './html-to-markdown.ts';
import type { ImportedSlide } from './slides.ts';

/** An era as eras.yaml holds it, its dates as written. */
export interface EraEntry {
  name: string;
  start: string;
  end: string;
}

/** The report's line on one era: what it became, or why it was dropped. */
export interface EraOutcome {
  where: string;
  result?: string;
  dropped?: string;
  notes: string[];
}

/**
 * The new eras, by id, and the report's line on each of `slides`, their
 * dates read in `zone`. `existing` is what eras.yaml holds; `repairsOf` gives
 * the notes on text repaired in a slide (src/import/mojibake.ts), which come
 * first in its line.
 */
export function planEras(
  slides: readonly ImportedSlide[],
  zone: string,
  existing: Readonly<Record<string, EraEntry>>,
  repairsOf: (slide: ImportedSlide) => string[],
): { eras: Record<string, EraEntry>; outcomes: EraOutcome[] } {
  const eras: Record<string, EraEntry> = {};
  const outcomes: EraOutcome[] = [];
  const eraIds = new Set(Object.keys(existing));
  for (const era of slides) {
    const notes: string[] = [...repairsOf(era)];
    const name = htmlToText(era.headline);
    const start = era.start ? convertDate(era.start, 'start', era.field, zone) : undefined;
    const end = era.end ? convertDate(era.end, 'end', era.field, zone) : undefined;
    const drop = (why: string) => outcomes.push({ where: `${era.where} (era)`, dropped: why, notes });
    if (!name) {
      drop(`${era.field('headline')}: an era needs a name`);
      continue;
    }
    if (!start) {
      drop(`${era.field('start.year')}: an era needs a start`);
      continue;
    }
    if (!start.ok) {
      drop(start.problem);
      continue;
    }
    if (!end) {
      drop(`${era.field('end.year')}: an era needs an end`);
      continue;
    }
    if (!end.ok) {
      drop(end.problem);
      continue;
    }
    if (!endsAfterStart(parseEventDate(start.written, zone), parseEventDate(end.written, zone), zone)) {
      drop(`${era.field('end.year')}: ${end.written} is before the start ${start.written}`);
      continue;
    }
    notes.push(...start.notes, ...end.notes);
    if (htmlToText(era.text))
      notes.push(`${era.field('text')}: an era's text is not carried over (an era has a name and dates)`);
    const same = Object.entries(existing).find(
      ([, known]) => known.name === name && known.start === start.written && known.end === end.written,
    );
    if (same) {
      outcomes.push({
        where: `${era.where} (era)`,
        result: `eras.yaml: ${same[0]} (already there, kept as it is)`,
        notes,
      });
      continue;
    }
    const id = freeId(toSlug(name, 60) || 'era', eraIds);
    eraIds.add(id);
    eras[id] = { name, start: start.written, end: end.written };
    outcomes.push({ where: `${era.where} (era)`, result: `eras.yaml: ${id}`, notes });
  }
  return { eras, outcomes };
}
