/**
 * Reading an event file outside Astro: gray-matter splits frontmatter from
 * body, and the `yaml` package parses the frontmatter with the YAML 1.2 core
 * schema, which keeps `2020-01-17 14:30` a string (the wall-clock time the
 * editor wrote) instead of turning it into a UTC Date. The build and the
 * content checker both read files through here, so they see the same values.
 */
import matter from 'gray-matter';
import { LineCounter, isAlias, isMap, isScalar, parseDocument, visit, type Document, type ScalarTag } from 'yaml';

export type FieldPath = ReadonlyArray<string | number>;

export interface FrontmatterFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file where the value at `path` starts, if it is there. */
  lineOf(path: FieldPath): number | undefined;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

export class FrontmatterError extends Error {
  override name = 'FrontmatterError';
  readonly line: number | undefined;
  readonly hint: string;
  constructor(message: string, line: number | undefined, hint: string) {
    super(message);
    this.line = line;
    this.hint = hint;
  }
}

/** A line that opens or closes the frontmatter: three dashes and nothing else but spaces. */
const DELIMITER = /^---[ \t]*$/;
const OPENING = '---';

/**
 * Parses one Markdown file with YAML frontmatter. gray-matter finds the frontmatter: it opens on the
 * first line and ends at the first line that starts with "---". Every way that can go wrong is
 * checked here against what gray-matter found, so it throws FrontmatterError with the line.
 */
export function readFrontmatter(text: string): FrontmatterFile {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  if (source.trim() === '') {
    throw new FrontmatterError(
      'the file is empty',
      1,
      'start with a frontmatter block between two "---" lines (see CONTRIBUTING.md)',
    );
  }
  // gray-matter reads "----" or "---yaml" on the first line as no frontmatter, or another language's.
  if (!DELIMITER.test(source.split('\n', 1)[0] ?? '')) {
    throw new FrontmatterError(
      'the file does not start with frontmatter',
      1,
      'make "---" the first line, then the fields, then another "---" line',
    );
  }

  // gray-matter only finds the frontmatter here; it is parsed below, once it is known to be closed.
  const parsed = matter(source, { engines: { yaml: () => ({}) } });

  // Where gray-matter ended the frontmatter: the "---" after it, on the line after its last line.
  const end = OPENING.length + parsed.matter.length;
  if (end >= source.length) {
    // The last line of the file: a final newline ends that line and starts no new one.
    const lines = source.split('\n').length;
    throw new FrontmatterError(
      'the frontmatter is not closed',
      source.endsWith('\n') ? lines - 1 : lines,
      'add a line with only "---" after the last field, before the text',
    );
  }
  const closingLine = 1 + parsed.matter.split('\n').length;
  const closing = source.slice(end + 1).split('\n', 1)[0] ?? '';
  if (!DELIMITER.test(closing)) {
    throw new FrontmatterError(
      `the line "${closing}" starts with "---", so it ends the frontmatter, but it has more on it`,
      closingLine,
      'write only "---" on the line that ends the frontmatter; in a field, put text that starts with "---" in double quotes',
    );
  }

  // The frontmatter comes with the rest of the opening line still in front (its newline at least),
  // so line 1 of this text is line 1 of the file.
  const yaml = parseYaml(parsed.matter);
  const { data } = yaml;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FrontmatterError('the frontmatter is not a list of fields', 2, 'write one "field: value" per line');
  }

  return {
    data: data as Record<string, unknown>,
    body: parsed.content,
    bodyLine: closingLine + 1,
    lineOf: yaml.lineOf,
  };
}

export interface YamlFile {
  data: unknown;
  /** 1-based line where the value at `path` starts, or its nearest parent's. */
  lineOf(path: FieldPath): number | undefined;
  /** 1-based line of the key at the end of `path` (`Social Media:`), where a value's own line may be the next one. */
  keyLineOf(path: FieldPath): number | undefined;
}

/**
 * The core schema reads an unquoted `0602` or `-0044` as the integer 602 or
 * -44, a value the editor did not write (a date `0602` is the year 602, and
 * a message must quote it as written). A plain integer written with leading
 * zeros therefore stays the text as written; every other integer is a number.
 */
const zeroPaddedInteger: ScalarTag = {
  tag: 'tag:yaml.org,2002:int',
  default: true,
  test: /^[-+]?0[0-9]+$/,
  resolve: (source: string) => source,
};

/** Parses YAML (1.2 core schema: timestamps stay strings, zero-padded numbers too) and keeps track of lines. */
export function parseYaml(text: string): YamlFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    customTags: (tags) => [zeroPaddedInteger, ...tags],
  });
  const [problem] = document.errors;
  if (problem) {
    throw new FrontmatterError(
      `the YAML is malformed: ${firstSentence(problem.message)}`,
      lineCounter.linePos(problem.pos[0]).line,
      'check the indentation, and put text that contains ": " or starts with a quote or bracket in double quotes',
    );
  }
  const lineOf = (path: FieldPath): number | undefined => {
    const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    if (offset !== undefined) return lineCounter.linePos(offset).line;
    return path.length > 0 ? lineOf(path.slice(0, -1)) : undefined;
  };
  const keyLineOf = (path: FieldPath): number | undefined => {
    const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
    const key = isMap(parent)
      ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path.at(-1))?.key
      : undefined;
    const offset = isScalar(key) ? key.range?.[0] : undefined;
    return offset === undefined ? lineOf(path) : lineCounter.linePos(offset).line;
  };
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // yaml stops expanding aliases past the limit (a "billion laughs" file would otherwise take
    // all memory) with a ReferenceError; anything else is a bug, not the editor's mistake.
    if (!(error instanceof ReferenceError)) throw error;
    throw new FrontmatterError(
      'the YAML repeats anchored values (*name) too often: expanded, it would take too much memory',
      firstAliasLine(document, lineCounter),
      'write the values out in full instead of using anchors (&name) and aliases (*name)',
    );
  }
  return { data: data ?? {}, lineOf, keyLineOf };
}

/**
 * The most aliases (`*name`) one YAML text may expand, counted as `yaml`
 * counts them (an alias's weight grows with what it repeats). Event files and
 * the timeline's YAML files never need any; 100 is the library's own default.
 */
export const MAX_ALIAS_COUNT = 100;

function firstAliasLine(document: Document, lineCounter: LineCounter): number | undefined {
  let offset: number | undefined;
  visit(document, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        offset = node.range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

function firstSentence(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
}
