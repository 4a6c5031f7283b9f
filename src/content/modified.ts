/**
 * When each event page last changed: the date of its latest correction (a
 * correction is the only change after publication). The build's config needs
 * it for the sitemap's `lastmod` before Astro loads any content, so this reads
 * only the `corrections` of each event file, with the schema's own rules; a
 * file with problems is left to the checker, which stops the build anyway.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSettings } from '../config/settings.ts';
import { latestCorrection } from '../lib/corrections.ts';
import { rfc3339 } from '../lib/dates/index.ts';
import { readFrontmatter } from '../lib/frontmatter.ts';
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
      const latest = result.success ? latestCorrection(result.data) : undefined;
      const when = latest && rfc3339(latest.date, zone);
      if (when) modified.set(name.slice(0, -'.md'.length), when);
    } catch {
      // Malformed frontmatter: the checker reports it and stops the build.
    }
  }
  return modified;
}
