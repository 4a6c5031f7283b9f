/**
 * The domain's types: what an event, a date, a source, an organisation and
 * the rest are, as plain data. Every module imports them from here; the
 * content schema (src/content/schema.ts) checks that what it parses is
 * exactly this, so the two cannot drift apart.
 */

/** How precisely a date is known: the form the editor wrote decides. */
export type Precision = 'year' | 'month' | 'day' | 'time';

/** A parsed event date. Plain JSON data, so it survives Astro's content store. */
export interface EventDate {
  /** The value normalised to the form the editor wrote, e.g. `2020-01`, `-0044-03-15` or `2020-01-17T14:30`. */
  written: string;
  precision: Precision;
  /** Start of the period (or the instant), exactly, in milliseconds since 1970-01-01T00:00Z. */
  epoch: number;
}

/** Where a claim comes from. */
export interface Source {
  title: string;
  publisher?: string | undefined;
  date: EventDate;
  url?: string | undefined;
  /** Language code, e.g. `nl`. */
  language: string;
}

/** A correction made after publication; it never moves the event. */
export interface Correction {
  date: EventDate;
  note: string;
}

/** An event's image as written: `src` is a path relative to the event file. */
export interface EventImageFields {
  src: string;
  alt: string;
  caption?: string | undefined;
  credit: string;
}

/**
 * An event's video or audio as written: an https address of a YouTube or
 * Vimeo video or of a media file (src/lib/media.ts reads it), what it is
 * called on the play control, and who made it.
 */
export interface EventMediaFields {
  url: string;
  /** Shown on the play control; the event's title when left out. */
  title?: string | undefined;
  caption?: string | undefined;
  credit?: string | undefined;
}

/** An event's frontmatter, checked; the id is its file name. */
export interface EventFields {
  title: string;
  date: EventDate;
  /** Words shown instead of the date label; `date` still orders and files the event. */
  display_date?: string | undefined;
  end?: EventDate | undefined;
  summary: string;
  organisations: string[];
  tags: string[];
  sources: Source[];
  related: string[];
  threads: string[];
  draft: boolean;
  image?: EventImageFields | undefined;
  /** A video that plays only when the reader presses play; the image, if any, is its poster. */
  video?: EventMediaFields | undefined;
  audio?: EventMediaFields | undefined;
  corrections: Correction[];
  /** When the entry first appeared on the site (not when the event happened). */
  published?: EventDate | undefined;
}

/** An entry of organisations.yaml. */
export interface Organisation {
  name: string;
  /** A sector id from site.yaml. */
  sector: string;
  place: string;
  website?: string | undefined;
}

/** An entry of tags.yaml. In code always a tag; readers see it as a topic (English) or "onderwerp" (Dutch, and in URLs). */
export interface Tag {
  label: string;
  description?: string | undefined;
}

/** An entry of threads.yaml: a storyline. */
export interface Thread {
  title: string;
  description?: string | undefined;
}

/** An entry of eras.yaml: a named period. */
export interface Era {
  name: string;
  start: EventDate;
  end: EventDate;
}

/** Who publishes the timeline (site.yaml `publisher`): the event pages' article publisher. */
export interface Publisher {
  name: string;
  /** An https:// address of the publisher's logo. */
  logo?: string | undefined;
  url?: string | undefined;
}

/** Who writes the entries (site.yaml `author`): the event pages' article author. */
export interface Author {
  name: string;
  url?: string | undefined;
  type: 'Organization' | 'Person';
}
