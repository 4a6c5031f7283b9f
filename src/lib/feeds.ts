/**
 * The feeds: RSS 2.0 (written by @astrojs/rss) and JSON Feed 1.1, of all
 * events or of one organisation's, newest first. Each item carries the
 * date (the start of its period in the site's zone), the summary, the
 * organisations as categories and the full text (sanitised HTML). Pure
 * functions over plain data; the endpoints in src/pages pass in what they load.
 */
import { escapeHtml } from './html.ts';
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Source } from '../domain.ts';
import { correctionsNewestFirst, latestCorrection } from './corrections.ts';
import { type EventDate, type Precision } from '../domain.ts';
import { datetimeAttribute, isoDate, rfc2822, rfc3339 } from './dates/machine-formats.ts';
import { formatDate } from './dates/labels.ts';
import { eventMedia } from './media.ts';
import type { TimelineEvent } from './timeline.ts';

/** What feeds and exports need to know about the site, and the text of every event. */
export interface PublishContext {
  title: string;
  description: string;
  /** BCP 47 language of the content, e.g. `nl`. */
  language: string;
  /** Locale for date labels, e.g. `nl-NL`. */
  locale: string;
  zone: string;
  /** Absolute URL of the home page (base path included). */
  homeUrl: string;
  /** Absolute URL of an event page. */
  eventUrl(id: string): string;
  organisationName(id: string): string;
  tagLabel(id: string): string;
  /** Sanitised HTML of each event's body, by id. */
  text: ReadonlyMap<string, { html: string }>;
  /** Heading above the list of sources in the full text. */
  sourcesHeading: string;
  /** An event's image as feeds and exports carry it; undefined for an event without one. */
  image?(id: string): SharedImage | undefined;
  /** The line above an event's corrections in the full text ("Gecorrigeerd op 21 januari 2020"); without it, they are left out of the text. */
  correctedOn?(date: string): string;
  /** Eras from eras.yaml, oldest first; none when the site has none. */
  eras?: readonly { id: string; name: string; start: EventDate; end: EventDate }[];
}

/** An event's image for feeds, exports and sharing: one JPEG, at most 1200 pixels wide, at an absolute URL. */
export interface SharedImage {
  url: string;
  width: number;
  height: number;
  /** MIME type, `image/jpeg`. */
  type: string;
  alt: string;
  caption?: string | undefined;
  credit: string;
}

export interface FeedInfo {
  title: string;
  description: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the page the feed belongs to. */
  pageUrl: string;
}

/** "title (publisher, date)" with a link when the source has one, as HTML. */
export function sourceHtml(source: Source, context: Pick<PublishContext, 'zone' | 'locale'>): string {
  const title = source.url
    ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>`
    : `<cite>${escapeHtml(source.title)}</cite>`;
  const meta = [source.publisher, formatDate(source.date, context.zone, context.locale)]
    .filter(Boolean)
    .map((part) => escapeHtml(part!));
  return `${title} (${meta.join(', ')})`;
}

/** An event's image as HTML: the image with its caption and credit. */
export function figureHtml(image: SharedImage): string {
  const caption = [image.caption ? escapeHtml(image.caption) : '', `<small>${escapeHtml(image.credit)}</small>`]
    .filter(Boolean)
    .join(' ');
  return `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}"><figcaption>${caption}</figcaption></figure>`;
}

/** An event's corrections as HTML, newest first, under the line that says when it was last corrected. */
export function correctionsHtml(event: TimelineEvent, context: PublishContext): string {
  const latest = latestCorrection(event.corrections);
  if (!latest || !context.correctedOn) return '';
  const label = (date: EventDate) => formatDate(date, context.zone, context.locale);
  const notes = correctionsNewestFirst(event.corrections)
    .map(
      (correction) =>
        `<li><time${timeAttribute(correction.date, context.zone)}>${escapeHtml(label(correction.date))}</time>: ${escapeHtml(correction.note)}</li>`,
    )
    .join('');
  return `<p><strong>${escapeHtml(context.correctedOn(label(latest.date)))}</strong></p>\n<ul>${notes}</ul>\n`;
}

/** The full text of an event as HTML: its corrections, its image, its body, then its sources. */
export function fullHtml(event: TimelineEvent, context: PublishContext): string {
  const body = context.text.get(event.id)?.html ?? '';
  const image = context.image?.(event.id);
  const sources = event.sources.map((source) => `<li>${sourceHtml(source, context)}</li>`).join('');
  const media = eventMedia(event)
    .map(
      (item) =>
        `<p><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>${item.caption ? ` ${escapeHtml(item.caption)}` : ''}${item.credit ? ` <small>${escapeHtml(item.credit)}</small>` : ''}</p>\n`,
    )
    .join('');
  return `${correctionsHtml(event, context)}${image ? `${figureHtml(image)}\n` : ''}${media}${body}\n<h2>${escapeHtml(context.sourcesHeading)}</h2>\n<ul>${sources}</ul>`;
}

/** Media RSS (https://www.rssboard.org/media-rss) for an item's image: address, size, alt text and credit. */
function mediaRss(image: SharedImage | undefined): string {
  if (!image) return '';
  return (
    `<media:content url="${escapeHtml(image.url)}" medium="image" type="${escapeHtml(image.type)}" width="${image.width}" height="${image.height}">` +
    `<media:description type="plain">${escapeHtml(image.alt)}</media:description><media:credit>${escapeHtml(image.credit)}</media:credit></media:content>`
  );
}

/**
 * An item's video and audio: a file as an RSS enclosure (its length is not
 * known: 0, as the RSS Best Practices allow) and as Media RSS content; a
 * YouTube or Vimeo video as a Media RSS player, with its title and credit.
 */
function mediaRssPlayable(event: TimelineEvent): string {
  return eventMedia(event)
    .map((item) => {
      const about = `<media:title type="plain">${escapeHtml(item.title)}</media:title>${item.credit ? `<media:credit>${escapeHtml(item.credit)}</media:credit>` : ''}`;
      return item.kind === 'file'
        ? `<enclosure url="${escapeHtml(item.url)}" length="0" type="${escapeHtml(item.mimeType ?? '')}"/><media:content url="${escapeHtml(item.url)}" medium="${item.type}" type="${escapeHtml(item.mimeType ?? '')}">${about}</media:content>`
        : `<media:content url="${escapeHtml(item.url)}" medium="video"><media:player url="${escapeHtml(item.player)}"/>${about}</media:content>`;
    })
    .join('');
}

const newestFirst = <T>(events: readonly T[]) => [...events].reverse();

/** ` datetime="…"`, or nothing where HTML has no value for the date (before Christ). */
const timeAttribute = (date: EventDate, zone: string) => {
  const value = datetimeAttribute(date, zone);
  return value ? ` datetime="${value}"` : '';
};
const pubDate = (value: string | undefined) => (value ? `<pubDate>${value}</pubDate>` : '');
const optional = <K extends string>(key: K, value: string | undefined) =>
  value ? ({ [key]: value } as Record<K, string>) : {};

/** Options for @astrojs/rss: the channel and one item per event, newest first. */
export function rssFeed(
  events: readonly TimelineEvent[],
  feed: FeedInfo,
  context: PublishContext,
): RSSOptions & { items: RSSFeedItem[] } {
  return {
    title: feed.title,
    description: feed.description,
    site: feed.pageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', media: 'http://search.yahoo.com/mrss/' },
    customData: `<language>${escapeHtml(context.language)}</language><atom:link href="${escapeHtml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: newestFirst(events).map((event) => ({
      title: event.title,
      link: context.eventUrl(event.id),
      description: event.summary,
      content: fullHtml(event, context),
      categories: event.organisations.map((id) => context.organisationName(id)),
      // @astrojs/rss writes a Date in GMT; the site zone's offset keeps a
      // month-only event on the 1st of its month for a reader too.
      // Before AD 1 RFC 2822 has no way to write the date, and RSS items may leave pubDate out.
      customData: `${pubDate(rfc2822(event.date, context.zone))}${mediaRss(context.image?.(event.id))}${mediaRssPlayable(event)}`,
    })),
  };
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  /** Left out before AD 1: RFC 3339 cannot write such a date (`_tijdlijn.date` still holds it). */
  date_published?: string;
  /** The latest correction, if any: a correction is the only change after publication. */
  date_modified?: string;
  /** Absolute URL of the event's image (the shared JPEG). */
  image?: string;
  tags: string[];
  language: string;
  /** An event's video or audio: the file, or the YouTube or Vimeo page (text/html). */
  attachments?: Array<{ url: string; mime_type: string; title: string }>;
  /**
   * Extension (JSON Feed allows keys starting with `_`): the date exactly as
   * precise as it is known, in the site's zone, and its precision; the
   * image's alt text, caption and credit; the corrections, newest first.
   */
  _tijdlijn: {
    date: string;
    precision: Precision;
    end?: string;
    organisations: string[];
    topics: string[];
    image?: { alt: string; caption?: string; credit: string };
    video?: { url: string; title: string; caption?: string; credit?: string };
    audio?: { url: string; title: string; caption?: string; credit?: string };
    corrections?: Array<{ date: string; note: string }>;
  };
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/** A JSON Feed 1.1 document, newest first. */
export function jsonFeed(events: readonly TimelineEvent[], feed: FeedInfo, context: PublishContext): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.feedUrl,
    description: feed.description,
    language: context.language,
    items: newestFirst(events).map((event) => {
      const url = context.eventUrl(event.id);
      const image = context.image?.(event.id);
      const latest = latestCorrection(event.corrections);
      const media = eventMedia(event);
      return {
        id: url,
        url,
        title: event.title,
        summary: event.summary,
        content_html: fullHtml(event, context),
        ...optional('date_published', rfc3339(event.date, context.zone)),
        ...optional('date_modified', latest && rfc3339(latest.date, context.zone)),
        ...(image ? { image: image.url } : {}),
        tags: event.organisations.map((id) => context.organisationName(id)),
        language: context.language,
        ...(media.length
          ? {
              attachments: media.map((item) => ({
                url: item.url,
                mime_type: item.mimeType ?? 'text/html',
                title: item.title,
              })),
            }
          : {}),
        _tijdlijn: {
          date: isoDate(event.date, context.zone),
          precision: event.date.precision,
          ...(event.end ? { end: isoDate(event.end, context.zone) } : {}),
          organisations: event.organisations,
          topics: event.tags,
          ...(image
            ? { image: { alt: image.alt, ...(image.caption ? { caption: image.caption } : {}), credit: image.credit } }
            : {}),
          ...Object.fromEntries(
            media.map((item) => [
              item.type,
              {
                url: item.url,
                title: item.title,
                ...(item.caption ? { caption: item.caption } : {}),
                ...(item.credit ? { credit: item.credit } : {}),
              },
            ]),
          ),
          ...(latest
            ? {
                corrections: correctionsNewestFirst(event.corrections).map((correction) => ({
                  date: isoDate(correction.date, context.zone),
                  note: correction.note,
                })),
              }
            : {}),
        },
      };
    }),
  };
}
