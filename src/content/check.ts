/**
 * The content checker: reads every file of a content folder and reports
 * every problem at once (the taxonomy files: taxonomy.ts; images:
 * check-images.ts; rules across events: check-across.ts). `npm run check` prints its report; the build runs it
 * before Astro loads a single event, so both refuse the same files with the
 * same messages, and no file is ever skipped without an error.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { DateTime } from 'luxon';
import { readSettings, type SiteSettings } from '../config/settings.ts';
import { FrontmatterError, readFrontmatter, type FieldPath } from '../lib/frontmatter.ts';
import { findUnsafeMarkup } from '../lib/markdown.ts';
import { SLUG_PATTERN, toSlug } from '../lib/slug.ts';
import { checkAcrossEvents } from './check-across.ts';
import type { CheckedEvent, EventSummary } from './checked-event.ts';
import { checkImageFiles, imageFile, inEventFolder } from './check-images.ts';
import { readText } from './files.ts';
import { eventFieldHint, problemFile, problemsFromIssues, type Problem } from './problems.ts';
import { isImageFileName } from './image-schema.ts';
import { eventSchema, type EventSchema, type SchemaContext } from './schema.ts';
import { CORRECTION_FIELDS, EVENT_FIELDS, IMAGE_FIELDS, SOURCE_FIELDS } from './schema-hints.ts';
import type { Organisation, Tag } from '../domain.ts';
import { MEDIA_FIELDS } from './media-schema.ts';
import { loadTaxonomy } from './taxonomy.ts';

export type { CheckedEvent, EventSummary };

export interface ContentReport<Event extends EventSummary = CheckedEvent> {
  /** Undefined when site.yaml itself has problems: then nothing else is checked. */
  settings: SiteSettings | undefined;
  organisations: Record<string, Organisation>;
  tags: Record<string, Tag>;
  /** Every event that passed its own checks, drafts included. */
  events: Event[];
  /** How many files the events folder holds that were read as events (valid or not). */
  eventFiles: number;
  problems: Problem[];
}

const fileName = problemFile;
function fieldsAt(path: FieldPath): readonly string[] {
  const tables: Record<string, object> = {
    sources: SOURCE_FIELDS,
    corrections: CORRECTION_FIELDS,
    image: IMAGE_FIELDS,
    video: MEDIA_FIELDS,
    audio: MEDIA_FIELDS,
  };
  return Object.keys((path.length > 0 && tables[String(path[0])]) || EVENT_FIELDS);
}

// Building the schema costs about as much as checking a file with it: one per context.
const schemas = new WeakMap<SchemaContext, EventSchema>();
function schemaFor(context: SchemaContext): EventSchema {
  let schema = schemas.get(context);
  if (!schema) schemas.set(context, (schema = eventSchema(context, { image: () => imageFile(context.language) })));
  return schema;
}

/** Checks one event file on its own (everything but links between events). */
export function checkEventFile(path: string, context: SchemaContext, problems: Problem[]): CheckedEvent | undefined {
  const file = fileName(path);
  const name = path.split(sep).pop()!;
  const id = name.replace(/\.md$/, '');
  if (!name.endsWith('.md')) {
    problems.push({
      severity: 'error',
      file,
      message: 'is not a Markdown event file',
      hint: 'give event files the extension .md, or move other files out of the events folder',
    });
    return undefined;
  }
  if (!SLUG_PATTERN.test(id)) {
    const suggestion = toSlug(id);
    // Compare names as listed: on a case-insensitive disk, existsSync('foo.md') is true for Foo.md itself.
    const twin = suggestion && readdirSync(dirname(path)).includes(`${suggestion}.md`);
    problems.push(
      twin
        ? {
            severity: 'error',
            file,
            message: `duplicate id: the file name differs from ${suggestion}.md only in capitals or accents`,
            hint: `keep one of the two files, or rename this one to a lowercase name of its own such as ${suggestion}-2.md`,
          }
        : {
            severity: 'error',
            file,
            message: 'the file name is not a lowercase slug',
            hint: `rename it to ${suggestion || 'lowercase-words-joined-by-hyphens'}.md`,
          },
    );
    return undefined;
  }
  const text = readText(path, problems);
  if (text === undefined) return undefined;
  return checkEventText(file, id, text, context, problems);
}

/** Checks the text of one event file, as `checkEventFile` does after reading it (the scaffold checks a file before writing it). */
export function checkEventText(
  file: string,
  id: string,
  text: string,
  context: SchemaContext,
  problems: Problem[],
): CheckedEvent | undefined {
  let frontmatter;
  try {
    frontmatter = readFrontmatter(text);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    problems.push({ severity: 'error', file, line: error.line, message: error.message, hint: error.hint });
    return undefined;
  }

  const result = inEventFolder(dirname(resolve(file)), () => schemaFor(context).safeParse(frontmatter.data));
  if (!result.success) {
    problems.push(
      ...problemsFromIssues(result.error.issues, {
        file,
        lineOf: frontmatter.lineOf,
        hintFor: (path) => eventFieldHint(path, context.language),
        fieldsAt,
      }),
    );
    return undefined;
  }

  for (const unsafe of findUnsafeMarkup(frontmatter.body)) {
    problems.push({
      severity: 'error',
      file,
      line: frontmatter.bodyLine + unsafe.line - 1,
      field: 'body',
      message: `contains ${unsafe.what}, which could run code in a reader's browser`,
      hint: 'remove it; plain Markdown and harmless inline HTML such as <abbr> or <sup> are fine',
    });
  }

  return {
    id,
    file,
    frontmatter: result.data,
    body: frontmatter.body,
    raw: frontmatter.data,
    lineOf: frontmatter.lineOf,
  };
}

/** Lists every file below the events folder; anything that is not a direct .md child is reported by checkEventFile. */
function eventFiles(eventsDir: string, problems: Problem[]): string[] {
  if (!existsSync(eventsDir)) {
    problems.push({
      severity: 'error',
      file: fileName(eventsDir),
      message: 'the events folder is missing',
      hint: 'create it and add one .md file per event',
    });
    return [];
  }
  const files: string[] = [];
  for (const entry of readdirSync(eventsDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(eventsDir, entry);
    if (statSync(path).isDirectory()) continue;
    // Images sit beside the events (or in a folder inside the events folder); an event names them in `image.src`.
    if (isImageFileName(entry)) continue;
    if (entry.includes(sep)) {
      problems.push({
        severity: 'error',
        file: fileName(path),
        message: 'is in a subfolder of the events folder',
        hint: `move it to ${fileName(eventsDir)}/`,
      });
      continue;
    }
    if (entry.startsWith('.')) continue; // editor and OS files such as .DS_Store
    files.push(path);
  }
  return files;
}

/** What a content folder may hold at its top level; anything else would be silently ignored, so it is an error. */
const CONTENT_FILES = new Set(['site.yaml', 'organisations.yaml', 'tags.yaml', 'threads.yaml', 'eras.yaml', 'events']);
/** Files a repository usually has that the site does not read, and nobody expects it to: a folder's README. */
const REPOSITORY_FILES = new Set(['README.md']);

function strayFiles(contentDir: string): Problem[] {
  return readdirSync(contentDir)
    .filter((name) => !CONTENT_FILES.has(name) && !REPOSITORY_FILES.has(name) && !name.startsWith('.'))
    .map((name) => ({
      severity: 'error' as const,
      file: fileName(join(contentDir, name)),
      message: 'is not part of the timeline and would be ignored',
      hint: name.endsWith('.md')
        ? `move event files to ${fileName(join(contentDir, 'events'))}/ (only README.md may stay here)`
        : `a content folder holds only ${[...CONTENT_FILES, ...REPOSITORY_FILES].join(', ')}`,
    }));
}

export interface CheckOptions {
  /** "Now", for the warning about dates in the future. */
  now?: DateTime;
}

/** Checks a whole content folder: settings, organisations, tags and every event. */
export function checkContent(contentDir: string, options: CheckOptions = {}): ContentReport {
  return checkFolder(contentDir, options, checkEventFile);
}

/** `checkContent` with another check of one event file (the build's, which reuses verdicts: check-cache.ts). */
export function checkFolder<Event extends EventSummary>(
  contentDir: string,
  options: CheckOptions,
  checkFile: (path: string, context: SchemaContext, problems: Problem[]) => Event | undefined,
): ContentReport<Event> {
  const settingsRead = readSettings(contentDir);
  if (!settingsRead.settings) {
    // Without valid settings there is no zone to read dates in, nor sectors: the rest waits for site.yaml.
    const listed = existsSync(join(contentDir, 'events')) ? eventFiles(join(contentDir, 'events'), []).length : 0;
    return {
      settings: undefined,
      organisations: {},
      tags: {},
      events: [],
      eventFiles: listed,
      problems: settingsRead.problems,
    };
  }
  const { settings, organisations, tags, context, problems } = loadTaxonomy(contentDir);
  problems.push(...strayFiles(contentDir));
  const events: Event[] = [];
  const files = eventFiles(join(contentDir, 'events'), problems);
  for (const path of files) {
    const event = checkFile(path, context, problems);
    if (event) events.push(event);
  }
  // Ids of every event file, including those with problems of their own (already reported).
  const fileIds = new Set(files.map((path) => path.split(sep).pop()!.replace(/\.md$/, '')));
  problems.push(...checkAcrossEvents(events, fileIds, settings, options.now ?? DateTime.now()));
  return { settings, organisations, tags, events, eventFiles: files.length, problems };
}

/** `checkContent` plus `checkImageFiles`: what `npm run check` and the build run. */
export async function checkContentWithImages(contentDir: string, options: CheckOptions = {}): Promise<ContentReport> {
  const report = checkContent(contentDir, options);
  report.problems.push(...(await checkImageFiles(report.events)));
  return report;
}
