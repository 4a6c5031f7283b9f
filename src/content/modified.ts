/**
 * When each event page last changed: the date of its latest correction (a
 * correction is the only change after publication), the sitemap's `lastmod`.
 * In a build the events loader records it from the checker's data
 * (`recordLastModified`) and the sitemap, which runs after the pages, reads it
 * (`recordedLastModified`): no file is read for it a second time.
 * `lastModifiedByEvent` reads a content folder on its own, with the schema's rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings } from '../config/settings.ts';
import { latestCorrection } from '../lib/corrections.ts';
import { rfc3339 } from '../lib/dates/index.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';
import type { Correction } from '../domain.ts';
import { correctionSchema } from './schema.ts';

/** Event id → the instant of its latest correction (RFC 3339, site zone), for the events that were corrected. */
export function lastModifiedByEvent(contentDir: string): Map<string, string> {
  const zone = loadSettings(contentDir).timeZone;
  const events = join(contentDir, 'events');
  const schema = correctionSchema(zone).array();
  const modified = new Map<string, string>();
  if (!existsSync(events)) return modified;
  for (const name of readdirSync(events)) {
    if (!name.endsWith('.md')) continue;
    const text = readFileSync(join(events, name), 'utf8');
    if (!/^corrections:/m.test(text)) continue;
    try {
      const result = schema.safeParse(readFrontmatter(text).data['corrections']);
      const when = result.success ? lastModifiedOf(result.data, zone) : undefined;
      if (when) modified.set(name.slice(0, -'.md'.length), when);
    } catch {
      // Malformed frontmatter: the checker reports it and stops the build.
    }
  }
  return modified;
}

/** The latest correction's instant (RFC 3339, site zone), or undefined for an event never corrected. */
export function lastModifiedOf(corrections: readonly Correction[] | undefined, zone: string): string | undefined {
  const latest = latestCorrection(corrections);
  return latest && rfc3339(latest.date, zone);
}

/**
 * One map per process: astro.config.mjs and the content loader are loaded
 * as separate module instances (Astro loads its config before Vite runs the
 * content config), so the map lives on globalThis under a registered symbol.
 */
const RECORDED = Symbol.for('tijdlijn.lastModified');
type Recorded = { [RECORDED]?: Map<string, string> };

/** Called by the events loader after the check: event id → latest correction. */
export function recordLastModified(modified: Map<string, string>): void {
  (globalThis as Recorded)[RECORDED] = modified;
}

/** What the loader recorded in this process; undefined before the content was loaded. */
export function recordedLastModified(): Map<string, string> | undefined {
  return (globalThis as Recorded)[RECORDED];
}
