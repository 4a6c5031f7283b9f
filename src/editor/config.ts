/**
 * The web editor's configuration (Decap CMS, `/admin/`), generated from the
 * content schema and the taxonomy, so the form has a widget for every field
 * the checker knows and writes no field the checker refuses.
 *
 * Every event field (EVENT_FIELDS and the zod schema's keys) must have an
 * entry in EVENT_WIDGETS, every source, image and correction field in its
 * table; `editorConfig` throws for a field without one, and
 * tests/unit/editor-config.test.ts fails with that message. A widget whose
 * field the schema does not have (yet) is left out of the form.
 */
import { ACCEPTED_DATE_FORMS, DATE_FORM_PATTERN } from '../lib/dates/index.ts';
import { correctionSchema, eventSchema, sourceSchema, type SchemaContext } from '../content/schema.ts';
import { CORRECTION_FIELDS, EVENT_FIELDS, IMAGE_FIELDS, SOURCE_FIELDS } from '../content/schema-hints.ts';
import { MEDIA_FIELDS } from '../content/media-schema.ts';
import type { Organisation, Tag, Thread } from '../domain.ts';
import type { SiteSettings } from '../config/settings.ts';
import type { Dictionary } from '../i18n/index.ts';
import { EDITOR_FORMAT, EDITOR_ID_KEY } from './format.ts';
import { TODAY } from './today.ts';

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

/** Which backend saves: Decap's local proxy (`npm run edit`) or the forge's API. */
export type EditorBackend = { kind: 'local'; proxyUrl: string } | { kind: 'forge' };

export interface EditorConfigInput {
  settings: Pick<SiteSettings, 'language' | 'timeZone' | 'site' | 'base' | 'repository' | 'editor'>;
  organisations: Readonly<Record<string, Organisation>>;
  tags: Readonly<Record<string, Tag>>;
  threads: Readonly<Record<string, Thread>>;
  t: Dictionary;
  backend: EditorBackend;
  /**
   * The events folder as the backend sees it: `events` for the local proxy
   * (which serves the content folder itself), `content/events` in the repository.
   */
  folder: string;
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

const forms = ACCEPTED_DATE_FORMS.join(', ');
const LANGUAGE_PATTERN = '^[a-z]{2,3}(?:-[A-Z]{2})?$';
const URL_PATTERN = '^https?://[^\\s/]+\\.[^\\s]*$';

interface WidgetContext {
  input: EditorConfigInput;
  t: Dictionary;
  datePattern: [string, string];
}

type Widget = (context: WidgetContext) => Omit<EditorField, 'name'> | undefined;

const options = (entries: [string, string][]) =>
  entries.sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label }));

/** A multiple-choice field of ids, showing names; none when the file holds no ids. */
const choice = (label: string, hint: string, entries: [string, string][]): Omit<EditorField, 'name'> | undefined =>
  entries.length === 0
    ? undefined
    : { label, hint, widget: 'select', multiple: true, required: false, default: [], options: options(entries) };

const dateField =
  (label: string, hint: string, required: boolean) =>
  ({ datePattern }: WidgetContext): Omit<EditorField, 'name'> => ({
    label,
    hint,
    widget: 'string',
    required,
    pattern: datePattern,
  });

export const SOURCE_WIDGETS: Record<string, Widget> = {
  title: ({ t }) => ({ label: t.editorFieldSourceTitle, hint: t.editorFieldSourceTitleHint, widget: 'string' }),
  publisher: ({ t }) => ({
    label: t.editorFieldSourcePublisher,
    hint: t.editorFieldSourcePublisherHint,
    widget: 'string',
    required: false,
  }),
  date: (context) =>
    dateField(context.t.editorFieldSourceDate, context.t.editorFieldSourceDateHint(forms), true)(context),
  url: ({ t }) => ({
    label: t.editorFieldSourceUrl,
    hint: t.editorFieldSourceUrlHint,
    widget: 'string',
    required: false,
    pattern: [URL_PATTERN, t.editorUrlPattern],
  }),
  language: ({ t, input }) => ({
    label: t.editorFieldSourceLanguage,
    hint: t.editorFieldSourceLanguageHint,
    widget: 'string',
    default: input.settings.language,
    pattern: [LANGUAGE_PATTERN, t.editorLanguagePattern],
  }),
};

export const IMAGE_WIDGETS: Record<string, Widget> = {
  // Decap checks an object's required fields even when the whole object is left empty, so none is
  // required here; the checker refuses an image without src, alt or credit, with its usual message.
  src: ({ t }) => ({
    label: t.editorFieldImageSrc,
    hint: t.editorFieldImageSrcHint,
    widget: 'image',
    required: false,
    choose_url: false,
  }),
  alt: ({ t }) => ({
    label: t.editorFieldImageAlt,
    hint: t.editorFieldImageAltHint,
    widget: 'string',
    required: false,
  }),
  caption: ({ t }) => ({
    label: t.editorFieldImageCaption,
    hint: t.editorFieldImageCaptionHint,
    widget: 'string',
    required: false,
  }),
  credit: ({ t }) => ({
    label: t.editorFieldImageCredit,
    hint: t.editorFieldImageCreditHint,
    widget: 'string',
    required: false,
  }),
};

/** The fields of `video:` and `audio:` (src/content/media-schema.ts); none required, as for the image. */
export const MEDIA_WIDGETS: Record<string, Widget> = {
  url: ({ t }) => ({
    label: t.editorFieldMediaUrl,
    hint: t.editorFieldMediaUrlHint,
    widget: 'string',
    required: false,
    pattern: [URL_PATTERN, t.editorUrlPattern],
  }),
  title: ({ t }) => ({
    label: t.editorFieldMediaTitle,
    hint: t.editorFieldMediaTitleHint,
    widget: 'string',
    required: false,
  }),
  caption: ({ t }) => ({
    label: t.editorFieldImageCaption,
    hint: t.editorFieldMediaCaptionHint,
    widget: 'string',
    required: false,
  }),
  credit: ({ t }) => ({
    label: t.editorFieldImageCredit,
    hint: t.editorFieldMediaCreditHint,
    widget: 'string',
    required: false,
  }),
};

export const CORRECTION_WIDGETS: Record<string, Widget> = {
  // The checker refuses a correction date without a day, with its own message.
  date: (context) =>
    dateField(context.t.editorFieldCorrectionDate, context.t.editorFieldCorrectionDateHint, true)(context),
  note: ({ t }) => ({ label: t.editorFieldCorrectionNote, hint: t.editorFieldCorrectionNoteHint, widget: 'text' }),
};

/**
 * A widget for every event field, in the order the form shows them (and the
 * saved file lists them). `body` is the Markdown text below the frontmatter.
 */
export const EVENT_WIDGETS: Record<string, Widget> = {
  title: ({ t }) => ({ label: t.editorFieldTitle, hint: t.editorFieldTitleHint, widget: 'string' }),
  date: (context) => dateField(context.t.editorFieldDate, context.t.editorFieldDateHint(forms), true)(context),
  end: (context) => dateField(context.t.editorFieldEnd, context.t.editorFieldEndHint(forms), false)(context),
  display_date: ({ t }) => ({
    label: t.editorFieldDisplayDate,
    hint: t.editorFieldDisplayDateHint,
    widget: 'string',
    required: false,
  }),
  summary: ({ t }) => ({ label: t.editorFieldSummary, hint: t.editorFieldSummaryHint, widget: 'text' }),
  body: ({ t }) => ({
    label: t.editorFieldBody,
    hint: t.editorFieldBodyHint,
    widget: 'markdown',
    required: false,
    modes: ['rich_text', 'raw'],
  }),
  organisations: ({ t, input }) =>
    choice(
      t.editorFieldOrganisations,
      t.editorFieldOrganisationsHint,
      Object.entries(input.organisations).map(([id, organisation]) => [id, organisation.name]),
    ),
  tags: ({ t, input }) =>
    choice(
      t.editorFieldTags,
      t.editorFieldTagsHint,
      Object.entries(input.tags).map(([id, tag]) => [id, tag.label]),
    ),
  threads: ({ t, input }) =>
    choice(
      t.editorFieldThreads,
      t.editorFieldThreadsHint,
      Object.entries(input.threads).map(([id, thread]) => [id, thread.title]),
    ),
  sources: (context) => ({
    label: context.t.editorFieldSources,
    label_singular: context.t.editorFieldSource,
    hint: context.t.editorFieldSourcesHint,
    widget: 'list',
    min: 1,
    collapsed: false,
    summary: '{{fields.title}}',
    fields: subfields(SOURCE_WIDGETS, context.input.schemaFields?.source ?? schemaKeys.source(), context, 'sources'),
  }),
  related: ({ t }) => ({
    label: t.editorFieldRelated,
    hint: t.editorFieldRelatedHint,
    widget: 'relation',
    collection: EVENTS_COLLECTION,
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    multiple: true,
    required: false,
    default: [],
  }),
  image: (context) => ({
    label: context.t.editorFieldImage,
    hint: context.t.editorFieldImageHint,
    widget: 'object',
    required: false,
    collapsed: true,
    fields: subfields(IMAGE_WIDGETS, context.input.schemaFields?.image ?? schemaKeys.image(), context, 'image'),
  }),
  video: (context) => ({
    label: context.t.editorFieldVideo,
    hint: context.t.editorFieldVideoHint,
    widget: 'object',
    required: false,
    collapsed: true,
    fields: subfields(MEDIA_WIDGETS, Object.keys(MEDIA_FIELDS), context, 'media'),
  }),
  audio: (context) => ({
    label: context.t.editorFieldAudio,
    hint: context.t.editorFieldAudioHint,
    widget: 'object',
    required: false,
    collapsed: true,
    fields: subfields(MEDIA_WIDGETS, Object.keys(MEDIA_FIELDS), context, 'media'),
  }),
  corrections: (context) => ({
    label: context.t.editorFieldCorrections,
    label_singular: context.t.editorFieldCorrection,
    hint: context.t.editorFieldCorrectionsHint,
    widget: 'list',
    required: false,
    default: [],
    collapsed: false,
    summary: '{{fields.date}}: {{fields.note}}',
    fields: subfields(
      CORRECTION_WIDGETS,
      context.input.schemaFields?.correction ?? schemaKeys.correction(),
      context,
      'corrections',
    ),
  }),
  published: (context) => ({
    ...dateField(context.t.editorFieldPublished, context.t.editorFieldPublishedHint(forms), false)(context),
    default: TODAY,
  }),
  draft: ({ t }) => ({
    label: t.editorFieldDraft,
    hint: t.editorFieldDraftHint,
    widget: 'boolean',
    required: false,
    default: false,
  }),
};

/** Fields of the editor that are not frontmatter. */
const NOT_FRONTMATTER = new Set(['body']);

const noTaxonomy: SchemaContext = {
  timeZone: 'UTC',
  organisationIds: new Set(),
  tagIds: new Set(),
  sectorIds: new Set(),
};

/** The field names each schema declares: EVENT_FIELDS and friends, and the zod objects' keys. */
const schemaKeys = {
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

function subfields(
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
      `the content schema has ${missing.length === 1 ? 'a field' : 'fields'} ${fields} without an editor widget — add ${missing.length === 1 ? 'it' : 'them'} to ${table} in src/editor/config.ts (label and hint in src/i18n/nl.ts and en.ts)`,
    );
  }
  const known = new Set(names);
  return Object.entries(widgets).flatMap(([name, widget]) => {
    if (!known.has(name) && !(where === 'event' && NOT_FRONTMATTER.has(name))) return [];
    const field = widget(context);
    return field ? [{ name, ...field }] : [];
  });
}

/** `owner/name` and the Decap backend for a repository URL on GitHub or GitLab. */
export function forgeBackend(repositoryUrl: string): { name: 'github' | 'gitlab'; repo: string; apiOrigin: string } {
  const url = new URL(repositoryUrl);
  const repo = url.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  if (url.hostname === 'github.com') return { name: 'github', repo, apiOrigin: 'https://api.github.com' };
  if (url.hostname === 'gitlab.com') return { name: 'gitlab', repo, apiOrigin: 'https://gitlab.com' };
  throw new Error(
    `site.yaml: repository.url: ${repositoryUrl} is not on github.com or gitlab.com — the web editor commits through GitHub's or GitLab's API; use such a repository, or leave editor.enabled out`,
  );
}

/** The whole Decap CMS configuration, for `CMS.init({ config })`. */
export function editorConfig(input: EditorConfigInput): Record<string, unknown> {
  const { settings, t } = input;
  const context: WidgetContext = { input, t, datePattern: [DATE_FORM_PATTERN, t.editorDatePattern(forms)] };
  const fields = subfields(EVENT_WIDGETS, input.schemaFields?.event ?? schemaKeys.event(), context, 'event');

  let backend: Record<string, unknown>;
  if (input.backend.kind === 'local') {
    backend = { name: 'proxy', proxy_url: input.backend.proxyUrl, branch: settings.repository?.branch ?? 'main' };
  } else {
    if (!settings.repository) {
      throw new Error(
        'site.yaml: editor.enabled needs repository (url and branch): the published editor commits to it — set repository, or run the editor locally with npm run edit',
      );
    }
    const forge = forgeBackend(settings.repository.url);
    backend = {
      name: forge.name,
      repo: forge.repo,
      branch: settings.repository.branch,
      ...(settings.editor?.auth?.url ? { base_url: settings.editor.auth.url } : {}),
      ...(settings.editor?.auth?.endpoint ? { auth_endpoint: settings.editor.auth.endpoint } : {}),
      ...(settings.editor?.auth?.siteDomain ? { site_domain: settings.editor.auth.siteDomain } : {}),
      commit_messages: {
        create: 'Add event “{{slug}}” (web editor)',
        update: 'Update event “{{slug}}” (web editor)',
        delete: 'Delete event “{{slug}}” (web editor)',
        uploadMedia: 'Add image “{{path}}” (web editor)',
        deleteMedia: 'Delete image “{{path}}” (web editor)',
      },
    };
  }

  return {
    load_config_file: false,
    backend,
    // Each new or changed event becomes a pull request, which CI checks before anyone merges it.
    ...(input.backend.kind === 'forge' ? { publish_mode: 'editorial_workflow' } : {}),
    locale: settings.language,
    site_url: new URL(settings.base, settings.site).href,
    display_url: new URL(settings.base, settings.site).href,
    // Images sit beside the event file (collection media_folder ""), written as ./name.
    media_folder: input.folder,
    public_folder: '.',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: EVENTS_COLLECTION,
        label: t.editorCollection,
        label_singular: t.editorCollectionSingular,
        description: t.editorCollectionDescription,
        folder: input.folder,
        extension: 'md',
        format: EDITOR_FORMAT,
        create: true,
        delete: false,
        // The file name is set before saving (src/editor/admin.ts) by npm run new's rule; see EDITOR_ID_KEY.
        identifier_field: 'title',
        slug: `{{fields.${EDITOR_ID_KEY}}}`,
        media_folder: '',
        public_folder: '.',
        sortable_fields: ['date', 'title'],
        summary: '{{date}} · {{title}}',
        fields,
      },
    ],
  };
}
