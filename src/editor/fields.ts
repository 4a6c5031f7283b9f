/**
 * What the web editor's form is built from: a Decap CMS field, a widget (a
 * function that makes one from what the form is made of), and `subfields`,
 * which lays out a widget table of src/editor/widgets.ts for the field names
 * a schema declares. A schema field without a widget throws
 * MissingWidgetError, naming the field and the table to add it to; a widget
 * whose field the schema does not have (yet) is left out of the form. Both
 * the widget tables and the configuration (src/editor/config.ts) use these.
 */
import { ACCEPTED_DATE_FORMS, DATE_FORM_PATTERN } from '../lib/dates/index.ts';
import { correctionSchema, eventSchema, sourceSchema, type SchemaContext } from '../content/schema.ts';
import { CORRECTION_FIELDS, EVENT_FIELDS, IMAGE_FIELDS, SOURCE_FIELDS } from '../content/schema-hints.ts';
import type { Organisation, Tag, Thread } from '../domain.ts';
import type { SiteSettings } from '../config/settings.ts';
import type { Dictionary } from '../i18n/index.ts';

/** A Decap CMS field (the part of its schema this project uses). */
export interface EditorField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'markdown' | 'boolean' | 'select' | 'relation' | 'list' | 'object' | 'image';
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  multiple?: boolean;
  min?: number;
  fields?: EditorField[];
  summary?: string;
  collapsed?: boolean;
  label_singular?: string;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  choose_url?: boolean;
  modes?: string[];
}

/** What the form is made from: the site's language, the taxonomy to choose from, the words, the schema's fields. */
export interface FormInput {
  settings: Pick<SiteSettings, 'language'>;
  organisations: Readonly<Record<string, Organisation>>;
  tags: Readonly<Record<string, Tag>>;
  threads: Readonly<Record<string, Thread>>;
  t: Dictionary;
  /** The schema's field names; by default read from the schemas. Tests pass others. */
  schemaFields?: {
    event: readonly string[];
    source: readonly string[];
    image: readonly string[];
    correction: readonly string[];
  };
}

/** The collection's name, also its preview template's. */
export const EVENTS_COLLECTION = 'events';

/** The accepted date forms, as a date field's hint and message list them. */
export const DATE_FORMS = ACCEPTED_DATE_FORMS.join(', ');

export interface WidgetContext {
  input: FormInput;
  t: Dictionary;
  datePattern: [string, string];
}

/** Makes one field of the form (without its name); undefined leaves it out (a choice of nothing). */
export type Widget = (context: WidgetContext) => Omit<EditorField, 'name'> | undefined;

/** What every widget is made with: the input, its words, and the accepted date forms as a pattern. */
export function widgetContext(input: FormInput): WidgetContext {
  const { t } = input;
  return { input, t, datePattern: [DATE_FORM_PATTERN, t.editorDatePattern(DATE_FORMS)] };
}

/** Fields of the editor that are not frontmatter. */
const NOT_FRONTMATTER = new Set(['body']);

const noTaxonomy: SchemaContext = {
  timeZone: 'UTC',
  organisationIds: new Set(),
  tagIds: new Set(),
  sectorIds: new Set(),
};

/** The field names each schema declares: EVENT_FIELDS and friends, and the zod objects' keys. */
export const schemaKeys = {
  event: () => [...new Set([...Object.keys(EVENT_FIELDS), ...Object.keys(eventSchema(noTaxonomy).shape)])],
  source: () => [...new Set([...Object.keys(SOURCE_FIELDS), ...Object.keys(sourceSchema('UTC').shape)])],
  image: () => [
    ...new Set([...Object.keys(IMAGE_FIELDS), ...Object.keys(eventSchema(noTaxonomy).shape.image.unwrap().shape)]),
  ],
  correction: () => [...new Set([...Object.keys(CORRECTION_FIELDS), ...Object.keys(correctionSchema('UTC').shape)])],
};

/** Thrown for a schema field the editor has no widget for. */
export class MissingWidgetError extends Error {
  override name = 'MissingWidgetError';
}

/**
 * The fields for `names` from a widget table, in the table's order; `where`
 * (`event`, `sources`, `image`, `media`, `corrections`) names the table in the
 * message for a name without a widget.
 */
export function subfields(
  widgets: Record<string, Widget>,
  names: readonly string[],
  context: WidgetContext,
  where: string,
): EditorField[] {
  const table =
    where === 'event'
      ? 'EVENT_WIDGETS'
      : where === 'sources'
        ? 'SOURCE_WIDGETS'
        : where === 'image'
          ? 'IMAGE_WIDGETS'
          : where === 'media'
            ? 'MEDIA_WIDGETS'
            : 'CORRECTION_WIDGETS';
  const missing = names.filter((name) => !(name in widgets));
  if (missing.length > 0) {
    const fields = missing.map((name) => (where === 'event' ? `"${name}"` : `"${where}.${name}"`)).join(', ');
    throw new MissingWidgetError(
      `the content schema has ${missing.length === 1 ? 'a field' : 'fields'} ${fields} without an editor widget — add ${missing.length === 1 ? 'it' : 'them'} to ${table} in src/editor/widgets.ts (label and hint in src/i18n/nl.ts and en.ts)`,
    );
  }
  const known = new Set(names);
  return Object.entries(widgets).flatMap(([name, widget]) => {
    if (!known.has(name) && !(where === 'event' && NOT_FRONTMATTER.has(name))) return [];
    const field = widget(context);
    return field ? [{ name, ...field }] : [];
  });
}
