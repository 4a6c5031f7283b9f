/**
 * The build's content check with verdicts kept from the last build: an event
 * file whose bytes, name, taxonomy and checker code are all unchanged passed
 * its own checks last time, so it passes them again and is not parsed. Only a
 * file that passed without any problem and has no image (whose picture file
 * may change on its own) is remembered; anything else is checked again on
 * every build, so a bad file is reported every time. The checks across files
 * (links, duplicates, dates in the future) always run over every event, with
 * the few fields they need kept in the cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settingsStopMessage } from '../config/settings.ts';
import { cacheKey } from '../lib/cache-key.ts';
import { readFrontmatter, type FieldPath } from '../lib/frontmatter.ts';
import {
  checkEventFile,
  checkFolder,
  type CheckedEvent,
  type CheckOptions,
  type ContentReport,
  type EventSummary,
} from './check.ts';
import { checkImageFiles } from './check-images.ts';
import { lastModifiedOf } from './modified.ts';
import { ContentError, problemFile, type Problem } from './problems.ts';
import type { SchemaContext } from './schema.ts';

/** What is kept of an event that passed: the fields the checks across files read, and its sitemap date. */
interface Verdict {
  frontmatter: EventSummary['frontmatter'];
  lastModified: string | undefined;
}

interface CacheFile {
  version: string;
  verdicts: Record<string, Verdict>;
}

/** An event as the build's check returns it: checked now (with all its data), or passed before. */
export type BuildEvent = (CheckedEvent | (EventSummary & { checked: false })) & { lastModified: string | undefined };

export interface BuildCheck {
  report: ContentReport<BuildEvent>;
  /** The events checked in this build, by absolute path: the loader hands their data to Astro. */
  checked: Map<string, CheckedEvent>;
  /** Event id → its latest correction (RFC 3339), for the sitemap. */
  lastModified: Map<string, string>;
}

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The checker's code and libraries: every source file a verdict can depend on
 * (src/content, src/lib and src/config with their subfolders, src/domain.ts)
 * and the installed packages' versions (yaml, zod, luxon …). Any change
 * empties the cache. `src` is the source folder (another one in tests).
 */
export function checkerVersion(src = SRC): string {
  const hash = createHash('sha256');
  for (const folder of ['content', 'lib', 'config']) {
    const names = readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' });
    for (const name of names.filter((file) => file.endsWith('.ts')).sort()) {
      hash.update(`${folder}/${name}\0`).update(readFileSync(join(src, folder, name)));
    }
  }
  hash.update(readFileSync(join(src, 'domain.ts')));
  for (const lock of ['node_modules/.package-lock.json', 'package-lock.json']) {
    const path = join(src, '..', lock);
    if (existsSync(path)) {
      hash.update(readFileSync(path));
      break;
    }
  }
  return hash.digest('base64url');
}

function readCache(path: string, version: string): Map<string, Verdict> {
  try {
    const cache = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    if (cache.version === version) return new Map(Object.entries(cache.verdicts));
  } catch {
    // No cache yet, or an unreadable one: every file is checked.
  }
  return new Map();
}

/** Where a field is, read from the file only when a message needs it (a check across files failed). */
function lazyLineOf(path: string): (field: FieldPath) => number | undefined {
  return (field) => {
    try {
      return readFrontmatter(readFileSync(path, 'utf8')).lineOf(field);
    } catch {
      return undefined;
    }
  };
}

/** The verdicts' file in Astro's cache folder. */
export const checkCacheFile = (cacheDir: string): string => join(cacheDir, 'tijdlijn-check.json');

export interface BuildCheckOptions extends CheckOptions {
  /** Write this check's verdicts to the cache file (default); false only reads it. */
  keepVerdicts?: boolean;
}

/** `checkContentWithImages` for the build, reusing the verdicts kept in `cacheFile`. */
export async function checkContentForBuild(
  contentDir: string,
  cacheFile: string,
  { keepVerdicts = true, ...options }: BuildCheckOptions = {},
): Promise<BuildCheck> {
  const version = checkerVersion();
  const previous = readCache(cacheFile, version);
  const next = new Map<string, Verdict>();
  const checked = new Map<string, CheckedEvent>();
  const contextKeys = new WeakMap<SchemaContext, string>();

  const checkFile = (path: string, context: SchemaContext, problems: Problem[]): BuildEvent | undefined => {
    let contextKey = contextKeys.get(context);
    if (contextKey === undefined) contextKeys.set(context, (contextKey = cacheKey(context)));
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(path);
    } catch {
      // checkEventFile reports it.
    }
    const key =
      bytes &&
      createHash('sha256')
        .update(contextKey)
        .update('\0')
        .update(basename(path))
        .update('\0')
        .update(bytes)
        .digest('base64url');
    const kept = key === undefined ? undefined : previous.get(key);
    if (key !== undefined && kept) {
      next.set(key, kept);
      const id = basename(path).replace(/\.md$/, '');
      return {
        id,
        file: problemFile(path),
        frontmatter: kept.frontmatter,
        lineOf: lazyLineOf(path),
        lastModified: kept.lastModified,
        checked: false,
      };
    }
    const own: Problem[] = [];
    const event = checkEventFile(path, context, own);
    problems.push(...own);
    if (!event) return undefined;
    const lastModified = lastModifiedOf(event.frontmatter.corrections, context.timeZone);
    checked.set(join(process.cwd(), event.file), event);
    if (key !== undefined && own.length === 0 && !event.frontmatter.image) {
      const { title, date, published, draft, related, image } = event.frontmatter;
      next.set(key, { frontmatter: { title, date, published, draft, related, image }, lastModified });
    }
    return { ...event, lastModified };
  };

  const report = checkFolder(contentDir, options, checkFile);
  report.problems.push(...(await checkImageFiles(report.events)));
  if (keepVerdicts && (next.size !== previous.size || [...next.keys()].some((key) => !previous.has(key)))) {
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ version, verdicts: Object.fromEntries(next) } satisfies CacheFile));
  }
  const lastModified = new Map(
    report.events.flatMap((event) => (event.lastModified ? [[event.id, event.lastModified] as const] : [])),
  );
  return { report, checked, lastModified };
}

/**
 * What a build of `contentDir` stops with: the message for problems in site.yaml, or for the errors
 * in the other files, as Astro's config and the events loader print them; undefined when nothing
 * stops it. `npm run build` asks this while Astro starts (scripts/build.ts), so a bad file stops
 * the build in about a second. It reads the verdicts in `cacheFile` and leaves writing them to the
 * build's own check, which may be writing them at the same moment.
 */
export async function buildStopMessage(contentDir: string, cacheFile: string): Promise<string | undefined> {
  const { report } = await checkContentForBuild(contentDir, cacheFile, { keepVerdicts: false });
  if (!report.settings) return settingsStopMessage(report.problems);
  if (!report.problems.some((problem) => problem.severity === 'error')) return undefined;
  return new ContentError(report.problems).message;
}
