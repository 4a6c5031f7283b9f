/** Every event with a known day as an iCalendar VEVENT (see docs/publishing.md, "Feeds and exports"). */
import type { APIRoute } from 'astro';
import { eventsIcs } from '../lib/exports.ts';
import { getTimeline } from '../data/events.ts';
import { getPublishContext } from '../data/publishing.ts';

export const GET: APIRoute = async () =>
  new Response(eventsIcs(await getTimeline(), await getPublishContext()), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
