/**
 * Help for a wrong setting in site.yaml: what each setting holds and what to
 * write (with English examples for a site whose language is English), and
 * "did you mean" for a time zone or a language. settings.ts checks with these.
 */
import { distance } from 'fastest-levenshtein';
import { LANGUAGES, type Language } from '../i18n/index.ts';
import { closestId } from '../lib/suggest.ts';

/** What each setting holds and what to write; the checker appends the hint to every problem with that setting. */
export const SETTINGS_FIELDS = {
  title: {
    required: true,
    meaning: "the timeline's name, on every page and in the feeds",
    hint: 'write the name of the timeline, e.g. title: Het Citrix-lek',
  },
  description: {
    required: true,
    meaning: 'one sentence about the timeline, for search engines and feeds',
    hint: 'write one sentence, e.g. description: Hoe Nederlandse organisaties op het Citrix-lek reageerden.',
  },
  language: {
    required: true,
    meaning: 'interface language',
    hint: `write ${LANGUAGES.map((code) => `language: ${code}`).join(' or ')}`,
  },
  timeZone: {
    required: true,
    meaning: 'IANA time zone in which dates without an offset are read and all dates are shown',
    hint: 'write an IANA time zone name, e.g. timeZone: Europe/Amsterdam',
  },
  site: {
    required: true,
    meaning: 'public address of the site, for canonical URLs and feeds',
    hint: 'write the full public address, e.g. site: https://tijdlijn.example.org',
  },
  base: {
    required: false,
    meaning: 'sub-path the site is served under',
    hint: 'write base: / for the root, or a sub-path that starts and ends with /, e.g. base: /tijdlijn/',
  },
  repository: {
    required: false,
    meaning: 'the forge repository for "edit this event" links: url, branch',
    hint: 'write repository: { url: https://github.com/owner/name, branch: main }, or leave it out',
  },
  sectors: {
    required: true,
    meaning: 'sectors that organisations belong to: id and label',
    hint: 'write one sector per line below sectors:, its id and its label, e.g. overheid: Overheid',
  },
  pageSize: {
    required: false,
    meaning: 'most events on one timeline page',
    hint: 'write a whole number of 10 or more, e.g. pageSize: 150, or leave it out',
  },
  publisher: {
    required: false,
    meaning:
      "who publishes the timeline, in the event pages' article data: name, logo (an https:// address of an image), url",
    hint: 'write publisher: { name: Redactie Tijdlijn, logo: https://tijdlijn.example.org/logo.png, url: https://tijdlijn.example.org }, or leave it out',
  },
  author: {
    required: false,
    meaning:
      "who writes the entries, in the event pages' article data: name, url (optional), type (Organization or Person; Organization when left out)",
    hint: 'write author: { name: Redactie Tijdlijn, url: https://tijdlijn.example.org/over/ }, or leave it out',
  },
} as const;

/** The same hints with English examples, for a site.yaml that says `language: en`. */
const ENGLISH_HINTS: Partial<Record<keyof typeof SETTINGS_FIELDS, string>> = {
  title: 'write the name of the timeline, e.g. title: The Citrix flaw',
  description: 'write one sentence, e.g. description: How organisations responded to the Citrix flaw.',
  sectors: 'write one sector per line below sectors:, its id and its label, e.g. government: Government',
  publisher:
    'write publisher: { name: The Timeline Desk, logo: https://timeline.example.org/logo.png, url: https://timeline.example.org }, or leave it out',
  author: 'write author: { name: The Timeline Desk, url: https://timeline.example.org/about/ }, or leave it out',
};

/** The settings that are groups of fields, with their fields: "did you mean" for an unknown one inside. */
export const NESTED_FIELDS: Record<string, readonly string[]> = {
  repository: ['url', 'branch'],
  publisher: ['name', 'logo', 'url'],
  author: ['name', 'url', 'type'],
};

/** "What to write instead" for a setting, with examples in the site's language (Dutch when it has none of its own). */
export function settingsHint(field: string, language: unknown): string | undefined {
  const own = SETTINGS_FIELDS[field as keyof typeof SETTINGS_FIELDS]?.hint;
  return (language === 'en' ? ENGLISH_HINTS[field as keyof typeof SETTINGS_FIELDS] : undefined) ?? own;
}

/** "Did you mean" for a zone: the same name with other capitals or separators (America/NewYork), the city alone (Amsterdam), or a near spelling. */
export function closestZone(input: string): string | undefined {
  const zones = Intl.supportedValuesOf('timeZone');
  const plain = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');
  const wanted = plain(input.trim());
  const same =
    zones.find((zone) => plain(zone) === wanted) ?? zones.find((zone) => plain(zone.split('/').at(-1)!) === wanted);
  if (same) return same;
  const lower = new Map(zones.map((zone) => [zone.toLowerCase(), zone]));
  const near = closestId(input.trim().toLowerCase(), lower.keys());
  return near === undefined ? undefined : lower.get(near);
}

/** "Did you mean" for a language: a region or capitals too many (en-GB, NL), or its name in Dutch, English or itself (English, Nederlands). */
export function closestLanguage(input: string): Language | undefined {
  const written = input.trim().toLowerCase();
  const code = LANGUAGES.find((language) => written === language || written.split(/[-_]/)[0] === language);
  if (code) return code;
  const names = LANGUAGES.flatMap((language) =>
    [...LANGUAGES, language].map(
      (locale) =>
        [new Intl.DisplayNames([locale], { type: 'language' }).of(language)!.toLowerCase(), language] as const,
    ),
  );
  // Names only, not the two-letter codes ("de" is not a typo of "en"), and one letter off at most ("Deutsch" is not "Dutch").
  return names.find(([name]) => distance(written, name) <= 1)?.[1];
}
