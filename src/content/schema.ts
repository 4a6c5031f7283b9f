/**
 * The content model: the schema for event frontmatter, with its sources,
 * images and corrections. Astro's content collection, the content checker and
 * the scaffolding CLI all validate with it, so there is one copy of every
 * rule. What each field holds and what to write in it (the hints) is
 * schema-hints.ts; an image's path is image-schema.ts, video and audio
 * media-schema.ts, the taxonomy files' schemas taxonomy-schema.ts.
 */
import { z } from 'astro/zod';
import type { EventFields } from '../domain.ts';
import { DateParseError, endsAfterStart, parseEventDate } from '../lib/dates/index.ts';
import { describe, required, text, type SameType } from '../lib/schema-basics.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { closestId } from '../lib/suggest.ts';
import { rewriteDate } from '../lib/dates/rewrites.ts';
import { DATE_FORMS } from './schema-hints.ts';
import { imagePath } from './image-schema.ts';
import { mediaSchema } from './media-schema.ts';

export interface SchemaContext {
  /** IANA zone in which dates without an offset are read. */
  timeZone: string;
  organisationIds: ReadonlySet<string>;
  tagIds: ReadonlySet<string>;
  sectorIds: ReadonlySet<string>;
  /** Thread ids from threads.yaml; none when the file is left out. */
  threadIds?: ReadonlySet<string>;
  /** The site's language (site.yaml): the examples in "what to write instead" follow it. Dutch when left out. */
  language?: string;
}

/** A date in one of the accepted forms, parsed in the site's zone. */
export function eventDate(timeZone: string) {
  return z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null || value === '') {
      ctx.addIssue({ code: 'custom', message: 'is missing' });
      return z.NEVER;
    }
    try {
      return parseEventDate(value, timeZone);
    } catch (error) {
      if (!(error instanceof DateParseError)) throw error;
      const rewrite = error.hint ?? (typeof value === 'string' ? rewriteDate(value.trim(), timeZone) : undefined);
      ctx.addIssue({
        code: 'custom',
        message: error.message,
        ...(rewrite ? { params: { hint: error.hint ?? `${rewrite}; the accepted forms are ${DATE_FORMS}` } } : {}),
      });
      return z.NEVER;
    }
  });
}

/**
 * A list in square brackets. A bare value where a list belongs (`tags: thuiswerken`)
 * is refused with the list to write instead, rather than read as a list of one.
 */
function listOf<T extends z.ZodType>(field: string, list: T) {
  return z
    .unknown()
    .superRefine((value, ctx) => {
      if (typeof value === 'string' || typeof value === 'number') {
        const items = String(value)
          .split(/[\s,]+/)
          .filter(Boolean);
        ctx.addIssue({
          code: 'custom',
          message: `must be a list in square brackets, not ${describe(value)}`,
          params: { hint: `write ${field}: [${items.join(', ')}]` },
        });
      }
    })
    .pipe(list);
}

/**
 * The ids of a file that could not be read at all (malformed YAML, not
 * UTF-8, missing): its own problem is reported, and an event naming one of
 * its ids gets no second "unknown" error.
 */
export const UNREADABLE_IDS: ReadonlySet<string> = new Set();

function idList(field: string, kind: string, known: ReadonlySet<string>, where: string) {
  return listOf(
    field,
    z.array(z.string({ error: 'must be an id' }), { error: 'must be a list of ids in square brackets' }),
  )
    .default([])
    .superRefine((ids, ctx) => {
      ids.forEach((id, index) => {
        if (known !== UNREADABLE_IDS && !known.has(id)) {
          const suggestion = closestId(id, known);
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: `unknown ${kind} "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
            params: { hint: `use an id from ${where}, or add the ${kind} there first (see CONTRIBUTING.md)` },
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

export const sourceUrl = z
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
      language: z
        .string({ error: 'is missing' })
        .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'is not a language code such as nl or en'),
    })
    .strict();
}

/**
 * A date the newsroom itself knows to the day: the same forms as an event
 * date, but at least to the day. A correction and a first publication are
 * things done on a known day.
 */
function dayOrTime(timeZone: string, what: string) {
  return eventDate(timeZone).superRefine((date, ctx) => {
    if (date.precision === 'year' || date.precision === 'month') {
      ctx.addIssue({
        code: 'custom',
        message: `${date.written} gives only the ${date.precision}; ${what} needs its day`,
      });
    }
  });
}

export function correctionSchema(timeZone: string) {
  return z.object({ date: dayOrTime(timeZone, 'a correction'), note: text() }).strict();
}

export interface EventSchemaOptions<Src extends z.ZodType> {
  /**
   * Builds the schema of an image's `src`. In Astro's collection this is
   * Astro's `image()`, which resolves the file for the image pipeline; the
   * checker passes `imagePath()` plus its file checks. Left out: `imagePath()`.
   */
  image?: () => Src;
}

export function eventSchema<Src extends z.ZodType = ReturnType<typeof imagePath>>(
  context: SchemaContext,
  options: EventSchemaOptions<Src> = {},
) {
  const { timeZone } = context;
  const src = options.image ?? (imagePath as unknown as () => Src);
  return z
    .object({
      title: text(),
      date: eventDate(timeZone),
      display_date: text().optional(),
      end: eventDate(timeZone).optional(),
      summary: text(),
      organisations: idList('organisations', 'organisation', context.organisationIds, 'organisations.yaml'),
      tags: idList('tags', 'tag', context.tagIds, 'tags.yaml'),
      sources: z
        .array(sourceSchema(timeZone), {
          error: (issue) => (issue.input === undefined ? 'is missing' : 'must be a list of sources'),
        })
        .min(1, 'needs at least one source'),
      related: listOf(
        'related',
        z.array(
          z
            .string({ error: 'must be an event id' })
            .regex(SLUG_PATTERN, 'must be an event id: lowercase words joined by -'),
          { error: 'must be a list of event ids in square brackets' },
        ),
      ).default([]),
      threads: idList('threads', 'thread', context.threadIds ?? new Set<string>(), 'threads.yaml'),
      draft: z.boolean({ error: (issue) => `must be true or false, not ${describe(issue.input)}` }).default(false),
      image: z
        .object(
          {
            src: src(),
            // "" is a choice (a purely decorative image); a bare `alt:` is an oversight.
            alt: z
              .string({ error: required('text') })
              .refine((alt) => alt === '' || alt.trim() !== '', 'is only spaces')
              .transform((alt) => alt.trim()),
            caption: text().optional(),
            credit: text(),
          },
          {
            error: (issue) =>
              issue.input === null
                ? 'is empty'
                : `must be a group of fields (src, alt, caption, credit), not ${describe(issue.input)}`,
          },
        )
        .strict()
        .optional(),
      video: mediaSchema('video'),
      audio: mediaSchema('audio'),
      corrections: z
        .array(correctionSchema(timeZone), {
          error: (issue) =>
            issue.input === null
              ? 'is empty'
              : `must be a list of corrections, each with date and note, not ${describe(issue.input)}`,
        })
        .default([]),
      published: dayOrTime(timeZone, 'the publication date').optional(),
    })
    .strict()
    .superRefine((event, ctx) => {
      if (event.end && !endsAfterStart(event.date, event.end, timeZone)) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `${event.end.written} is before date ${event.date.written}`,
        });
      }
      event.corrections.forEach((correction, index) => {
        if (!endsAfterStart(event.date, correction.date, timeZone)) {
          ctx.addIssue({
            code: 'custom',
            path: ['corrections', index, 'date'],
            message: `${correction.date.written} is before the event's date ${event.date.written}`,
          });
        }
      });
    });
}

/** The event schema outside Astro: an image's `src` stays the path as written. */
export type EventSchema = ReturnType<typeof eventSchema<ReturnType<typeof imagePath>>>;

/**
 * What the event schema parses is exactly the domain's type (src/domain.ts):
 * a field added to one and not the other fails the type check here
 * (taxonomy-schema.ts does the same for the taxonomy files).
 */
const schemaMatchesDomain: SameType<z.output<EventSchema>, EventFields> = true;
void schemaMatchesDomain;
