/**
 * What feeds, exports and link previews need beyond the events themselves:
 * each event's shared image and the publishing context (site facts, absolute
 * URLs, full texts). Made once per build, on first call.
 */
import { getImage } from 'astro:assets';
import type { PublishContext, SharedImage } from '../lib/feeds.ts';
import { dimensions } from '../lib/images.ts';
import type { EventImage } from '../lib/timeline.ts';
import { eventBody } from './event-body.ts';
import { getTimeline } from './events.ts';
import { siteContext } from './site.ts';

/** The widest shared image: link previews show at most about 1200 pixels. */
const SHARE_WIDTH = 1200;

async function shareImage(image: EventImage, absoluteUrl: (path: string) => string): Promise<SharedImage> {
  const result = await getImage({
    src: image.src,
    width: Math.min(SHARE_WIDTH, dimensions(image.src).width),
    format: 'jpg',
  });
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
  sharedImages ??= getTimeline().then(async (events) => {
    const { absoluteUrl } = siteContext();
    return new Map(
      await Promise.all(
        events.flatMap((event) =>
          event.image ? [shareImage(event.image, absoluteUrl).then((image) => [event.id, image] as const)] : [],
        ),
      ),
    );
  });
  return sharedImages;
}

let publishing: Promise<PublishContext> | undefined;

/** What feeds and exports need: site facts, absolute URLs and the full text of every published event. */
export function getPublishContext(): Promise<PublishContext> {
  publishing ??= Promise.all([getTimeline(), getSharedImages()]).then(async ([events, images]) => {
    const { settings, organisations, tags, eras, t, locale, zone, paths, absoluteUrl } = siteContext();
    return {
      title: settings.title,
      description: settings.description,
      language: settings.language,
      locale,
      zone,
      homeUrl: absoluteUrl(paths.home()),
      eventUrl: (id: string) => absoluteUrl(paths.event(id)),
      organisationName: (id: string) => organisations[id]?.name ?? id,
      tagLabel: (id: string) => tags[id]?.label ?? id,
      text: new Map(
        await Promise.all(events.map(async (event) => [event.id, { html: await eventBody(event.id) }] as const)),
      ),
      sourcesHeading: t.sources,
      image: (id: string) => images.get(id),
      correctedOn: t.correctedOn,
      eras,
    };
  });
  return publishing;
}
