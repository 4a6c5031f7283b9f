/**
 * JSON-LD for event pages. An event page is a short news text about
 * something that happened, with a headline, summary, body and sources: a
 * schema.org `NewsArticle`. (`Event` is for happenings people attend, with a
 * place and a start date; most entries here are announcements and decisions
 * without a place, and a month-only date is no valid `startDate`.) When it
 * happened, at the precision known, goes in `contentReferenceTime`; the
 * organisations are what it is `about`; the sources are its `citation`s.
 *
 * `datePublished` is the event's `published` date, when the entry first
 * appeared on the site; an entry without one has no `datePublished` (the
 * event's own date is not when it was published, and a guess would be a
 * claim the newsroom never made). `dateModified` is the latest correction;
 * `author` and `publisher` come from site.yaml.
 */
import { eventMedia } from './media.ts';
import type { Author, Organisation, Publisher, Tag, Thread } from '../domain.ts';
import { latestCorrection } from './corrections.ts';
import { isoDate } from './dates/machine-formats.ts';
import type { SharedImage } from './feeds.ts';
import type { TimelineEvent } from './timeline.ts';

export interface JsonLdContext {
  zone: string;
  language: string;
  siteName: string;
  homeUrl: string;
  eventUrl(id: string): string;
  organisation(id: string): { name: string; website?: string | undefined } | undefined;
  tagLabel(id: string): string;
  threadTitle(id: string): string;
  /** The event's image as shared (absolute URL), if it has one. */
  image?(id: string): SharedImage | undefined;
  /** site.yaml `publisher`: who publishes the site (else the site itself, by its title and address). */
  publisher?: Publisher | undefined;
  /** site.yaml `author`: who writes the entries; no `author` when left out. */
  author?: Author | undefined;
}

/** What `jsonLdContext` reads of the site (the site context, src/data/site.ts, has all of it). */
export interface JsonLdSite {
  settings: { language: string; title: string; publisher?: Publisher | undefined; author?: Author | undefined };
  zone: string;
  organisations: Record<string, Organisation>;
  tags: Record<string, Tag>;
  threads: Record<string, Thread>;
  absoluteUrl(path: string): string;
  paths: { home(): string; event(id: string): string };
}

/** The context of an event page's JSON-LD, from the site and the page's shared image. */
export function jsonLdContext(site: JsonLdSite, image: SharedImage | undefined): JsonLdContext {
  const { settings, zone, organisations, tags, threads, absoluteUrl, paths } = site;
  return {
    zone,
    language: settings.language,
    siteName: settings.title,
    homeUrl: absoluteUrl(paths.home()),
    eventUrl: (id) => absoluteUrl(paths.event(id)),
    organisation: (id) => organisations[id],
    tagLabel: (id) => tags[id]?.label ?? id,
    threadTitle: (id) => threads[id]?.title ?? id,
    image: () => image,
    publisher: settings.publisher,
    author: settings.author,
  };
}

/** A player address as it is embedded without the reader's click: no autoplay. */
function withoutAutoplay(player: string): string {
  const url = new URL(player);
  url.searchParams.delete('autoplay');
  return url.href;
}

export function eventJsonLd(event: TimelineEvent, context: JsonLdContext): Record<string, unknown> {
  const url = context.eventUrl(event.id);
  const site = { '@type': 'WebSite', name: context.siteName, url: context.homeUrl };
  // A correction is the only change after publication: the latest one is when the page was modified.
  const corrected = latestCorrection(event.corrections);
  const image = context.image?.(event.id);
  const media = eventMedia(event);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: event.title,
    description: event.summary,
    inLanguage: context.language,
    contentReferenceTime: isoDate(event.date, context.zone),
    ...(event.end
      ? { temporalCoverage: `${isoDate(event.date, context.zone)}/${isoDate(event.end, context.zone)}` }
      : {}),
    ...(event.published ? { datePublished: isoDate(event.published, context.zone) } : {}),
    ...(corrected ? { dateModified: isoDate(corrected.date, context.zone) } : {}),
    ...(context.author
      ? {
          author: {
            '@type': context.author.type,
            name: context.author.name,
            ...(context.author.url ? { url: context.author.url } : {}),
          },
        }
      : {}),
    ...(image
      ? {
          image: {
            '@type': 'ImageObject',
            url: image.url,
            contentUrl: image.url,
            width: image.width,
            height: image.height,
            ...(image.alt ? { description: image.alt } : {}),
            ...(image.caption ? { caption: image.caption } : {}),
            creditText: image.credit,
          },
        }
      : {}),
    // A video or audio recording: VideoObject / AudioObject, the file as contentUrl or the player as embedUrl.
    ...(media.length
      ? {
          associatedMedia: media.map((item) => ({
            '@type': item.type === 'video' ? 'VideoObject' : 'AudioObject',
            name: item.title,
            description: item.caption ?? event.summary,
            url: item.url,
            ...(item.kind === 'file'
              ? { contentUrl: item.url, encodingFormat: item.mimeType }
              : { embedUrl: withoutAutoplay(item.player) }),
            ...(image ? { thumbnailUrl: image.url } : {}),
            ...(event.published ? { uploadDate: isoDate(event.published, context.zone) } : {}),
            ...(item.credit ? { creditText: item.credit } : {}),
          })),
        }
      : {}),
    about: event.organisations.flatMap((id) => {
      const organisation = context.organisation(id);
      return organisation
        ? [
            {
              '@type': 'Organization',
              name: organisation.name,
              ...(organisation.website ? { url: organisation.website } : {}),
            },
          ]
        : [];
    }),
    keywords: event.tags.map((id) => context.tagLabel(id)),
    ...(event.threads.length > 0 ? { articleSection: event.threads.map((id) => context.threadTitle(id)) } : {}),
    citation: event.sources.map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      ...(source.url ? { url: source.url } : {}),
      ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
      datePublished: isoDate(source.date, context.zone),
      inLanguage: source.language,
    })),
    isPartOf: site,
    publisher: context.publisher
      ? {
          '@type': 'Organization',
          name: context.publisher.name,
          url: context.publisher.url ?? context.homeUrl,
          ...(context.publisher.logo ? { logo: { '@type': 'ImageObject', url: context.publisher.logo } } : {}),
        }
      : { '@type': 'Organization', name: context.siteName, url: context.homeUrl },
  };
}

/** The JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
