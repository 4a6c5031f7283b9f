/**
 * The feeds: RSS 2.0 (written by @astrojs/rss) and JSON Feed 1.1, of all
 * events or of one organisation's, newest first. Each item carries the
 * date (the start of its period in the site's zone), the summary, the
 * organisations as categories and the full text (sanitised HTML plus plain
 * text). Pure functions over plain data; the endpoints in src/pages pass in
 * what they load.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { Source } from '../content/schema.ts';
import { datetimeAttribute, formatDate, rfc2822, rfc3339, type Precision } from './dates.ts';
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
  /** Sanitised HTML and plain text of each event's body, by id. */
  text: ReadonlyMap<string, { html: string; text: string }>;
  /** Heading above the list of sources in the full text. */
  sourcesHeading: string;
}

export interface FeedInfo {
  title: string;
  description: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** Absolute URL of the page the feed belongs to. */
  pageUrl: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

/** "title (publisher, date)" with a link when the source has one, as HTML. */
export function sourceHtml(source: Source, context: Pick<PublishContext, 'zone' | 'locale'>): string {
  const title = source.url ? `<a href="${escapeHtml(source.url)}">${escapeHtml(source.title)}</a>` : `<cite>${escapeHtml(source.title)}</cite>`;
  const meta = [source.publisher, formatDate(source.date, context.zone, context.locale)].filter(Boolean).map((part) => escapeHtml(part!));
  return `${title} (${meta.join(', ')})`;
}

/** The full text of an event as HTML: its body, then its sources. */
export function fullHtml(event: TimelineEvent, context: PublishContext): string {
  const body = context.text.get(event.id)?.html ?? '';
  const sources = event.sources.map((source) => `<li>${sourceHtml(source, context)}</li>`).join('');
  return `${body}\n<h2>${escapeHtml(context.sourcesHeading)}</h2>\n<ul>${sources}</ul>`;
}

const newestFirst = <T>(events: readonly T[]) => [...events].reverse();

/** Options for @astrojs/rss: the channel and one item per event, newest first. */
export function rssFeed(events: readonly TimelineEvent[], feed: FeedInfo, context: PublishContext): RSSOptions & { items: RSSFeedItem[] } {
  return {
    title: feed.title,
    description: feed.description,
    site: feed.pageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${escapeHtml(context.language)}</language><atom:link href="${escapeHtml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: newestFirst(events).map((event) => ({
      title: event.title,
      link: context.eventUrl(event.id),
      description: event.summary,
      content: fullHtml(event, context),
      categories: event.organisations.map((id) => context.organisationName(id)),
      // @astrojs/rss writes a Date in GMT; the site zone's offset keeps a
      // month-only event on the 1st of its month for a reader too.
      customData: `<pubDate>${rfc2822(event.date, context.zone)}</pubDate>`,
    })),
  };
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  content_text: string;
  date_published: string;
  tags: string[];
  language: string;
  /** Extension (JSON Feed allows keys starting with `_`): the date exactly as precise as it is known, in the site's zone, and its precision. */
  _tijdlijn: { date: string; precision: Precision; end?: string; organisations: string[]; topics: string[] };
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
      const body = context.text.get(event.id)?.text ?? '';
      return {
        id: url,
        url,
        title: event.title,
        summary: event.summary,
        content_html: fullHtml(event, context),
        content_text: [event.summary, body].filter(Boolean).join('\n\n'),
        date_published: rfc3339(event.date, context.zone),
        tags: event.organisations.map((id) => context.organisationName(id)),
        language: context.language,
        _tijdlijn: {
          date: datetimeAttribute(event.date, context.zone),
          precision: event.date.precision,
          ...(event.end ? { end: datetimeAttribute(event.end, context.zone) } : {}),
          organisations: event.organisations,
          topics: event.tags,
        },
      };
    }),
  };
}
