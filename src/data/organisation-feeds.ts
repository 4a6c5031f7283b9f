/**
 * The data of one organisation's feeds (RSS and JSON Feed): which exist, and
 * what each lists and says about itself. The two feed pages only serialise it.
 */
import { withCacheKey } from '../lib/cache-key.ts';
import type { FeedInfo } from '../lib/feeds.ts';
import type { TimelineEvent } from '../lib/timeline.ts';
import { getEventDigests, getEventsByOrganisation } from './events.ts';
import { siteContext, type SiteContext } from './site.ts';

/**
 * One feed per organisation. A feed page is reused from the last build while the organisation,
 * its events, their texts (digests) and the site are unchanged.
 */
export async function organisationFeedPaths() {
  const { organisations, siteKey } = siteContext();
  const byOrganisation = await getEventsByOrganisation();
  const digests = await getEventDigests();
  return Object.entries(organisations).map(([id, organisation]) => {
    const events = byOrganisation.get(id) ?? [];
    return withCacheKey(
      { params: { id } },
      siteKey,
      id,
      organisation,
      events,
      events.map((event) => digests.get(event.id)),
    );
  });
}

/** The events of organisation `id`'s feed, and its title, description and addresses (`feedPath`: the feed's own). */
export async function organisationFeed(
  site: SiteContext,
  id: string,
  feedPath: string,
): Promise<{ events: TimelineEvent[]; info: FeedInfo }> {
  const { absoluteUrl, organisations, paths, settings, t } = site;
  const name = organisations[id]?.name ?? id;
  return {
    events: (await getEventsByOrganisation()).get(id) ?? [],
    info: {
      title: t.feedOrganisationTitle(settings.title, name),
      description: t.organisationEvents(name),
      feedUrl: absoluteUrl(feedPath),
      pageUrl: absoluteUrl(paths.organisation(id)),
    },
  };
}
