/** Ids from text: an event's file name from its title, a taxonomy id from a label. */
import { slug } from 'github-slugger';

/**
 * An id (file name without .md) for a title or a badly written file name:
 * GitHub's slug rules, accents stripped (é → e) and anything outside a–z and
 * 0–9 collapsed to single hyphens, so the result matches the schema's
 * SLUG_PATTERN or is empty. `maxLength` cuts at a hyphen.
 */
export function toSlug(text: string, maxLength = Infinity): string {
  const plain = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ß/g, 'ss').replace(/æ/gi, 'ae').replace(/ø/gi, 'o');
  const id = slug(plain).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (id.length <= maxLength) return id;
  const cut = id.slice(0, maxLength + 1);
  return (cut.lastIndexOf('-') > 0 ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, maxLength)).replace(/-+$/, '');
}
