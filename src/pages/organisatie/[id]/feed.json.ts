/** JSON Feed 1.1 of one organisation's events, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFeed } from '../../../lib/feeds.ts';
import { withCacheKey } from '../../../lib/cache-key.ts';
import { getEventDigests, getEventsByOrganisation } from '../../../data/events.ts';
import { getPublishContext } from '../../../data/publishing.ts';
import { siteContext } from '../../../data/site.ts';

export const getStaticPaths = (async () => {
  const { organisations, siteKey } = siteContext();
  const byOrganisation = await getEventsByOrganisation();
  const digests = await getEventDigests();
  // Reused from the last build while the organisation's events, their texts (digests) and the site are unchanged.
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
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const { absoluteUrl, organisations, paths, settings, t } = locals.site;
  const id = params.id!;
  const name = organisations[id]?.name ?? id;
  const feed = jsonFeed(
    (await getEventsByOrganisation()).get(id) ?? [],
    {
      title: t.feedOrganisationTitle(settings.title, name),
      description: t.organisationEvents(name),
      feedUrl: absoluteUrl(paths.organisationJsonFeed(id)),
      pageUrl: absoluteUrl(paths.organisation(id)),
    },
    await getPublishContext(),
  );
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
