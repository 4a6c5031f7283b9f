/**
 * An event's body as HTML: rendered by Astro's Markdown processor and
 * sanitised by the events loader (src/content/loader.ts) when the file was
 * loaded; sanitised here again if the data store holds it from a build with
 * other sanitiser rules. Once per build: the event page and the feeds both
 * use it.
 */
import { getEntry } from 'astro:content';
import { SANITIZER_RULES, sanitizeEventHtml } from '../lib/sanitise.ts';

const bodies = new Map<string, Promise<string>>();

export function eventBody(id: string): Promise<string> {
  let body = bodies.get(id);
  if (!body) {
    body = sanitizedBody(id);
    bodies.set(id, body);
  }
  return body;
}

async function sanitizedBody(id: string): Promise<string> {
  const entry = await getEntry('events', id);
  // Astro's glob loader logs a Markdown error and stores the entry without HTML; publishing the event
  // with an empty body would drop its text silently.
  if (!entry?.rendered) {
    throw new Error(
      `${entry?.filePath ?? id}: the Markdown text could not be rendered (see the error above); fix the text and build again.`,
    );
  }
  const { html, metadata } = entry.rendered;
  return metadata?.['sanitizer'] === SANITIZER_RULES ? html : sanitizeEventHtml(html);
}
