/**
 * What `npm run new` asks for: the input an editor gives, the questions a
 * terminal asks in order, the command-line flags and the usage text, and
 * which question a problem from the checker sends the editor back to.
 */
import { parseArgs } from 'node:util';
import { ACCEPTED_DATE_FORMS } from '../../src/lib/dates/index.ts';

/** The forms an editor writes by hand, local time: year, month, day, time (the checker accepts offsets too). */
const LOCAL_FORMS = ACCEPTED_DATE_FORMS.slice(0, 4);

/** What the editor gives; `undefined` means not given (yet), an empty value means "none". */
export interface EventInput {
  title?: string | undefined;
  date?: string | undefined;
  summary?: string | undefined;
  organisations?: string[] | undefined;
  tags?: string[] | undefined;
  sourceTitle?: string | undefined;
  sourcePublisher?: string | undefined;
  sourceDate?: string | undefined;
  sourceUrl?: string | undefined;
  sourceLanguage?: string | undefined;
  /** When the entry is first published on the site: today in the site's zone unless given. */
  published?: string | undefined;
}

export type Key = keyof EventInput;

interface Question {
  key: Key;
  flag: string;
  question: string;
  required: boolean;
  list?: boolean;
}

/** In the order they are asked; `flag` is also the command-line option. */
export const QUESTIONS: readonly Question[] = [
  { key: 'title', flag: 'title', question: 'Title (a short headline)', required: true },
  {
    key: 'date',
    flag: 'date',
    question: `Date, as precise as known (${LOCAL_FORMS.slice(0, -1).join(', ')} or ${LOCAL_FORMS.at(-1)})`,
    required: true,
  },
  { key: 'summary', flag: 'summary', question: 'Summary (one or two sentences)', required: true },
  {
    key: 'organisations',
    flag: 'organisations',
    question: 'Organisations (ids from organisations.yaml, separated by commas; empty for none)',
    required: false,
    list: true,
  },
  {
    key: 'tags',
    flag: 'tags',
    question: 'Tags (ids from tags.yaml, separated by commas; empty for none)',
    required: false,
    list: true,
  },
  { key: 'sourceTitle', flag: 'source-title', question: 'Source: headline of the article or document', required: true },
  {
    key: 'sourcePublisher',
    flag: 'source-publisher',
    question: 'Source: publisher (empty to leave out)',
    required: false,
  },
  { key: 'sourceDate', flag: 'source-date', question: 'Source: publication date', required: true },
  {
    key: 'sourceUrl',
    flag: 'source-url',
    question: 'Source: web address, https://… (empty to leave out)',
    required: false,
  },
  { key: 'sourceLanguage', flag: 'source-language', question: 'Source: language code', required: true },
];

/** Which answer a problem at a field path is about, so a terminal user is asked that question again. */
export function keyOf(field: string | undefined): Key | undefined {
  const [top, , nested] = (field ?? '').split('.');
  if (top === 'sources') {
    return (
      {
        title: 'sourceTitle',
        publisher: 'sourcePublisher',
        date: 'sourceDate',
        url: 'sourceUrl',
        language: 'sourceLanguage',
      } as const
    )[nested as 'title'];
  }
  return QUESTIONS.find((question) => question.key === top)?.key;
}

export const USAGE = `Usage: npm run new -- [options]

Writes content/events/<slug>.md (or in $TIJDLIJN_CONTENT) with valid frontmatter.
In a terminal, anything required that is not given as an option is asked for.

  --title TEXT               headline of the event (required)
  --date DATE                ${LOCAL_FORMS.join(', ')} (required)
  --summary TEXT             one or two sentences (required)
  --organisations ID,ID      ids from organisations.yaml
  --tag ID                   an id from tags.yaml (repeat for more, or --tags ID,ID)
  --source-title TEXT        headline of the source (required)
  --source-date DATE         when the source was published (required)
  --source-url URL           https://… address of the source
  --source-publisher TEXT    newspaper, broadcaster or organisation
  --source-language CODE     language of the source (default: the site's language)
  --published DATE           when the entry first appears on the site (default: today in the site's time zone)
  --help                     show this text`;

/** Ids as typed: separated by commas or spaces. */
export const ids = (value: string) => value.split(/[\s,]+/).filter(Boolean);

/** Reads the command line into an input; throws with a readable message on an unknown option. */
export function parseFlags(argv: readonly string[]): { input: EventInput; help: boolean } {
  const text = { type: 'string' } as const;
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      title: text,
      date: text,
      summary: text,
      organisations: text,
      tags: text,
      tag: { type: 'string', multiple: true },
      'source-title': text,
      'source-publisher': text,
      'source-date': text,
      'source-url': text,
      'source-language': text,
      published: text,
      help: { type: 'boolean' },
    },
  });
  const tags = [...(values.tags === undefined ? [] : ids(values.tags)), ...(values.tag ?? []).flatMap(ids)];
  return {
    help: values.help ?? false,
    input: {
      title: values.title,
      date: values.date,
      summary: values.summary,
      organisations: values.organisations === undefined ? undefined : ids(values.organisations),
      tags: values.tags === undefined && values.tag === undefined ? undefined : tags,
      sourceTitle: values['source-title'],
      sourcePublisher: values['source-publisher'],
      sourceDate: values['source-date'],
      sourceUrl: values['source-url'],
      sourceLanguage: values['source-language'],
      published: values.published,
    },
  };
}
