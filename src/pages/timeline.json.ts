/** The timeline in Knight Lab TimelineJS3's JSON format, to embed elsewhere (see docs/publishing.md, "Feeds and exports"). */
import type { APIRoute } from 'astro';
import { timelineJs } from '../lib/exports.ts';
import { getTimeline } from '../data/events.ts';
import { getPublishContext } from '../data/publishing.ts';

export const GET: APIRoute = async ({ locals }) =>
  new Response(
    JSON.stringify(timelineJs(await getTimeline(), await getPublishContext(), locals.site.t.readOnTimeline), null, 2),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
