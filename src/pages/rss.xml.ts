/** RSS 2.0 feed of every event, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { rssFeed } from '../lib/feeds.ts';
import { getTimeline } from '../data/events.ts';
import { getPublishContext } from '../data/publishing.ts';

export const GET: APIRoute = async ({
  locals: {
    site: { absoluteUrl, paths, settings },
  },
}) =>
  rss(
    rssFeed(
      await getTimeline(),
      {
        title: settings.title,
        description: settings.description,
        feedUrl: absoluteUrl(paths.rss()),
        pageUrl: absoluteUrl(paths.home()),
      },
      await getPublishContext(),
    ),
  );
