/**
 * The content checker: reads every file of a content folder and reports
 * every problem at once. `npm run check` prints its report; the build runs it
 * before Astro loads a single event, so both refuse the same files with the
 * same messages, and no file is ever skipped without an error.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'astro/zod';
import { DateTime } from 'luxon';
import { readSettings, type SiteSettings } from '../config/settings.ts';
import { toDateTime } from '../lib/dates.ts';
import { FrontmatterError, parseYaml, readFrontmatter, type FieldPath } from '../lib/frontmatter.ts';
import { findUnsafeMarkup } from '../lib/markdown.ts';
import { toSlug } from '../lib/slug.ts';
import { closestId } from '../lib/suggest.ts';
import { ContentError, eventFieldHint, problemFile, problemsFromIssues, type Problem } from './problems.ts';
import {
  CORRECTION_FIELDS, EVENT_FIELDS, IMAGE_EXTENSIONS, IMAGE_FIELDS, SLUG_PATTERN, SOURCE_FIELDS, describe, eventSchema, exampleImage, idKeyProblem, imagePath,
  organisationSchema, tagSchema, threadSchema, UNREADABLE_IDS, ERA_FIELDS, eraSchema, type Era, type EventFrontmatter, type EventSchema, type Organisation, type SchemaContext, type Tag, type Thread,
} from './schema.ts';

export interface CheckedEvent {
  id: string;
  /** Path relative to the project root. */
  file: string;
  frontmatter: EventFrontmatter;
  body: string;
  /** The frontmatter as written, before the schema turned it into values (for Astro's parseData). */
  raw: Record<string, unknown>;
  lineOf(path: FieldPath): number | undefined;
}

export interface ContentReport {
  /** Undefined when site.yaml itself has problems: then nothing else is checked. */
  settings: SiteSettings | undefined;
  organisations: Record<string, Organisation>;
  tags: Record<string, Tag>;
  /** Every event that passed its own checks, drafts included. */
  events: CheckedEvent[];
  /** How many files the events folder holds that were read as events (valid or not). */
  eventFiles: number;
  problems: Problem[];
}

const fileName = problemFile;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function readText(path: string, problems: Problem[]): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    problems.push({ severity: 'error', file: fileName(path), message: `cannot be read: ${(error as Error).message}`, hint: 'check that the file exists and is readable' });
    return undefined;
  }
  try {
    return utf8.decode(bytes);
  } catch {
    problems.push({ severity: 'error', file: fileName(path), message: `is not valid UTF-8 text (the first bad byte is on line ${firstInvalidLine(bytes)})`, hint: 'save the file as UTF-8 text' });
    return undefined;
  }
}

/** 1-based line of the first byte sequence that is not UTF-8 (lines end in \n, which never occurs inside a UTF-8 sequence). */
function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end === -1 ? bytes.length : end;
    try {
      utf8.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    start = stop + 1;
  }
  return line - 1;
}

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
    problems.push({ severity: 'error', file: fileName(path), message: 'is missing', hint: 'create it; see CONTRIBUTING.md' });
    return unreadable;
  }
  const text = readText(path, problems);
  if (text === undefined) return unreadable;
  const file = fileName(path);
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
    problems.push({ severity: 'error', file, line: 1, message: `must be a list of ${kind}s by id, not ${describe(data)}`, hint: `write each ${kind} as its id followed by a colon, with its fields indented below it (see CONTRIBUTING.md)` });
    return unreadable;
  }
  const found = { entries: {} as Record<string, T>, ids: new Set<string>() };
  for (const [key, value] of Object.entries(data)) {
    found.ids.add(key);
    const badKey = idKeyProblem(key, kind);
    if (badKey) {
      if (badKey.suggestion) found.ids.add(badKey.suggestion);
      problems.push({ severity: 'error', file, line: yaml.keyLineOf([key]), field: key, message: badKey.message, hint: badKey.hint });
    }
    const result = entry.safeParse(value);
    if (!result.success) {
      problems.push(...problemsFromIssues(result.error.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })), {
        file,
        lineOf: (at) => (at.length === 1 ? yaml.keyLineOf(at) : yaml.lineOf(at)),
        hintFor,
        fieldsAt: () => fields,
      }));
    } else if (!badKey) {
      found.entries[key] = result.data;
    }
  }
  return found;
}

function fieldsAt(path: FieldPath): readonly string[] {
  const tables: Record<string, object> = { sources: SOURCE_FIELDS, corrections: CORRECTION_FIELDS, image: IMAGE_FIELDS };
  return Object.keys((path.length > 0 && tables[String(path[0])]) || EVENT_FIELDS);
}

const isImageFile = (name: string) => (IMAGE_EXTENSIONS as readonly string[]).includes(/\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '');

/**
 * The folder of the event file being parsed: an image's `src` is relative to
 * it. Set around each parse, which is synchronous, so the one cached schema
 * serves every file.
 */
let eventFolder: string | undefined;

/** The checker's image `src`: the schema's path rules, then the file itself, as Astro's image() will look for it. */
function imageFile(language?: string) {
  const example = `src: ${exampleImage(language)}`;
  return imagePath(language).superRefine((src, ctx) => {
    if (eventFolder === undefined) return;
    const path = resolve(eventFolder, src);
    const folder = dirname(path);
    const name = basename(path);
    const fail = (message: string, hint: string) => ctx.addIssue({ code: 'custom', message, params: { hint } });
    // Compare names as listed: on a case-insensitive disk, existsSync('foto.jpg') is true for Foto.JPG, which the build server will not find.
    const listed = existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder) : [];
    if (!listed.includes(name)) {
      const suggestion = closestId(name, listed.filter(isImageFile));
      const suggested = suggestion && relative(eventFolder, join(folder, suggestion)).split(sep).join('/');
      fail(
        `"${src}" does not exist: there is no ${fileName(path)}${suggested ? ` (did you mean "${suggested.startsWith('.') ? suggested : `./${suggested}`}"?)` : ''}`,
        `put the image file next to the event file and write its exact name (capitals count), e.g. ${example}`,
      );
      return;
    }
    const stats = statSync(path);
    if (stats.isDirectory()) fail(`"${src}" is a folder, not an image file`, 'write the name of the image file inside it, e.g. src: ./beelden/foto.jpg');
    else if (stats.size === 0) fail(`"${src}" is an empty file`, 'save the image again, as JPEG, PNG, WebP or AVIF');
  });
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
    problems.push({ severity: 'error', file, message: 'is not a Markdown event file', hint: 'give event files the extension .md, or move other files out of the events folder' });
    return undefined;
  }
  if (!SLUG_PATTERN.test(id)) {
    const suggestion = toSlug(id);
    // Compare names as listed: on a case-insensitive disk, existsSync('foo.md') is true for Foo.md itself.
    const twin = suggestion && readdirSync(dirname(path)).includes(`${suggestion}.md`);
    problems.push(
      twin
        ? { severity: 'error', file, message: `duplicate id: the file name differs from ${suggestion}.md only in capitals or accents`, hint: `keep one of the two files, or rename this one to a lowercase name of its own such as ${suggestion}-2.md` }
        : { severity: 'error', file, message: 'the file name is not a lowercase slug', hint: `rename it to ${suggestion || 'lowercase-words-joined-by-hyphens'}.md` },
    );
    return undefined;
  }
  const text = readText(path, problems);
  if (text === undefined) return undefined;
  return checkEventText(file, id, text, context, problems);
}

/** Checks the text of one event file, as `checkEventFile` does after reading it (the scaffold checks a file before writing it). */
export function checkEventText(file: string, id: string, text: string, context: SchemaContext, problems: Problem[]): CheckedEvent | undefined {
  let frontmatter;
  try {
    frontmatter = readFrontmatter(text);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    problems.push({ severity: 'error', file, line: error.line, message: error.message, hint: error.hint });
    return undefined;
  }

  eventFolder = dirname(resolve(file));
  let result;
  try {
    result = schemaFor(context).safeParse(frontmatter.data);
  } finally {
    eventFolder = undefined;
  }
  if (!result.success) {
    problems.push(...problemsFromIssues(result.error.issues, { file, lineOf: frontmatter.lineOf, hintFor: (path) => eventFieldHint(path, context.language), fieldsAt }));
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

  return { id, file, frontmatter: result.data, body: frontmatter.body, raw: frontmatter.data, lineOf: frontmatter.lineOf };
}

/** Lists every file below the events folder; anything that is not a direct .md child is reported by checkEventFile. */
function eventFiles(eventsDir: string, problems: Problem[]): string[] {
  if (!existsSync(eventsDir)) {
    problems.push({ severity: 'error', file: fileName(eventsDir), message: 'the events folder is missing', hint: 'create it and add one .md file per event' });
    return [];
  }
  const files: string[] = [];
  for (const entry of readdirSync(eventsDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(eventsDir, entry);
    if (statSync(path).isDirectory()) continue;
    // Images sit beside the events (or in a folder inside the events folder); an event names them in `image.src`.
    if (isImageFile(entry)) continue;
    if (entry.includes(sep)) {
      problems.push({ severity: 'error', file: fileName(path), message: 'is in a subfolder of the events folder', hint: `move it to ${fileName(eventsDir)}/` });
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
      hint: name.endsWith('.md') ? `move event files to ${fileName(join(contentDir, 'events'))}/ (only README.md may stay here)` : `a content folder holds only ${[...CONTENT_FILES, ...REPOSITORY_FILES].join(', ')}`,
    }));
}

export interface CheckOptions {
  /** "Now", for the warning about dates in the future. */
  now?: DateTime;
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

/**
 * Reads the site settings, organisations, tags, threads and eras of a
 * content folder. Problems in the four YAML maps are returned with the rest; a
 * site.yaml with problems throws a ContentError with them, since nothing
 * can be read without its zone and sectors (checkContent reports it instead).
 */
export function loadTaxonomy(contentDir: string): Taxonomy {
  const { settings, problems: settingsProblems } = readSettings(contentDir);
  if (!settings) throw new ContentError(settingsProblems);
  const problems: Problem[] = [];
  const sectorIds = new Set(Object.keys(settings.sectors));
  const organisations = readIdMap(join(contentDir, 'organisations.yaml'), 'organisation', organisationSchema({ sectorIds }), ['name', 'sector', 'place', 'website'], problems);
  const tags = readIdMap(join(contentDir, 'tags.yaml'), 'tag', tagSchema, ['label', 'description'], problems);
  const threadsFile = join(contentDir, 'threads.yaml');
  const threads = existsSync(threadsFile) ? readIdMap(threadsFile, 'thread', threadSchema, ['title', 'description'], problems) : { entries: {}, ids: new Set<string>() };
  const erasFile = join(contentDir, 'eras.yaml');
  const eras = existsSync(erasFile)
    ? readIdMap(erasFile, 'era', eraSchema(settings.timeZone), Object.keys(ERA_FIELDS), problems, ([, field]) => (ERA_FIELDS as Record<string, { hint: string }>)[String(field)]?.hint)
    : { entries: {}, ids: new Set<string>() };
  const context: SchemaContext = {
    timeZone: settings.timeZone,
    organisationIds: organisations.ids,
    tagIds: tags.ids,
    sectorIds,
    threadIds: threads.ids,
    language: settings.language,
  };
  return { settings, organisations: organisations.entries, tags: tags.entries, threads: threads.entries, eras: eras.entries, context, problems };
}

/** Checks a whole content folder: settings, organisations, tags and every event. */
export function checkContent(contentDir: string, options: CheckOptions = {}): ContentReport {
  const settingsRead = readSettings(contentDir);
  if (!settingsRead.settings) {
    // Without valid settings there is no zone to read dates in, nor sectors: the rest waits for site.yaml.
    const listed = existsSync(join(contentDir, 'events')) ? eventFiles(join(contentDir, 'events'), []).length : 0;
    return { settings: undefined, organisations: {}, tags: {}, events: [], eventFiles: listed, problems: settingsRead.problems };
  }
  const { settings, organisations, tags, context, problems } = loadTaxonomy(contentDir);
  problems.push(...strayFiles(contentDir));
  const events: CheckedEvent[] = [];
  const files = eventFiles(join(contentDir, 'events'), problems);
  for (const path of files) {
    const event = checkEventFile(path, context, problems);
    if (event) events.push(event);
  }
  // Ids of every event file, including those with problems of their own (already reported).
  const fileIds = new Set(files.map((path) => path.split(sep).pop()!.replace(/\.md$/, '')));
  problems.push(...checkAcrossEvents(events, fileIds, settings, options.now ?? DateTime.now()));
  return { settings, organisations, tags, events, eventFiles: files.length, problems };
}

/** Image formats (as sharp names them) the pipeline turns into AVIF and WebP; `heif` only with AV1, which is AVIF. */
const READABLE_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'heif']);

/**
 * Opens every image the events name and decodes it to the last byte, with
 * sharp, the library Astro's image service uses: a file that is no image, a
 * HEIC photo or a damaged (cut-off) file is refused here, on the event's
 * `image.src` line, instead of failing in the middle of the build or being
 * published unconverted. Asynchronous (sharp is), so it runs beside
 * `checkContent`: see `checkContentWithImages`.
 */
export async function checkImageFiles(events: readonly CheckedEvent[]): Promise<Problem[]> {
  const withImages = events.filter((event) => event.frontmatter.image);
  if (withImages.length === 0) return [];
  const { default: sharp } = await import('sharp');
  const problems: Problem[][] = [];
  let next = 0;
  const work = async () => {
    while (next < withImages.length) {
      const index = next++;
      const event = withImages[index]!;
      const src = event.frontmatter.image!.src;
      const path = resolve(dirname(resolve(event.file)), src);
      const problem = (message: string, hint: string): Problem[] => [{ severity: 'error', file: event.file, line: event.lineOf(['image', 'src']), field: 'image.src', message, hint }];
      let metadata;
      try {
        metadata = await sharp(path).metadata();
      } catch {
        problems[index] = problem(`"${src}" is not an image the site can read`, 'save it again as JPEG, PNG, WebP or AVIF: this file is damaged or no image at all');
        continue;
      }
      if (metadata.format === 'heif' && metadata.compression !== 'av1') {
        problems[index] = problem(`"${src}" is a HEIC photo, which the site cannot convert`, 'export it as JPEG (on an iPhone: Settings, Camera, Formats, Most Compatible)');
        continue;
      }
      if (!READABLE_FORMATS.has(metadata.format)) {
        problems[index] = problem(`"${src}" is ${metadata.format === 'svg' ? 'an SVG drawing' : `a ${metadata.format.toUpperCase()} file`}, which the site does not convert`, 'export it as PNG (a drawing or screenshot) or JPEG (a photo)');
        continue;
      }
      try {
        // A small decode still reads all the image data: a file cut off halfway fails here.
        await sharp(path, { failOn: 'truncated' }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
      } catch {
        problems[index] = problem(`"${src}" is damaged: its image data cannot be read to the end`, 'save or export the image again from the original');
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, work));
  return problems.flat();
}

/** `checkContent` plus `checkImageFiles`: what `npm run check` and the build run. */
export async function checkContentWithImages(contentDir: string, options: CheckOptions = {}): Promise<ContentReport> {
  const report = checkContent(contentDir, options);
  report.problems.push(...(await checkImageFiles(report.events)));
  return report;
}

/**
 * Checks that need more than one file: links between events, duplicates, dates in the future.
 * `fileIds` holds the id of every event file, also of those that failed their own checks.
 */
export function checkAcrossEvents(events: readonly CheckedEvent[], fileIds: ReadonlySet<string>, settings: SiteSettings, now: DateTime): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(events.map((event) => [event.id, event]));
  const published = events.filter((event) => !event.frontmatter.draft);
  const publishedIds = new Set(published.map((event) => event.id));
  const byTitleAndDate = new Map<string, CheckedEvent>();

  for (const event of events) {
    const { frontmatter, file } = event;
    frontmatter.related.forEach((relatedId, index) => {
      const field = `related.${index}`;
      const line = event.lineOf(['related', index]);
      if (relatedId === event.id) {
        problems.push({ severity: 'error', file, line, field, message: 'an event cannot be related to itself', hint: 'remove this id' });
      } else if (!fileIds.has(relatedId)) {
        const suggestion = closestId(relatedId, [...fileIds].filter((id) => id !== event.id));
        problems.push({
          severity: 'error', file, line, field,
          message: `unknown event "${relatedId}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          hint: 'use the file name of another event in the events folder, without .md',
        });
      } else if (byId.has(relatedId) && !frontmatter.draft && !publishedIds.has(relatedId)) {
        problems.push({ severity: 'error', file, line, field, message: `"${relatedId}" is a draft and will not be published`, hint: 'publish that event first, or remove the link' });
      }
    });

    if (!frontmatter.draft) {
      const key = `${frontmatter.title.toLowerCase()}|${frontmatter.date.written}`;
      const first = byTitleAndDate.get(key);
      if (first) {
        problems.push({
          severity: 'error', file, line: event.lineOf(['title']), field: 'title',
          message: `the same title on the same date as ${first.file}`,
          hint: 'this looks like a duplicate: remove one of the two files, or make the titles say how the events differ',
        });
      } else {
        byTitleAndDate.set(key, event);
      }
      if (toDateTime(frontmatter.date, settings.timeZone) > now) {
        problems.push({ severity: 'warning', file, line: event.lineOf(['date']), field: 'date', message: `${frontmatter.date.written} is in the future`, hint: 'check the year; announced events are fine' });
      }
      if (frontmatter.published && toDateTime(frontmatter.published, settings.timeZone) > now) {
        problems.push({ severity: 'warning', file, line: event.lineOf(['published']), field: 'published', message: `${frontmatter.published.written} is in the future`, hint: 'write the day the entry first appears on the site; search engines read it as the publication date' });
      }
    }
  }
  return problems;
}
