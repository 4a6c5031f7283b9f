import { getEntry } from 'astro:content';
import { sanitizeEventHtml } from '../lib/markdown.ts';

/** The event's body as HTML: rendered by Astro's Markdown processor, then sanitised. */
export async function renderEventBody(id: string): Promise<string> {
  const entry = await getEntry('events', id);
  return sanitizeEventHtml(entry?.rendered?.html ?? '');
}
