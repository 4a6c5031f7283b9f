/**
 * `npm run import -- <file> --into <folder>`: reads a TimelineJS JSON
 * document or Sheets-template CSV, writes the timeline into the content
 * folder, and reports one line per slide. Then it checks the folder with the
 * content checker, so what it wrote is known to pass `npm run check`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { type DateTime } from 'luxon';
import { loadSettings } from '../config/settings.ts';
import { LANGUAGES } from '../i18n/index.ts';
import { DateParseError, isValidZone, parseEventDate, todayIn } from '../lib/dates/index.ts';
import { checkContentWithImages } from '../content/check.ts';
import { loadTaxonomy } from '../content/taxonomy.ts';
import { formatProblem } from '../content/problems.ts';
import { planImport, type ImportOptions } from './convert.ts';
import { fetchSlideImages } from './download.ts';
import { readSheetsCsv } from './sheets-csv.ts';
import { DocumentError, type ImportedDocument } from './slides.ts';
import { readTimelineJsJson } from './timelinejs.ts';
import {
  ERAS_HEADER,
  ORGANISATIONS_YAML,
  TAGS_HEADER,
  addEntries,
  createFile,
  isTimelineFolder,
  siteYaml,
} from './write.ts';

export interface RunOptions {
  file: string;
  into: string;
  sourceUrl?: string | undefined;
  sourceDate?: string | undefined;
  /** For a new timeline: its language (default en) and time zone (default UTC). */
  language?: string | undefined;
  timeZone?: string | undefined;
  /** false: the slides' images are not downloaded, their links stay in the text (`--no-download`). */
  download?: boolean | undefined;
  /** Largest image downloaded, in bytes; time limit per image, in milliseconds. */
  maxImageBytes?: number | undefined;
  downloadTimeoutMs?: number | undefined;
  /** "Now", for the source date; the import day in the site's zone. */
  now?: DateTime | undefined;
}

export interface RunResult {
  lines: string[];
  /** 0: every slide carried over; 1: the document could not be read (nothing written); 2: written, but some slides were dropped or failed the check. */
  status: 0 | 1 | 2;
}

/** What is wrong with the options, each as one line; nothing when they are right. */
function optionProblems(options: RunOptions, existing: boolean): string[] {
  const problems: string[] = [];
  if (options.sourceUrl !== undefined && !/^https?:\/\/[^\s]+$/i.test(options.sourceUrl))
    problems.push(
      `--source-url: "${options.sourceUrl}" is not a web address — write the timeline's address starting with https://`,
    );
  if (options.sourceDate !== undefined) {
    try {
      parseEventDate(options.sourceDate, options.timeZone ?? 'UTC');
    } catch (error) {
      if (!(error instanceof DateParseError)) throw error;
      problems.push(
        `--source-date: ${error.message} — write when the timeline was published, e.g. 2021-03-01, 2021-03 or 2021`,
      );
    }
  }
  if (!existing && options.language !== undefined && !(LANGUAGES as readonly string[]).includes(options.language))
    problems.push(
      `--language: "${options.language}" is not a language the site speaks — write one of ${LANGUAGES.join(', ')}`,
    );
  if (options.timeZone !== undefined && !isValidZone(options.timeZone))
    problems.push(
      `--time-zone: "${options.timeZone}" is not an IANA time zone — write one such as Europe/Amsterdam or America/New_York`,
    );
  return problems;
}

/** Reads a TimelineJS file by its content: JSON starts with `{`, anything else is taken for the Sheets CSV. */
export function readDocument(text: string): ImportedDocument {
  return /^\uFEFF?\s*[{[]/.test(text) ? readTimelineJsJson(text) : readSheetsCsv(text);
}

export async function runImport(options: RunOptions): Promise<RunResult> {
  const lines: string[] = [];
  const name = relative(process.cwd(), options.file).startsWith('..')
    ? options.file
    : relative(process.cwd(), options.file) || options.file;
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (error) {
    return { lines: [`${name}: cannot be read: ${(error as Error).message} — check the path`], status: 1 };
  }
  let document: ImportedDocument;
  try {
    document = readDocument(text);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    return { lines: [`${name}: ${error.message}`], status: 1 };
  }

  const folder = options.into;
  const existing = isTimelineFolder(folder);
  const wrong = optionProblems(options, existing);
  if (wrong.length > 0) return { lines: wrong, status: 1 };
  const taxonomy = existing ? loadTaxonomy(folder) : undefined;
  if (taxonomy && taxonomy.problems.some((problem) => problem.severity === 'error')) {
    return {
      lines: [
        ...taxonomy.problems.map(formatProblem),
        `${name}: nothing imported: fix the problems in ${folder} first`,
      ],
      status: 1,
    };
  }
  const settings = existing ? loadSettings(folder) : undefined;
  const zone = settings?.timeZone ?? options.timeZone ?? 'UTC';
  const language = options.language ?? settings?.language ?? 'en';
  const eventsDir = join(folder, 'events');
  const filesThere = existsSync(eventsDir) ? readdirSync(eventsDir) : [];
  const eventIds = new Set(filesThere.filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -3)));
  const titleDates = new Set<string>();
  if (existing) {
    const report = await checkContentWithImages(folder);
    for (const event of report.events)
      titleDates.add(`${event.frontmatter.title.toLowerCase()}|${event.frontmatter.date.written}`);
  }
  const importOptions: ImportOptions = {
    zone,
    language,
    today: todayIn(zone, options.now),
    sourceDate: options.sourceDate,
    sourceUrl: options.sourceUrl,
    fileName: basename(options.file),
    // Only the slides' own media addresses are fetched, and only those that name an image file.
    images:
      options.download === false
        ? undefined
        : await fetchSlideImages(document, {
            documentFolder: dirname(options.file),
            maxBytes: options.maxImageBytes,
            timeoutMs: options.downloadTimeoutMs,
          }),
    existing: {
      eventIds,
      fileNames: new Set(filesThere.filter((file) => !file.endsWith('.md'))),
      titleDates,
      tags: taxonomy?.tags ?? {},
      eras: Object.fromEntries(
        Object.entries(taxonomy?.eras ?? {}).map(([id, era]) => [
          id,
          { name: era.name, start: era.start.written, end: era.end.written },
        ]),
      ),
    },
  };
  const plan = planImport(document, importOptions);
  const show = (path: string) =>
    relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path) || path;

  if (!existing) {
    createFile(join(folder, 'site.yaml'), siteYaml({ ...plan.site, language, timeZone: zone }));
    createFile(join(folder, 'organisations.yaml'), ORGANISATIONS_YAML);
    if (Object.keys(plan.tags).length === 0) createFile(join(folder, 'tags.yaml'), `# ${TAGS_HEADER}\n`);
    // A timeline, even one whose every slide was dropped, has an events folder: the check then reports only the slides.
    mkdirSync(eventsDir, { recursive: true });
  }
  addEntries(join(folder, 'tags.yaml'), plan.tags, TAGS_HEADER);
  addEntries(join(folder, 'eras.yaml'), plan.eras, ERAS_HEADER);

  let dropped = 0;
  let written = 0;
  for (const outcome of plan.outcomes) {
    let result = outcome.result;
    if (outcome.event) {
      const path = join(eventsDir, `${outcome.event.id}.md`);
      if (!createFile(path, outcome.event.text)) {
        dropped++;
        lines.push(`${name}: ${outcome.where}: not written: ${show(path)} already exists and is not overwritten`);
        continue;
      }
      written++;
      result = show(path);
      for (const file of outcome.event.files ?? [])
        if (!createFile(join(eventsDir, file.name), file.bytes))
          lines.push(
            `${name}: ${outcome.where}: the image ${show(join(eventsDir, file.name))} already exists and is not overwritten`,
          );
    } else if (result === 'site.yaml') {
      result = existing
        ? `the source title (site.yaml of ${show(folder)} is kept as it is)`
        : show(join(folder, 'site.yaml'));
    } else if (result?.startsWith('eras.yaml')) {
      result = `${show(join(folder, 'eras.yaml'))}: ${result.slice('eras.yaml: '.length)}`;
    }
    if (outcome.dropped) dropped++;
    const notes = outcome.notes.length ? `; ${outcome.notes.join('; ')}` : '';
    lines.push(
      outcome.dropped
        ? `${name}: ${outcome.where}: dropped: ${outcome.dropped}${notes}`
        : `${name}: ${outcome.where}: ${result ? `→ ${result}` : 'not carried over'}${notes}`,
    );
  }
  for (const [id, tag] of Object.entries(plan.tags))
    lines.push(`${show(join(folder, 'tags.yaml'))}: tag ${id} added for the group "${tag.label}"`);

  const report = await checkContentWithImages(folder);
  for (const problem of report.problems) lines.push(formatProblem(problem));
  const errors = report.problems.filter((problem) => problem.severity === 'error').length;
  lines.push(
    `${written} event${written === 1 ? '' : 's'} written, ${dropped} slides not carried over; ${show(folder)} checked: ${errors} error${errors === 1 ? '' : 's'}.`,
  );
  return { lines, status: dropped > 0 || errors > 0 ? 2 : 0 };
}
