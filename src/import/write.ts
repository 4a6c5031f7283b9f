/**
 * Writing the imported timeline: every file is created exclusively (the
 * `wx` flag), so an existing file is never overwritten; tags.yaml and
 * eras.yaml of an existing timeline get new entries appended after what is
 * there, which stays as it was.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';

/** Creates `path` with `text`; false, and nothing written, when the file already exists. */
export function createFile(path: string, text: string | Uint8Array): boolean {
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, text, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Adds entries (id → fields) to a YAML map file: appended to the end of an
 * existing file, or a new file with `header` as its first comment line.
 * Returns whether the file was created.
 */
export function addEntries(path: string, entries: Record<string, unknown>, header: string): boolean {
  if (Object.keys(entries).length === 0) return false;
  const text = stringify(entries, { lineWidth: 0 });
  if (createFile(path, `# ${header}\n${text}`)) return true;
  const existing = readFileSync(path, 'utf8');
  appendFileSync(path, `${existing === '' || existing.endsWith('\n') ? '' : '\n'}${text}`);
  return false;
}

export interface NewSite {
  title: string;
  description: string;
  language: string;
  timeZone: string;
}

/** site.yaml for a new timeline. The public address is a placeholder until the site has one (TIJDLIJN_SITE overrides it). */
export function siteYaml(site: NewSite): string {
  return [
    '# Imported from TimelineJS (npm run import). See README, "Another timeline", for every setting.',
    stringify(
      { title: site.title, description: site.description, language: site.language, timeZone: site.timeZone },
      { lineWidth: 0 },
    ).trimEnd(),
    '# The public address: set it before you publish (or build with TIJDLIJN_SITE).',
    'site: http://localhost:4321',
    'base: /',
    '# Sectors of organisations (organisations.yaml); TimelineJS has none.',
    'sectors: {}',
    '',
  ].join('\n');
}

export const ORGANISATIONS_YAML =
  '# Organisations by id: name, sector, place, optional website. TimelineJS has none; add them here.\n';
export const TAGS_HEADER = 'Topics by id: label, optional description. The TimelineJS groups became these tags.';
export const ERAS_HEADER = 'Eras by id: name, start, end (the event date forms). Readers see them on the timeline.';

/** Whether a folder holds a timeline already (it has a site.yaml). */
export function isTimelineFolder(folder: string): boolean {
  return existsSync(`${folder}/site.yaml`);
}
