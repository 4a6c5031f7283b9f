/**
 * The schemas of the taxonomy files an editor writes: one entry of
 * organisations.yaml, tags.yaml, threads.yaml or eras.yaml, and what is wrong
 * with a key that is not an id. src/content/taxonomy.ts reads the files with
 * them; the rules they share with events (dates, addresses, text) come from
 * schema.ts and src/lib.
 */
import { z } from 'astro/zod';
import type { Era, Organisation, Tag, Thread } from '../domain.ts';
import { endsAfterStart } from '../lib/dates/index.ts';
import { describe, text, type SameType } from '../lib/schema-basics.ts';
import { SLUG_PATTERN, toSlug } from '../lib/slug.ts';
import { eventDate, sourceUrl, type SchemaContext } from './schema.ts';

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
 * What these schemas parse is exactly the domain's types (src/domain.ts): a
 * field added to one and not the other fails the type check here.
 */
const schemasMatchDomain: [
  SameType<z.output<ReturnType<typeof organisationSchema>>, Organisation>,
  SameType<z.output<typeof tagSchema>, Tag>,
  SameType<z.output<typeof threadSchema>, Thread>,
  SameType<z.output<ReturnType<typeof eraSchema>>, Era>,
] = [true, true, true, true];
void schemasMatchDomain;
