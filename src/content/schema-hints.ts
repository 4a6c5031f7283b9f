/**
 * What each field of an event, a source, an image, a correction and an era
 * holds and what to write in it. The checker appends a field's hint to every
 * problem with that field; the contributor guide (npm run contributing) and
 * the web editor list them. The hints give Dutch examples; an English
 * timeline gets the translations below. The schema itself is schema.ts.
 */
import { ACCEPTED_DATE_FORMS, HISTORIC_DATE_FORMS } from '../lib/dates/index.ts';

/** The date forms an editor may write, as one phrase for hints. */
export const DATE_FORMS = ACCEPTED_DATE_FORMS.join(', ');
const historicForms = `before 1000 or before Christ: ${HISTORIC_DATE_FORMS.join(', ')} (-44 is 44 BC)`;
/** The image types the site converts, as readers name them (image-schema.ts: IMAGE_EXTENSIONS). */
export const IMAGE_TYPES = 'JPEG, PNG, WebP, AVIF, GIF or TIFF';

/**
 * What each field holds and what to write. The checker appends the hint to
 * every problem with that field; the contributor guide lists them.
 */
export const EVENT_FIELDS = {
  title: {
    required: true,
    meaning: 'headline of the event',
    hint: 'write a short headline, e.g. title: Tweede Kamer stopt met thuiswerken',
  },
  date: {
    required: true,
    meaning: 'when it happened, at the precision known; orders and files the event',
    hint: `write one of these forms: ${DATE_FORMS}; ${historicForms}`,
  },
  display_date: {
    required: false,
    meaning:
      'free text shown instead of the date label, for what numbers cannot say ("ca. 500 v.Chr.", "zomer 2021"); date still orders and files the event',
    hint: 'write the words readers should see, e.g. display_date: "zomer 2021", and keep date as the start of that period, e.g. date: 2021-06',
  },
  end: {
    required: false,
    meaning: 'when a period ended; same forms as date',
    hint: `write one of ${DATE_FORMS}, on or after date`,
  },
  summary: {
    required: true,
    meaning: 'one or two sentences for the timeline, feeds and search',
    hint: 'write one or two sentences, e.g. summary: De Kamer sluit thuiswerken af tot er een update is.',
  },
  organisations: {
    required: false,
    meaning: 'ids from organisations.yaml',
    hint: 'use ids from organisations.yaml, e.g. organisations: [tweede-kamer]',
  },
  tags: { required: false, meaning: 'ids from tags.yaml', hint: 'use ids from tags.yaml, e.g. tags: [thuiswerken]' },
  sources: {
    required: true,
    meaning: 'at least one source: title, publisher (optional), date, url (optional), language',
    hint: 'add a list item like: - { title: Kamer stopt met thuiswerken, date: 2020-01-17, language: nl }',
  },
  related: {
    required: false,
    meaning: 'ids (file names without .md) of other events',
    hint: 'use the file name of another event without .md, e.g. related: [ncsc-adviseert-citrix-uit-te-schakelen]',
  },
  threads: {
    required: false,
    meaning: 'ids from threads.yaml: the storylines the event belongs to',
    hint: 'use ids from threads.yaml, e.g. threads: [hackpogingen]',
  },
  draft: {
    required: false,
    meaning: 'true keeps the event out of the site',
    hint: 'write draft: true or leave the field out',
  },
  image: {
    required: false,
    meaning: 'one image: src (path relative to the event file), alt, caption (optional), credit',
    hint: 'add a block like: image: { src: ./foto.jpg, alt: Wat de foto toont, credit: "Foto: Naam, CC BY 4.0" }',
  },
  video: {
    required: false,
    meaning:
      'one video that plays only when the reader presses play: url (YouTube, Vimeo or an https file), title, caption, credit (optional); the image, if any, is its poster',
    hint: 'add a block like: video: { url: "https://www.youtube.com/watch?v=M7lc1UVf-VE", title: De persconferentie, credit: "Video: NOS" }',
  },
  audio: {
    required: false,
    meaning:
      'one audio recording that plays only when the reader presses play: url (an https .mp3, .ogg, .m4a… file), title, caption, credit (optional)',
    hint: 'add a block like: audio: { url: "https://example.org/interview.mp3", title: Het interview, credit: "Audio: NOS" }',
  },

  corrections: {
    required: false,
    meaning: 'corrections made after publication: a list of date and note; never moves the event',
    hint: 'add a list item like: - { date: 2020-01-21, note: "Het besluit viel op 16 januari, niet op 15 januari." }',
  },
  published: {
    required: false,
    meaning:
      'when the entry first appeared on this site, to the day or the minute (npm run new fills it in); not when the event happened',
    hint: 'write the day the entry was first published here, e.g. published: 2020-01-17 (or with a time: 2020-01-17T09:30)',
  },
} as const;

export type EventField = keyof typeof EVENT_FIELDS;

export const SOURCE_FIELDS = {
  title: {
    required: true,
    meaning: 'headline of the article or document',
    hint: 'write the headline of the article or document',
  },
  publisher: {
    required: false,
    meaning: 'newspaper, broadcaster or organisation that published it',
    hint: 'write the name of the newspaper, broadcaster or organisation, or leave the field out',
  },
  date: {
    required: true,
    meaning: 'when the source was published; same forms as date',
    hint: `write when the source was published, in one of these forms: ${DATE_FORMS}`,
  },
  url: {
    required: false,
    meaning: 'web address of the source',
    hint: 'write the full address starting with https:// (or http://), or leave the field out',
  },
  language: { required: true, meaning: 'language of the source', hint: 'write a language code such as nl or en' },
} as const;

export const IMAGE_FIELDS = {
  src: {
    required: true,
    meaning: 'the image file, as a path relative to the event file',
    hint: `put the image (${IMAGE_TYPES}) next to the event file and write its name, e.g. src: ./foto.jpg`,
  },
  alt: {
    required: true,
    meaning: 'what the image shows, for readers who cannot see it; "" only for a purely decorative image',
    hint: 'describe what the image shows, e.g. alt: Het stadhuis van Zutphen; write alt: "" only for a purely decorative image',
  },
  caption: {
    required: false,
    meaning: 'what the image means here, shown under it',
    hint: 'write one sentence, or leave the field out',
  },
  credit: {
    required: true,
    meaning: 'maker or source, and licence',
    hint: 'name the maker or source and the licence, e.g. credit: "Foto: Jan Jansen, CC BY 4.0"',
  },
} as const;

export const CORRECTION_FIELDS = {
  date: {
    required: true,
    meaning: 'when the correction was made, to the day; same forms as date',
    hint: 'write the day of the correction, e.g. date: 2020-01-21 (or with a time: 2020-01-21T09:15)',
  },
  note: {
    required: true,
    meaning: 'what was wrong and what is right now',
    hint: 'write one or two sentences, e.g. note: Het besluit viel op 16 januari, niet op 15 januari.',
  },
} as const;

export type FieldTableName = 'event' | 'source' | 'image' | 'correction';
const FIELD_TABLES: Record<FieldTableName, Record<string, { hint: string }>> = {
  event: EVENT_FIELDS,
  source: SOURCE_FIELDS,
  image: IMAGE_FIELDS,
  correction: CORRECTION_FIELDS,
};

/**
 * The hints above give Dutch examples (the Citrix timeline's, and the
 * contributor guide's). An English timeline (`language: en` in site.yaml)
 * gets these instead; a field not listed has no words to translate.
 */
const ENGLISH_HINTS: Record<FieldTableName, Record<string, string>> = {
  event: {
    title: 'write a short headline, e.g. title: Council closes remote access',
    display_date:
      'write the words readers should see, e.g. display_date: "summer 2021", and keep date as the start of that period, e.g. date: 2021-06',
    summary: 'write one or two sentences, e.g. summary: The council switches remote access off until a fix is out.',
    organisations: 'use ids from organisations.yaml, e.g. organisations: [city-council]',
    tags: 'use ids from tags.yaml, e.g. tags: [closure]',
    sources: 'add a list item like: - { title: Council closes remote access, date: 2020-01-17, language: en }',
    related: 'use the file name of another event without .md, e.g. related: [advice-published]',
    threads: 'use ids from threads.yaml, e.g. threads: [attacks]',
    image: 'add a block like: image: { src: ./photo.jpg, alt: What the photo shows, credit: "Photo: Name, CC BY 4.0" }',
    corrections:
      'add a list item like: - { date: 2020-01-21, note: "The decision was made on 16 January, not on 15 January." }',
  },
  source: {},
  image: {
    src: `put the image (${IMAGE_TYPES}) next to the event file and write its name, e.g. src: ./photo.jpg`,
    alt: 'describe what the image shows, e.g. alt: The town hall of Zutphen; write alt: "" only for a purely decorative image',
    credit: 'name the maker or source and the licence, e.g. credit: "Photo: Jane Smith, CC BY 4.0"',
  },
  correction: {
    note: 'write one or two sentences, e.g. note: The decision was made on 16 January, not on 15 January.',
  },
};

/** "What to write instead" for a field, with examples in the site's language (Dutch when it has none of its own). */
export function fieldHint(table: FieldTableName, field: string, language = 'nl'): string | undefined {
  const own = FIELD_TABLES[table][field]?.hint;
  if (own === undefined) return undefined;
  return (language === 'en' ? ENGLISH_HINTS[table][field] : undefined) ?? own;
}

/** The image file name in examples: `./foto.jpg`, or `./photo.jpg` on an English timeline. */
export function exampleImage(language = 'nl'): string {
  return language === 'en' ? './photo.jpg' : './foto.jpg';
}

export const ERA_FIELDS = {
  name: {
    required: true,
    meaning: 'the name readers see',
    hint: 'write the name readers see, e.g. name: De Gouden Eeuw',
  },
  start: {
    required: true,
    meaning: 'when the era began; same forms as date',
    hint: `write when the era began, in one of these forms: ${DATE_FORMS}`,
  },
  end: {
    required: true,
    meaning: 'when the era ended; same forms as date, on or after start',
    hint: `write when the era ended, in one of these forms: ${DATE_FORMS}, on or after start`,
  },
} as const;
