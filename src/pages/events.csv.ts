/** Every event as one CSV row (see docs/publishing.md, "Feeds and exports"). */
import type { APIRoute } from 'astro';
import { eventsCsv } from '../lib/exports.ts';
import { getTimeline } from '../data/events.ts';
import { getPublishContext } from '../data/publishing.ts';

export const GET: APIRoute = async () =>
  new Response(eventsCsv(await getTimeline(), await getPublishContext()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
