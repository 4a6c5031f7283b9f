/**
 * An event's full text for feeds and exports: the sanitised HTML the page
 * shows. (No plain-text copy: JSON Feed needs only one of the two, and a
 * second Markdown parse of every body cost 4.4 s at 10,000 events.)
 */
import { renderEventBody } from './render.ts';

export interface EventText {
  html: string;
}

export async function eventText(id: string): Promise<EventText> {
  return { html: await renderEventBody(id) };
}
