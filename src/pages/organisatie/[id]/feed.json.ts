/** JSON Feed 1.1 of one organisation's events, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonFeed } from '../../../lib/feeds.ts';
import { organisationFeed, organisationFeedPaths } from '../../../data/organisation-feeds.ts';
import { getPublishContext } from '../../../data/publishing.ts';

export const getStaticPaths = organisationFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const id = params.id!;
  const { events, info } = await organisationFeed(locals.site, id, locals.site.paths.organisationJsonFeed(id));
  const feed = jsonFeed(events, info, await getPublishContext());
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
