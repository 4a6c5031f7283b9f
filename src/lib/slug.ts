/** Ids from text: an event's file name from its title, a taxonomy id from a label. */
import { slug } from 'github-slugger';

/** What an id looks like: lowercase letters and digits, words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * An id (file name without .md) for a title or a badly written file name:
 * GitHub's slug rules, accents stripped (é → e) and anything outside a–z and
 * 0–9 collapsed to single hyphens, so the result matches
 * SLUG_PATTERN or is empty. `maxLength` cuts at a hyphen.
 */
export function toSlug(text: string, maxLength = Infinity): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o');
  const id = slug(plain)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (id.length <= maxLength) return id;
  const cut = id.slice(0, maxLength + 1);
  return (cut.lastIndexOf('-') > 0 ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * A new event's id for a title, among the file names already taken: the
 * title's slug (at most 60 characters; "gebeurtenis" when nothing is left),
 * then slug-2, slug-3, … Taken names are compared as slugs. `npm run new`
 * and the web editor both name new files with this.
 */
export function freeEventId(title: string, takenNames: Iterable<string>): string {
  const taken = new Set([...takenNames].map((name) => toSlug(name.replace(/\.md$/i, ''))));
  return freeId(toSlug(title, 60) || 'gebeurtenis', taken);
}

/** `base` if it is not taken, else the first free one of base-2, base-3, … */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
