/**
 * The content model: one schema for event frontmatter, organisations and
 * tags. Astro's content collection, the content checker and the scaffolding
 * CLI all validate with these, so there is one copy of every rule.
 */
import { z } from 'astro/zod';
import { ACCEPTED_DATE_FORMS, DateParseError, endsAfterStart, parseEventDate } from '../lib/dates.ts';
import { closestId } from '../lib/suggest.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface SchemaContext {
  /** IANA zone in which dates without an offset are read. */
  timeZone: string;
  organisationIds: ReadonlySet<string>;
  tagIds: ReadonlySet<string>;
  sectorIds: ReadonlySet<string>;
}

const dateForms = ACCEPTED_DATE_FORMS.join(', ');

/**
 * What each field holds and what to write. The checker appends the hint to
 * every problem with that field; the contributor guide lists them.
 */
export const EVENT_FIELDS = {
  title: { required: true, meaning: 'headline of the event', hint: 'write a short headline, e.g. title: Tweede Kamer stopt met thuiswerken' },
  date: { required: true, meaning: 'when it happened, at the precision known', hint: `write one of these forms: ${dateForms}` },
  end: { required: false, meaning: 'when a period ended; same forms as date', hint: `write one of ${dateForms}, on or after date` },
  summary: { required: true, meaning: 'one or two sentences for the timeline, feeds and search', hint: 'write one or two sentences, e.g. summary: De Kamer sluit thuiswerken af tot er een update is.' },
  organisations: { required: false, meaning: 'ids from organisations.yaml', hint: 'use ids from organisations.yaml, e.g. organisations: [tweede-kamer]' },
  tags: { required: false, meaning: 'ids from tags.yaml', hint: 'use ids from tags.yaml, e.g. tags: [thuiswerken]' },
  sources: { required: true, meaning: 'at least one source: title, publisher (optional), date, url (optional), language', hint: 'add a list item like: - { title: Kamer stopt met thuiswerken, date: 2020-01-17, language: nl }' },
  related: { required: false, meaning: 'ids (file names without .md) of other events', hint: 'use the file name of another event without .md, e.g. related: [ncsc-adviseert-citrix-uit-te-schakelen]' },
  draft: { required: false, meaning: 'true keeps the event out of the site', hint: 'write draft: true or leave the field out' },
} as const;

export type EventField = keyof typeof EVENT_FIELDS;

export const SOURCE_FIELDS = {
  title: { hint: 'write the headline of the article or document' },
  publisher: { hint: 'write the name of the newspaper, broadcaster or organisation, or leave the field out' },
  date: { hint: `write when the source was published, in one of these forms: ${dateForms}` },
  url: { hint: 'write the full address starting with https:// (or http://), or leave the field out' },
  language: { hint: 'write a language code such as nl or en' },
} as const;

// Messages name no field: the checker puts the field path in front of them.
const text = () =>
  z.string({ error: (issue) => (issue.input === undefined ? 'is missing' : `must be text, not ${describe(issue.input)}`) })
    .trim()
    .min(1, 'is empty');

function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** A date in one of the accepted forms, parsed in the site's zone. */
function eventDate(timeZone: string) {
  return z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null || value === '') {
      ctx.addIssue({ code: 'custom', message: 'is missing' });
      return z.NEVER;
    }
    try {
      return parseEventDate(value, timeZone);
    } catch (error) {
      if (!(error instanceof DateParseError)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  });
}

function idList(kind: string, known: ReadonlySet<string>, where: string) {
  return z
    .array(z.string({ error: 'must be an id' }), { error: 'must be a list of ids in square brackets' })
    .default([])
    .superRefine((ids, ctx) => {
      ids.forEach((id, index) => {
        if (!known.has(id)) {
          const suggestion = closestId(id, known);
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `unknown ${kind} "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known ids are in ${where}`,
          });
        }
      });
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [index], message: `"${id}" is listed twice` });
        seen.add(id);
      });
    });
}

const sourceUrl = z
  .string({ error: 'must be text' })
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'is not a web address starting with https:// or http://');

export function sourceSchema(timeZone: string) {
  return z
    .object({
      title: text(),
      publisher: text().optional(),
      date: eventDate(timeZone),
      url: sourceUrl.optional(),
      language: z.string({ error: 'is missing' }).regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'is not a language code such as nl or en'),
    })
    .strict();
}

export function eventSchema(context: SchemaContext) {
  const { timeZone } = context;
  return z
    .object({
      title: text(),
      date: eventDate(timeZone),
      end: eventDate(timeZone).optional(),
      summary: text(),
      organisations: idList('organisation', context.organisationIds, 'organisations.yaml'),
      tags: idList('tag', context.tagIds, 'tags.yaml'),
      sources: z
        .array(sourceSchema(timeZone), { error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a list of sources') })
        .min(1, 'needs at least one source'),
      related: z
        .array(z.string({ error: 'must be an event id' }).regex(SLUG_PATTERN, 'must be an event id: lowercase words joined by -'), { error: 'must be a list of event ids in square brackets' })
        .default([]),
      draft: z.boolean({ error: 'must be true or false' }).default(false),
    })
    .strict()
    .superRefine((event, ctx) => {
      if (event.end && !endsAfterStart(event.date, event.end, timeZone)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `${event.end.written} is before date ${event.date.written}` });
      }
    });
}

export type EventFrontmatter = z.output<ReturnType<typeof eventSchema>>;
export type Source = EventFrontmatter['sources'][number];

export function organisationsSchema(context: Pick<SchemaContext, 'sectorIds'>) {
  const organisation = z
    .object({
      name: text(),
      sector: z.string({ error: 'is missing' }).refine((sector) => context.sectorIds.has(sector), {
        error: (issue) => `unknown sector "${String(issue.input)}"; sectors are set in site.yaml: ${[...context.sectorIds].join(', ')}`,
      }),
      place: text(),
      website: sourceUrl.optional(),
    })
    .strict();
  return z.record(z.string().regex(SLUG_PATTERN, 'organisation ids must be lowercase words joined by -'), organisation);
}

export type Organisation = z.output<ReturnType<typeof organisationsSchema>>[string];

export const tagsSchema = z.record(
  z.string().regex(SLUG_PATTERN, 'tag ids must be lowercase words joined by -'),
  z.object({ label: text(), description: text().optional() }).strict(),
);

export type Tag = z.output<typeof tagsSchema>[string];
