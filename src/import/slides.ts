/**
 * A TimelineJS document as the importer reads it, whichever form it came in
 * (the JSON format or a CSV saved from the Google Sheets template): a title
 * slide, event slides and eras, each value still as written, each slide with
 * the place in the document it came from (`line 4` or `events[3]`), so
 * every message can name it.
 */

/** A date part as found in the wild: a number, a numeric string, or an empty string for "not given". */
export type Part = string | number | null | undefined;

export const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

export interface SlideDate {
  year?: Part;
  month?: Part;
  day?: Part;
  hour?: Part;
  minute?: Part;
  second?: Part;
  millisecond?: Part;
  /** A clock time as written in the Sheets template's Time column, e.g. `2:30 PM` or `14:30` (instead of hour, minute, second). */
  time?: string;
  display_date?: Part;
}

export interface SlideMedia {
  url: string;
  credit: string;
  caption: string;
  thumbnail: string;
  alt: string;
}

export interface ImportedSlide {
  /** Where the slide is: `line 4` (CSV) or `events[3]` (JSON). */
  where: string;
  /** How to name one value of this slide in a message: `events[3].start_date.month`, `line 4, column "Month"`. */
  field(name: SlideField): string;
  start?: SlideDate | undefined;
  end?: SlideDate | undefined;
  displayDate: string;
  headline: string;
  /** HTML, as TimelineJS takes it. */
  text: string;
  media?: SlideMedia | undefined;
  group: string;
  /** A background image address or colour; the site has no slide backgrounds. */
  background: string;
  uniqueId: string;
}

/** The values a message can point at. */
export type SlideField =
  | `start.${DatePart | 'time'}`
  | `end.${DatePart | 'time'}`
  | 'display_date'
  | 'headline'
  | 'text'
  | 'media'
  | 'group'
  | 'background'
  | 'unique_id';

export interface ImportedDocument {
  /** `json` or `csv`. */
  format: 'json' | 'csv';
  title?: ImportedSlide | undefined;
  events: ImportedSlide[];
  eras: ImportedSlide[];
  /** What the document holds that applies to no single slide and is not carried over (e.g. `scale: cosmological`). */
  notes: string[];
}

/** A document the importer cannot read at all: `where` is the line or the JSON path. */
export class DocumentError extends Error {
  override name = 'DocumentError';
  readonly where: string;
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.where = where;
  }
}

/** Text of a value found in the wild: numbers as their digits, nothing as "", whitespace trimmed. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
