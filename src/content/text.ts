/** An event's full text for feeds and exports: the sanitised HTML the page shows, and the same as plain text. */
import { getEntry } from 'astro:content';
import { plainText } from '../lib/markdown.ts';
import { renderEventBody } from './render.ts';

export interface EventText {
  html: string;
  text: string;
}

export async function eventText(id: string): Promise<EventText> {
  const entry = await getEntry('events', id);
  return { html: await renderEventBody(id), text: plainText(entry?.body ?? '') };
}
