/** The interface dictionaries, one per language, chosen by the site's `language` setting. */
import { en } from './en.ts';
import { nl, type Dictionary } from './nl.ts';

const editions = { nl, en } satisfies Record<string, Dictionary>;

export type Language = keyof typeof editions;
export const LANGUAGES = Object.keys(editions) as [Language, ...Language[]];
export type { Dictionary };

export function dictionary(language: Language): Dictionary {
  return editions[language];
}
