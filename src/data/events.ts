/**
 * The published events of the timeline being built, and the lists derived
 * from them. Each is queried once per build, on first call (never when this
 * module is imported), and shared by every page that asks.
 */
import { getCollection } from 'astro:content';
import { planArchive, type Archive } from '../lib/archive.ts';
import { indexEvents, sortEvents, type TimelineEvent } from '../lib/timeline.ts';
import { siteContext } from './site.ts';

let timeline: Promise<TimelineEvent[]> | undefined;

/** Every published (non-draft) event, oldest first. */
export function getTimeline(): Promise<TimelineEvent[]> {
  timeline ??= getCollection('events', (entry) => !entry.data.draft).then((entries) =>
    sortEvents(entries.map(({ id, data: { draft: _draft, ...event } }) => ({ id, ...event }))),
  );
  return timeline;
}

let digests: Promise<Map<string, string>> | undefined;

/** Each event's file digest (Astro's hash of the file): changes whenever its text does. */
export function getEventDigests(): Promise<Map<string, string>> {
  digests ??= getCollection('events').then(
    (entries) => new Map(entries.map((entry) => [entry.id, String(entry.digest ?? '')])),
  );
  return digests;
}

let archive: Promise<Archive<TimelineEvent>> | undefined;

/** The timeline's archive plan: one page, or year and month pages past `pageSize` events. */
export function getArchive(): Promise<Archive<TimelineEvent>> {
  archive ??= getTimeline().then((events) => {
    const { settings, zone } = siteContext();
    return planArchive(events, zone, { pageSize: settings.pageSize, base: import.meta.env.BASE_URL });
  });
  return archive;
}

type IndexedField = 'organisations' | 'tags' | 'threads';
const indexes = new Map<IndexedField, Promise<Map<string, TimelineEvent[]>>>();

function eventsBy(field: IndexedField): Promise<Map<string, TimelineEvent[]>> {
  let index = indexes.get(field);
  if (!index) indexes.set(field, (index = getTimeline().then((events) => indexEvents(events, field))));
  return index;
}

/** Published events per organisation id, in timeline order. */
export const getEventsByOrganisation = () => eventsBy('organisations');
/** Published events per tag id, in timeline order. */
export const getEventsByTag = () => eventsBy('tags');
/** Published events per thread id, in timeline order. */
export const getEventsByThread = () => eventsBy('threads');
