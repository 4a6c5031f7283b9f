/**
 * How the web editor reads and writes an event file: the project's own file
 * format for Decap CMS (`CMS.registerCustomFormat`), instead of Decap's YAML
 * front matter, so a file means the same after a save as before.
 *
 * - Reading goes through the project's reader (src/lib/frontmatter.ts, YAML
 *   1.2 core schema), the one the checker and the build use: `2020-01-17 14:30`
 *   stays the text written, never a UTC timestamp.
 * - Writing goes through the project's writer (src/lib/frontmatter-write.ts): a date is written
 *   as the text the field holds (`2020-01-17`, `"2020"`), so reading it back
 *   gives the same date; id lists are written in brackets, as `npm run new`
 *   writes them. Empty fields (an unused end date, an empty list) and
 *   `draft: false` are left out, as an editor writing by hand would.
 */
import { readFrontmatter } from '../lib/frontmatter.ts';
import { ID_LISTS, writeEventFile } from '../lib/frontmatter-write.ts';

/** The format's name in the editor's configuration. */
export const EDITOR_FORMAT = 'tijdlijn-frontmatter';

/**
 * Where the editor puts the new file's id before saving (src/editor/admin.ts):
 * the collection's slug template reads it. Never written to the file.
 */
export const EDITOR_ID_KEY = '__tijdlijn_id';

export type EntryData = Record<string, unknown> & { body?: string };

/** An event file's text as the editor's entry data: the frontmatter's fields and `body`. */
export function fromFile(text: string): EntryData {
  const file = readFrontmatter(text);
  return { ...file.data, body: file.body.replace(/^\n/, '') };
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);

/** The value without its empty parts; undefined when nothing is left. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => !isEmpty(item));
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, prune(item)] as const)
      .filter(([, item]) => !isEmpty(item));
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return isEmpty(value) ? undefined : value;
}

/** The order of the fields inside a list or group (sources, image, corrections), by field name. */
export type NestedOrder = Readonly<Record<string, readonly string[]>>;

/** The nested field order of an editor configuration's fields. */
export function nestedOrder(fields: readonly { name: string; fields?: readonly { name: string }[] }[]): NestedOrder {
  return Object.fromEntries(
    fields.flatMap((field) => (field.fields ? [[field.name, field.fields.map((inner) => inner.name)]] : [])),
  );
}

/** `value`'s keys in `order`; keys it does not name follow in the order they have. */
function ordered(value: Record<string, unknown>, order: readonly string[]): string[] {
  return [...order.filter((key) => key in value), ...Object.keys(value).filter((key) => !order.includes(key))];
}

function orderedObject(value: unknown, order: readonly string[] | undefined): unknown {
  if (!order || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(ordered(object, order).map((key) => [key, object[key]]));
}

/**
 * Entry data as an event file. `order` is the form's field order (Decap passes
 * it), `nested` the order inside sources, image and corrections; fields they
 * do not name follow in the order the data has them.
 */
export function toFile(data: EntryData, order: readonly string[] = [], nested: NestedOrder = {}): string {
  const { body = '', [EDITOR_ID_KEY]: _id, ...fields } = data;
  const frontmatter: Record<string, unknown> = {};
  for (const key of ordered(fields, order)) {
    const inner = nested[key];
    const raw = Array.isArray(fields[key])
      ? (fields[key] as unknown[]).map((item) => orderedObject(item, inner))
      : orderedObject(fields[key], inner);
    const value = key === 'draft' && raw === false ? undefined : prune(raw);
    if (value !== undefined) frontmatter[key] = value;
  }
  // `alt: ""` is a choice (a purely decorative image), not an empty field.
  const image = fields.image as Record<string, unknown> | undefined;
  if (frontmatter.image && image?.alt === '') (frontmatter.image as Record<string, unknown>).alt = '';
  const src = (frontmatter.image as { src?: unknown } | undefined)?.src;
  if (typeof src === 'string' && !/^\.{1,2}\//.test(src))
    (frontmatter.image as Record<string, unknown>).src = `./${src.replace(/^\/+/, '')}`;

  const text = String(body).replace(/\r\n/g, '\n').replace(/\s+$/, '');
  return writeEventFile(frontmatter, text, { flowLists: ID_LISTS });
}
