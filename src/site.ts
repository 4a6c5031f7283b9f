/**
 * What every page needs, loaded once per build: the site settings, the
 * taxonomy, the UI dictionary, the routes and the published events in
 * timeline order. Pages import from here and stay thin.
 */
import { getImage } from 'astro:assets';
import { getCollection } from 'astro:content';
import { contentDirFromEnv } from './config/settings.ts';
import { loadTaxonomy } from './content/check.ts';
import { eventText } from './content/text.ts';
import { dictionary } from './i18n/index.ts';
import type { PublishContext, SharedImage } from './lib/feeds.ts';
import { dimensions } from './lib/images.ts';
import { planArchive, type Archive } from './lib/archive.ts';
import { cacheKey } from './lib/cache-key.ts';
import { erasInOrder } from './lib/eras.ts';
import { routes } from './lib/paths.ts';
import { editEventUrl, proposeEventUrl } from './lib/repository.ts';
import { indexEvents, sortEvents, type EventImage, type TimelineEvent } from './lib/timeline.ts';

const taxonomy = loadTaxonomy(contentDirFromEnv());

export const settings = taxonomy.settings;
export const organisations = taxonomy.organisations;
export const tags = taxonomy.tags;
export const threads = taxonomy.threads;
export const t = dictionary(settings.language);
export const locale = t.locale;
export const zone = settings.timeZone;
/** Eras from eras.yaml, oldest first, with their range labels (none when the file is left out). */
export const eras = erasInOrder(taxonomy.eras, zone, locale);
export const paths = routes(import.meta.env.BASE_URL);
/** What every page's incremental-build key includes: settings, taxonomy and addresses (src/lib/cache-key.ts). */
export const siteKey = cacheKey(settings, organisations, tags, threads, taxonomy.eras, import.meta.env.BASE_URL, import.meta.env.SITE);

/** An absolute URL on the public site for a path from `paths` (which already holds the base). */
export function absoluteUrl(path: string): string {
  return new URL(path, settings.site).href;
}

/** Forge links for editors, or undefined when site.yaml names no repository. */
export const forge = settings.repository
  ? {
      edit: (id: string) => editEventUrl(settings.repository!, settings.contentDir, process.cwd(), id),
      propose: () => proposeEventUrl(settings.repository!, settings.contentDir, process.cwd()),
    }
  : undefined;

let cached: Promise<TimelineEvent[]> | undefined;

/** Every published (non-draft) event, oldest first. */
export function getTimeline(): Promise<TimelineEvent[]> {
  cached ??= getCollection('events', (entry) => !entry.data.draft).then((entries) =>
    sortEvents(entries.map(({ id, data: { draft: _draft, ...event } }) => ({ id, ...event }))),
  );
  return cached;
}

let digests: Promise<Map<string, string>> | undefined;

/** Each event's file digest (Astro's hash of the file): changes whenever its text does. */
export function getEventDigests(): Promise<Map<string, string>> {
  digests ??= getCollection('events').then((entries) => new Map(entries.map((entry) => [entry.id, String(entry.digest ?? '')])));
  return digests;
}

let archive: Promise<Archive<TimelineEvent>> | undefined;

/** The timeline's archive plan: one page, or year and month pages past `pageSize` events. */
export function getArchive(): Promise<Archive<TimelineEvent>> {
  archive ??= getTimeline().then((events) => planArchive(events, zone, { pageSize: settings.pageSize, base: import.meta.env.BASE_URL }));
  return archive;
}

let byOrganisation: Promise<Map<string, TimelineEvent[]>> | undefined;
let byTag: Promise<Map<string, TimelineEvent[]>> | undefined;
let byThread: Promise<Map<string, TimelineEvent[]>> | undefined;

/** Published events per organisation id, in timeline order. */
export function getEventsByOrganisation(): Promise<Map<string, TimelineEvent[]>> {
  byOrganisation ??= getTimeline().then((events) => indexEvents(events, 'organisations'));
  return byOrganisation;
}

/** Published events per tag id, in timeline order. */
export function getEventsByTag(): Promise<Map<string, TimelineEvent[]>> {
  byTag ??= getTimeline().then((events) => indexEvents(events, 'tags'));
  return byTag;
}

/** Published events per thread id, in timeline order. */
export function getEventsByThread(): Promise<Map<string, TimelineEvent[]>> {
  byThread ??= getTimeline().then((events) => indexEvents(events, 'threads'));
  return byThread;
}

/** The rendered, sanitised body of an event. */
export { renderEventBody } from './content/render.ts';

/** The widest shared image: link previews show at most about 1200 pixels. */
const SHARE_WIDTH = 1200;

async function shareImage(image: EventImage): Promise<SharedImage> {
  const result = await getImage({ src: image.src, width: Math.min(SHARE_WIDTH, dimensions(image.src).width), format: 'jpg' });
  return {
    url: absoluteUrl(result.src),
    width: Number(result.attributes['width']),
    height: Number(result.attributes['height']),
    type: 'image/jpeg',
    alt: image.alt,
    caption: image.caption,
    credit: image.credit,
  };
}

let sharedImages: Promise<Map<string, SharedImage>> | undefined;

/** Each published event's image as link previews (og:image), feeds and exports carry it: one JPEG, at most 1200 pixels wide, at an absolute URL. */
export function getSharedImages(): Promise<Map<string, SharedImage>> {
  sharedImages ??= getTimeline().then(async (events) =>
    new Map(await Promise.all(events.flatMap((event) => (event.image ? [shareImage(event.image).then((image) => [event.id, image] as const)] : [])))));
  return sharedImages;
}

let publishing: Promise<PublishContext> | undefined;

/** What feeds and exports need: site facts, absolute URLs and the full text of every published event. */
export function getPublishContext(): Promise<PublishContext> {
  publishing ??= Promise.all([getTimeline(), getSharedImages()]).then(async ([events, images]) => ({
    title: settings.title,
    description: settings.description,
    language: settings.language,
    locale,
    zone,
    homeUrl: absoluteUrl(paths.home()),
    eventUrl: (id: string) => absoluteUrl(paths.event(id)),
    organisationName: (id: string) => organisations[id]?.name ?? id,
    tagLabel: (id: string) => tags[id]?.label ?? id,
    text: new Map(await Promise.all(events.map(async (event) => [event.id, await eventText(event.id)] as const))),
    sourcesHeading: t.sources,
    image: (id: string) => images.get(id),
    correctedOn: t.correctedOn,
    eras,
  }));
  return publishing;
}
