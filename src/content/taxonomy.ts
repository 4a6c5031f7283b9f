/**
 * The timeline's own files besides the events: site.yaml (through
 * src/config/settings.ts) and the id maps organisations.yaml, tags.yaml,
 * threads.yaml and eras.yaml. Each entry is checked on its own, so one bad
 * entry is one problem and the rest stay usable.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { readSettings, type SiteSettings } from '../config/settings.ts';
import { FrontmatterError, parseYaml, type FieldPath } from '../lib/frontmatter.ts';
import { readText } from './files.ts';
import { ContentError, problemFile, problemsFromIssues, type Problem } from './problems.ts';
import { describe } from '../lib/schema-basics.ts';
import { UNREADABLE_IDS, type SchemaContext } from './schema.ts';
import { eraSchema, idKeyProblem, organisationSchema, tagSchema, threadSchema } from './taxonomy-schema.ts';
import { ERA_FIELDS } from './schema-hints.ts';
import type { Era, Organisation, Tag, Thread } from '../domain.ts';

export interface IdMap<T> {
  /** The valid entries by id. */
  entries: Record<string, T>;
  /**
   * Every id the file names, valid entry or not, and for a key that is no id
   * also the id it should be: events that use them get no second error (the
   * file's own problem is reported once, and stops the build anyway).
   * UNREADABLE_IDS when the file could not be read at all.
   */
  ids: ReadonlySet<string>;
}

/**
 * Reads a YAML file of entries by id (organisations.yaml, tags.yaml,
 * threads.yaml) entry by entry: a bad key or a bad entry is one problem on
 * its own line, and the other entries stay valid. `kind` names an entry in
 * messages ("organisation"); its plural is the events' field.
 */
function readIdMap<T>(
  path: string,
  kind: string,
  entry: z.ZodType<T>,
  fields: readonly string[],
  problems: Problem[],
  hintFor: (path: FieldPath) => string | undefined = () => undefined,
): IdMap<T> {
  const unreadable: IdMap<T> = { entries: {}, ids: UNREADABLE_IDS };
  if (!existsSync(path)) {
    problems.push({
      severity: 'error',
      file: problemFile(path),
      message: 'is missing',
      hint: 'create it; see CONTRIBUTING.md',
    });
    return unreadable;
  }
  const text = readText(path, problems);
  if (text === undefined) return unreadable;
  const file = problemFile(path);
  let yaml;
  try {
    yaml = parseYaml(text);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    problems.push({ severity: 'error', file, line: error.line, message: error.message, hint: error.hint });
    return unreadable;
  }
  const { data } = yaml;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({
      severity: 'error',
      file,
      line: 1,
      message: `must be a list of ${kind}s by id, not ${describe(data)}`,
      hint: `write each ${kind} as its id followed by a colon, with its fields indented below it (see CONTRIBUTING.md)`,
    });
    return unreadable;
  }
  const found = { entries: {} as Record<string, T>, ids: new Set<string>() };
  for (const [key, value] of Object.entries(data)) {
    found.ids.add(key);
    const badKey = idKeyProblem(key, kind);
    if (badKey) {
      if (badKey.suggestion) found.ids.add(badKey.suggestion);
      problems.push({
        severity: 'error',
        file,
        line: yaml.keyLineOf([key]),
        field: key,
        message: badKey.message,
        hint: badKey.hint,
      });
    }
    const result = entry.safeParse(value);
    if (!result.success) {
      problems.push(
        ...problemsFromIssues(
          result.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })),
          {
            file,
            lineOf: (at) => (at.length === 1 ? yaml.keyLineOf(at) : yaml.lineOf(at)),
            hintFor,
            fieldsAt: () => fields,
          },
        ),
      );
    } else if (!badKey) {
      found.entries[key] = result.data;
    }
  }
  return found;
}

export interface Taxonomy {
  settings: SiteSettings;
  organisations: Record<string, Organisation>;
  tags: Record<string, Tag>;
  /** Threads from threads.yaml (optional: empty when the file is left out). */
  threads: Record<string, Thread>;
  /** Eras from eras.yaml (optional: empty when the file is left out). */
  eras: Record<string, Era>;
  context: SchemaContext;
  problems: Problem[];
}

/** The files a taxonomy is read from, in the content folder. */
export const TAXONOMY_FILES = ['site.yaml', 'organisations.yaml', 'tags.yaml', 'threads.yaml', 'eras.yaml'] as const;

const loaded = new Map<string, { stamp: string; taxonomy: Taxonomy }>();

/**
 * Reads the site settings, organisations, tags, threads and eras of a
 * content folder. Problems in the four YAML maps are returned with the rest; a
 * site.yaml with problems throws a ContentError with them, since nothing
 * can be read without its zone and sectors (checkContent reports it instead).
 *
 * Read once per process: the files are read again only when one of them has
 * changed size or time since (an editor saving tags.yaml under `astro dev`).
 * Each call gets its own list of problems, which the caller may add to.
 */
export function loadTaxonomy(contentDir: string): Taxonomy {
  const folder = resolve(contentDir);
  const stamp = TAXONOMY_FILES.map((name) => {
    const stat = statSync(join(folder, name), { throwIfNoEntry: false });
    return stat ? `${stat.size}:${stat.mtimeMs}` : '-';
  }).join('|');
  let memo = loaded.get(folder);
  if (memo?.stamp !== stamp) {
    memo = { stamp, taxonomy: readTaxonomy(folder) };
    loaded.set(folder, memo);
  }
  return { ...memo.taxonomy, problems: [...memo.taxonomy.problems] };
}

function readTaxonomy(contentDir: string): Taxonomy {
  const { settings, problems: settingsProblems } = readSettings(contentDir);
  if (!settings) throw new ContentError(settingsProblems);
  const problems: Problem[] = [];
  const sectorIds = new Set(Object.keys(settings.sectors));
  const organisations = readIdMap(
    join(contentDir, 'organisations.yaml'),
    'organisation',
    organisationSchema({ sectorIds }),
    ['name', 'sector', 'place', 'website'],
    problems,
  );
  const tags = readIdMap(join(contentDir, 'tags.yaml'), 'tag', tagSchema, ['label', 'description'], problems);
  const threadsFile = join(contentDir, 'threads.yaml');
  const threads = existsSync(threadsFile)
    ? readIdMap(threadsFile, 'thread', threadSchema, ['title', 'description'], problems)
    : { entries: {}, ids: new Set<string>() };
  const erasFile = join(contentDir, 'eras.yaml');
  const eras = existsSync(erasFile)
    ? readIdMap(
        erasFile,
        'era',
        eraSchema(settings.timeZone),
        Object.keys(ERA_FIELDS),
        problems,
        ([, field]) => (ERA_FIELDS as Record<string, { hint: string }>)[String(field)]?.hint,
      )
    : { entries: {}, ids: new Set<string>() };
  const context: SchemaContext = {
    timeZone: settings.timeZone,
    organisationIds: organisations.ids,
    tagIds: tags.ids,
    sectorIds,
    threadIds: threads.ids,
    language: settings.language,
  };
  return {
    settings,
    organisations: organisations.entries,
    tags: tags.entries,
    threads: threads.entries,
    eras: eras.entries,
    context,
    problems,
  };
}
