/**
 * The content model: one schema for event frontmatter, organisations and
 * tags. Astro's content collection, the content checker and the scaffolding
 * CLI all validate with these, so there is one copy of every rule. What each
 * field holds and what to write in it (the hints) is schema-hints.ts.
 */
import { z } from 'astro/zod';
import type { Era, EventFields, Organisation, Tag, Thread } from '../domain.ts';
import { DateParseError, endsAfterStart, parseEventDate } from '../lib/dates/index.ts';
import { describe, required, text } from '../lib/schema-basics.ts';
import { SLUG_PATTERN, toSlug } from '../lib/slug.ts';
import { closestId } from '../lib/suggest.ts';
import { rewriteDate } from '../lib/dates/rewrites.ts';
import { DATE_FORMS, IMAGE_TYPES, exampleImage } from './schema-hints.ts';
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

/** Image types Astro's image pipeline turns into AVIF and WebP, by file extension (any case; Astro knows no `.tif`). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'] as const;

/** Whether a file name has one of the IMAGE_EXTENSIONS (any case). */
export function isImageFileName(name: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(/\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '');
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

/**
 * An image's `src` as written: a relative path to a file of a type the image
 * pipeline converts, inside the event's folder. In Astro, `image()` then
 * resolves it; the checker adds its own file checks (see content/check.ts).
 */
export function imagePath(language?: string) {
  const example = `src: ${exampleImage(language)}`;
  return z
    .string({ error: required('a file name') })
    .trim()
    .min(1, { error: 'is empty', abort: true })
    .superRefine((value, ctx) => {
      // `continue: false`: a path that breaks a rule is not looked for on disk as well.
      const fail = (message: string, hint: string) =>
        ctx.addIssue({ code: 'custom', message, params: { hint }, continue: false });
      const name = value.split(/[\\/]/).pop() ?? value;
      if (/^[a-z][a-z0-9+.-]+:/i.test(value)) {
        fail(
          `"${value}" is a web address; the site publishes only images it holds itself`,
          `save the image next to the event file and write its name, e.g. ${example}`,
        );
      } else if (/^[\\/]/.test(value)) {
        fail(`"${value}" is an absolute path`, `write the path relative to the event file, e.g. ${example}`);
      } else if (
        value
          .split(/[\\/]/)
          .reduce(
            (depth, part) =>
              depth < 0 ? depth : part === '..' ? depth - 1 : part === '.' || part === '' ? depth : depth + 1,
            0,
          ) < 0
      ) {
        fail(
          `"${value}" points outside the events folder`,
          `put the image in the events folder (or a folder inside it) and write e.g. ${example}`,
        );
      } else if (!isImageFileName(name)) {
        fail(
          `"${value}" is not an image type the site can convert`,
          `use a ${IMAGE_TYPES} file (a HEIC photo from a phone: export it as JPEG)`,
        );
      }
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

/** The error of an entry in organisations.yaml, tags.yaml or threads.yaml that is not a group of fields. */
function entryError(fields: string) {
  return (issue: { input: unknown }) =>
    issue.input === undefined || issue.input === null
      ? `has no fields: write ${fields} below it, indented`
      : `must be a group of fields (${fields}), not ${describe(issue.input)}`;
}

/** One organisation in organisations.yaml. */
export function organisationSchema(context: Pick<SchemaContext, 'sectorIds'>) {
  return z
    .object(
      {
        name: text(),
        sector: z.string({ error: 'is missing' }).refine((sector) => context.sectorIds.has(sector), {
          error: (issue) =>
            `unknown sector "${String(issue.input)}"; sectors are set in site.yaml: ${[...context.sectorIds].join(', ')}`,
        }),
        place: text(),
        website: sourceUrl.optional(),
      },
      { error: entryError('name, sector, place, website') },
    )
    .strict();
}

/** One tag in tags.yaml (readers see "topic" or "onderwerp"; see domain.ts). */
export const tagSchema = z
  .object({ label: text(), description: text().optional() }, { error: entryError('label, description') })
  .strict();

/** One thread (storyline) in threads.yaml: a title and an optional description. */
export const threadSchema = z
  .object({ title: text(), description: text().optional() }, { error: entryError('title, description') })
  .strict();

/**
 * What is wrong with a key of organisations.yaml, tags.yaml or threads.yaml
 * that is not an id (`Social Media:`), and the id to write instead; undefined
 * for a good id.
 */
export function idKeyProblem(
  key: string,
  kind: string,
): { message: string; hint: string; suggestion: string } | undefined {
  if (SLUG_PATTERN.test(key)) return undefined;
  const suggestion = toSlug(key);
  const field = `${kind}s`;
  const example =
    (
      { organisation: 'gemeente-utrecht', tag: 'thuiswerken', thread: 'hackpogingen', era: 'gouden-eeuw' } as Record<
        string,
        string
      >
    )[kind] ?? 'lowercase-words';
  return {
    message: `"${key}" is not an id${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: ${kind} ids are lowercase words joined by -`,
    hint: suggestion
      ? `write ${suggestion}: instead, and ${field}: [${suggestion}] in the events that use it`
      : `write an id of lowercase letters and digits joined by -, e.g. ${example}:`,
    suggestion,
  };
}

/** One era: a name and the period it covers, in the event date forms; the end is on or after the start. */
export function eraSchema(timeZone: string) {
  return z
    .object({ name: text(), start: eventDate(timeZone), end: eventDate(timeZone) })
    .strict()
    .superRefine((era, ctx) => {
      if (!endsAfterStart(era.start, era.end, timeZone)) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `${era.end.written} is before start ${era.start.written}`,
        });
      }
    });
}

/**
 * What the schemas parse is exactly the domain's types (src/domain.ts): a
 * field added to one and not the other fails the type check here.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchDomain: [
  Same<z.output<EventSchema>, EventFields>,
  Same<z.output<ReturnType<typeof organisationSchema>>, Organisation>,
  Same<z.output<typeof tagSchema>, Tag>,
  Same<z.output<typeof threadSchema>, Thread>,
  Same<z.output<ReturnType<typeof eraSchema>>, Era>,
] = [true, true, true, true, true];
void schemasMatchDomain;
