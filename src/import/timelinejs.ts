/**
 * Reads a TimelineJS JSON document (`{ title, events, eras, scale }`,
 * https://timeline.knightlab.com/docs/json-format.html) as found in the wild:
 * numbers as strings, empty strings for parts that are not given. A document
 * that is not JSON, or whose shape is not TimelineJS's, is refused with the
 * line (for broken JSON) or the JSON path; values inside a slide are checked
 * later, slide by slide (src/import/convert.ts).
 */
import { parseTree, printParseErrorCode, type ParseError, type ParseErrorCode } from 'jsonc-parser';
import {
  DocumentError,
  textOf,
  type ImportedDocument,
  type ImportedSlide,
  type SlideDate,
  type SlideField,
  type SlideMedia,
} from './slides.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

/** The line of a character offset in the text. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function parseJson(text: string): unknown {
  const source = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(source);
  } catch {
    // JSON.parse does not always say where; jsonc-parser (strict settings) finds the first error's offset.
    const errors: ParseError[] = [];
    parseTree(source, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
    const [first] = errors;
    const what = first ? describeError(first.error) : 'it cannot be read as JSON';
    throw new DocumentError(
      first ? `line ${lineAt(source, first.offset)}` : '(file)',
      `is not valid JSON: ${what} — a TimelineJS file must be valid JSON (check commas, quotes and brackets here)`,
    );
  }
}

const ERROR_WORDS: Partial<Record<string, string>> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a property name in double quotes was expected (a trailing comma?)',
  ValueExpected: 'a value was expected (a trailing comma?)',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the document goes on after its end',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'an invalid \\u escape',
  InvalidEscapeCharacter: 'an invalid escape in a string',
  InvalidCharacter: 'an invalid character in a string',
};

function describeError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return ERROR_WORDS[name] ?? name;
}

function slideDate(value: unknown, path: string): SlideDate | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (!isObject(value))
    throw new DocumentError(path, `must be an object with year, month, day…, not ${describe(value)}`);
  return value as SlideDate;
}

function text(value: unknown, path: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return textOf(value);
  throw new DocumentError(path, `must be text, not ${describe(value)}`);
}

function media(value: unknown, path: string): SlideMedia | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (!isObject(value))
    throw new DocumentError(path, `must be an object with url, credit, caption, not ${describe(value)}`);
  const part = (key: string) => text(value[key], `${path}.${key}`);
  return {
    url: part('url'),
    credit: part('credit'),
    caption: part('caption'),
    thumbnail: part('thumbnail'),
    alt: part('alt'),
  };
}

function background(value: unknown): string {
  if (!isObject(value)) return textOf(value);
  return textOf(value['url']) || textOf(value['color']);
}

const FIELD_PATHS: Record<string, string> = {
  display_date: 'display_date',
  headline: 'text.headline',
  text: 'text.text',
  media: 'media',
  group: 'group',
  background: 'background',
  unique_id: 'unique_id',
};

function slide(value: unknown, path: string): ImportedSlide {
  if (!isObject(value)) throw new DocumentError(path, `must be an object (a slide), not ${describe(value)}`);
  const body = value['text'];
  if (body !== undefined && body !== null && !isObject(body))
    throw new DocumentError(`${path}.text`, `must be an object with headline and text, not ${describe(body)}`);
  const start = slideDate(value['start_date'], `${path}.start_date`);
  const end = slideDate(value['end_date'], `${path}.end_date`);
  return {
    where: path,
    field: (name: SlideField) => {
      const [which, part] = name.split('.');
      return part ? `${path}.${which}_date.${part}` : `${path}.${FIELD_PATHS[name] ?? name}`;
    },
    start,
    end,
    // TimelineJS reads a slide's own display_date first, then the start date's.
    displayDate: text(value['display_date'], `${path}.display_date`) || textOf(start?.display_date),
    headline: text(isObject(body) ? body['headline'] : undefined, `${path}.text.headline`),
    text: text(isObject(body) ? body['text'] : undefined, `${path}.text.text`),
    media: media(value['media'], `${path}.media`),
    group: text(value['group'], `${path}.group`),
    background: background(value['background']),
    uniqueId: text(value['unique_id'], `${path}.unique_id`),
  };
}

/** Reads the text of a TimelineJS JSON file; throws a DocumentError naming the line or JSON path when it cannot. */
export function readTimelineJsJson(source: string): ImportedDocument {
  const data = parseJson(source);
  if (!isObject(data))
    throw new DocumentError('(document)', `must be a TimelineJS object with "events", not ${describe(data)}`);
  if (!Array.isArray(data['events'])) {
    throw new DocumentError(
      'events',
      data['events'] === undefined
        ? 'is missing: a TimelineJS document lists its slides in "events"'
        : `must be a list of slides, not ${describe(data['events'])}`,
    );
  }
  const eras = data['eras'] ?? [];
  if (!Array.isArray(eras)) throw new DocumentError('eras', `must be a list of eras, not ${describe(eras)}`);
  const notes: string[] = [];
  const scale = textOf(data['scale']);
  if (scale && scale !== 'human')
    notes.push(`scale: ${scale} is not carried over: the site shows years from 9999 BC to AD 9999`);
  return {
    format: 'json',
    title: data['title'] === undefined || data['title'] === null ? undefined : slide(data['title'], 'title'),
    events: data['events'].map((event, index) => slide(event, `events[${index}]`)),
    eras: eras.map((era, index) => slide(era, `eras[${index}]`)),
    notes,
  };
}
