/** JSON Feed 1.1 of every event, newest first. */
import type { APIRoute } from 'astro';
import { jsonFeed } from '../lib/feeds.ts';
import { getTimeline } from '../data/events.ts';
import { getPublishContext } from '../data/publishing.ts';

export const GET: APIRoute = async ({ locals }) => {
  const { absoluteUrl, paths, settings } = locals.site;
  const feed = jsonFeed(
    await getTimeline(),
    {
      title: settings.title,
      description: settings.description,
      feedUrl: absoluteUrl(paths.jsonFeed()),
      pageUrl: absoluteUrl(paths.home()),
    },
    await getPublishContext(),
  );
  return new Response(JSON.stringify(feed, null, 2), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
};
