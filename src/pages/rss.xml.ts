/** RSS 2.0 feed of every event, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { rssFeed } from '../lib/feeds.ts';
import { absoluteUrl, getPublishContext, getTimeline, paths, settings } from '../site.ts';

export const GET: APIRoute = async () =>
  rss(rssFeed(await getTimeline(), {
    title: settings.title,
    description: settings.description,
    feedUrl: absoluteUrl(paths.rss()),
    pageUrl: absoluteUrl(paths.home()),
  }, await getPublishContext()));
