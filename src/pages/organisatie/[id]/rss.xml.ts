/** RSS 2.0 feed of one organisation's events, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { rssFeed } from '../../../lib/feeds.ts';
import { organisationFeed, organisationFeedPaths } from '../../../data/organisation-feeds.ts';
import { getPublishContext } from '../../../data/publishing.ts';

export const getStaticPaths = organisationFeedPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, locals }) => {
  const id = params.id!;
  const { events, info } = await organisationFeed(locals.site, id, locals.site.paths.organisationRss(id));
  return rss(rssFeed(events, info, await getPublishContext()));
};
