/** JSON Feed 1.1 of every event, newest first. */
import type { APIRoute } from 'astro';
import { jsonFeed } from '../lib/feeds.ts';
import { absoluteUrl, getPublishContext, getTimeline, paths, settings } from '../site.ts';

export const GET: APIRoute = async () => {
  const feed = jsonFeed(await getTimeline(), {
    title: settings.title,
    description: settings.description,
    feedUrl: absoluteUrl(paths.jsonFeed()),
    pageUrl: absoluteUrl(paths.home()),
  }, await getPublishContext());
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
