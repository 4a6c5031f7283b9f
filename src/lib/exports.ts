/**
 * The exports: the timeline in Knight Lab TimelineJS3's JSON format, a CSV
 * file with one row per event, and an iCalendar file with one VEVENT per
 * event whose day is known. Pure functions over plain data; the endpoints in
 * src/pages pass in what they load. Dates come from lib/dates/ only, in
 * the site's zone, so no output depends on the build machine's zone.
 */
import { stringify } from 'csv-stringify/sync';
import ical from 'ical-generator';
import { type EventDate } from '../domain.ts';
import { calendarSpan, dateParts } from './dates/calendar.ts';
import type { DateParts } from './dates/years.ts';
import { isoDate } from './dates/machine-formats.ts';
import { formatDate } from './dates/labels.ts';
import { sourceHtml, type PublishContext } from './feeds.ts';
import { escapeHtml } from './html.ts';
import { eventMedia } from './media.ts';
import type { TimelineEvent } from './timeline.ts';

// --- TimelineJS ------------------------------------------------------------

export interface TimelineJsDate extends DateParts {
  second?: number;
  /** Shown instead of TimelineJS's own label: set for month- and year-only dates, which it would otherwise show as a day. */
  display_date?: string;
}

export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  media?: { url: string; alt?: string; credit?: string; caption?: string; thumbnail?: string };
  /** TimelineJS draws slides with the same group in one row: the label of the event's first tag. */
  group?: string;
}

/** A named period TimelineJS draws as a band under the time navigation. */
export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text: { headline: string };
}

/** The document TimelineJS3 reads (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJsDocument {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsEra[];
}

/**
 * A date's known parts (seconds included where written; a year before Christ
 * negative, as TimelineJS writes it: -44 is 44 BC). `label` (the event's
 * display_date) is shown instead of TimelineJS's own label; without one,
 * month- and year-only dates get the site's label, which TimelineJS would
 * otherwise show as a day.
 */
function timelineJsDate(date: EventDate, context: PublishContext, label?: string): TimelineJsDate {
  const parts: TimelineJsDate = dateParts(date, context.zone);
  if (label) return { ...parts, display_date: label };
  return date.precision === 'month' || date.precision === 'year'
    ? { ...parts, display_date: formatDate(date, context.zone, context.locale) }
    : parts;
}

/**
 * One slide per event, oldest first, plus a title slide. The text is the
 * event's body with a link to its page; the media column holds the summary
 * as a quote and the sources as its credit (TimelineJS shows a credit only
 * under media; a newsroom can swap the quote for a photo and keep the credit).
 * An event with an image shows the image there instead, with its alt text,
 * caption and credit, and its sources move into the text. The first tag's
 * label is the slide's `group`, the event's `display_date` its date label,
 * and the eras from eras.yaml are the document's `eras`. Text stays as
 * written: the headline only HTML-escaped, the body as the site renders it.
 */
export function timelineJs(
  events: readonly TimelineEvent[],
  context: PublishContext,
  readMore: string,
): TimelineJsDocument {
  return {
    title: {
      text: { headline: escapeHtml(context.title), text: `<p>${escapeHtml(context.description)}</p>` },
    },
    events: events.map((event) => {
      const start = timelineJsDate(event.date, context, event.display_date);
      const image = context.image?.(event.id);
      const [played] = eventMedia(event);
      const sources = event.sources.map((source) => sourceHtml(source, context)).join('; ');
      const slide: TimelineJsSlide = {
        unique_id: event.id,
        start_date: start,
        text: {
          headline: escapeHtml(event.title),
          text: `${context.text.get(event.id)?.html ?? ''}\n${image || played ? `<p>${escapeHtml(context.sourcesHeading)}: ${sources}</p>\n` : ''}<p><a href="${escapeHtml(context.eventUrl(event.id))}">${escapeHtml(readMore)}</a></p>`,
        },
        media: played
          ? {
              // TimelineJS plays a YouTube, Vimeo or media file address itself; the image is its thumbnail.
              url: played.url,
              ...(played.caption ? { caption: escapeHtml(played.caption) } : {}),
              ...(played.credit ? { credit: escapeHtml(played.credit) } : {}),
              ...(image ? { thumbnail: image.url } : {}),
            }
          : image
            ? {
                url: image.url,
                alt: image.alt,
                ...(image.caption ? { caption: escapeHtml(image.caption) } : {}),
                credit: escapeHtml(image.credit),
              }
            : { url: `<blockquote>${escapeHtml(event.summary)}</blockquote>`, credit: sources },
      };
      if (event.end) slide.end_date = timelineJsDate(event.end, context);
      // The slide's own label replaces TimelineJS's whole label, the end of a period included: only the
      // event's display_date, or the site's label of a month or year without an end, go there.
      const label = event.display_date ?? (event.end ? undefined : start.display_date);
      if (label) slide.display_date = label;
      const [tag] = event.tags;
      if (tag) slide.group = context.tagLabel(tag);
      return slide;
    }),
    ...(context.eras?.length
      ? {
          eras: context.eras.map((era) => ({
            start_date: timelineJsDate(era.start, context),
            end_date: timelineJsDate(era.end, context),
            text: { headline: escapeHtml(era.name) },
          })),
        }
      : {}),
  };
}

// --- CSV -------------------------------------------------------------------

export const CSV_COLUMNS = [
  'id',
  'date',
  'precision',
  'end',
  'title',
  'summary',
  'organisations',
  'tags',
  'sources',
  'url',
] as const;

/** Lists inside a cell: names and labels joined by "; ", source URLs by a space. */
export const CSV_LIST_SEPARATOR = '; ';

/** The rows of events.csv, header first: one row per event, oldest first. */
export function csvRows(events: readonly TimelineEvent[], context: PublishContext): string[][] {
  return [
    [...CSV_COLUMNS],
    ...events.map((event) => [
      event.id,
      isoDate(event.date, context.zone),
      event.date.precision,
      event.end ? isoDate(event.end, context.zone) : '',
      event.title,
      event.summary,
      event.organisations.map((id) => context.organisationName(id)).join(CSV_LIST_SEPARATOR),
      event.tags.map((id) => context.tagLabel(id)).join(CSV_LIST_SEPARATOR),
      event.sources.flatMap((source) => source.url ?? []).join(' '),
      context.eventUrl(event.id),
    ]),
  ];
}

/** events.csv: RFC 4180 (CRLF, quotes where needed), UTF-8 with a byte-order mark so spreadsheet programs read the accents. */
export function eventsCsv(events: readonly TimelineEvent[], context: PublishContext): string {
  return stringify(csvRows(events, context), { bom: true, record_delimiter: 'windows' });
}

// --- iCalendar -------------------------------------------------------------

/**
 * events.ics: one VEVENT per event with a known day. A day is an all-day
 * entry (DTSTART;VALUE=DATE), a time an instant in UTC. Events known only to
 * their month or year have no entry: iCalendar has no "some day in January".
 * DTSTAMP is the event's own start, so the file only changes when the content does.
 */
export function eventsIcs(events: readonly TimelineEvent[], context: PublishContext): string {
  const host = new URL(context.homeUrl).host;
  const calendar = ical({
    name: context.title,
    description: context.description,
    url: context.homeUrl,
    prodId: { company: 'Tijdlijn', product: context.title, language: context.language.toUpperCase() },
  });
  for (const event of events) {
    const span = calendarSpan(event.date, event.end, context.zone);
    if (!span) continue;
    const url = context.eventUrl(event.id);
    calendar.createEvent({
      id: `${event.id}@${host}`,
      allDay: span.allDay,
      start: span.start,
      ...(span.end ? { end: span.end } : {}),
      stamp: span.start.toUTC(),
      summary: event.title,
      description: `${event.summary}\n\n${url}`,
      url,
      categories: event.organisations.map((id) => ({ name: context.organisationName(id) })),
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one (END:VCALENDAR) too; ical-generator leaves that one bare.
  return calendar.toString().replace(/(?:\r\n)?$/, '\r\n');
}
