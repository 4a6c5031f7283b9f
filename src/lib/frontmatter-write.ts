/**
 * Writing an event file: the one writer, used by `npm run new`
 * (scripts/new-event.ts), the web editor (editor/format.ts) and the importer
 * (import/convert.ts). The `yaml` package writes the frontmatter with the
 * YAML 1.2 core schema the reader (frontmatter.ts) uses, so a written file
 * reads back as the same values; lines are never folded, and id lists can be
 * written in brackets (`tags: [thuiswerken, vpn]`) as an editor would.
 */
import { Document, isCollection, isScalar } from 'yaml';
import type { FieldPath } from './frontmatter.ts';

/** The event fields that hold lists of ids. */
export const ID_LISTS: readonly string[] = ['organisations', 'tags', 'threads', 'related'];

export interface FrontmatterWriteOptions {
  /** Top-level fields written as a list in brackets (e.g. ID_LISTS); other lists are written one item a line. */
  flowLists?: Iterable<string>;
  /** Comments written after a value (`# …`), by the value's field path; a path the data does not have is skipped. */
  comments?: ReadonlyArray<readonly [FieldPath, string]>;
}

/** The frontmatter's YAML, without the `---` lines, fields in the order `fields` has them. */
export function writeFrontmatter(fields: Record<string, unknown>, options: FrontmatterWriteOptions = {}): string {
  const document = new Document(fields);
  for (const key of options.flowLists ?? []) {
    const list = document.get(key, true);
    if (isCollection(list)) list.flow = true;
  }
  for (const [path, comment] of options.comments ?? []) {
    const node = document.getIn(path, true);
    if (isScalar(node)) node.comment = comment;
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** An event file: the frontmatter between `---` lines, then the body (left out when empty) and a final newline. */
export function writeEventFile(
  fields: Record<string, unknown>,
  body: string,
  options: FrontmatterWriteOptions = {},
): string {
  return `---\n${writeFrontmatter(fields, options)}---\n${body ? `${body}\n` : ''}`;
}
