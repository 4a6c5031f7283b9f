/** JSON Feed 1.1 of one organisation's events, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFeed } from '../../../lib/feeds.ts';
import { getEventsByOrganisation } from '../../../data/events.ts';
import { getPublishContext } from '../../../data/publishing.ts';
import { siteContext } from '../../../data/site.ts';

export const getStaticPaths = (() =>
  Object.keys(siteContext().organisations).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

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
