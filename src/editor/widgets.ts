/**
 * The web editor's widget tables: for every field of an event, a source, an
 * image, a video or audio and a correction, its label, hint and Decap widget,
 * in the order the form shows them (and the saved file lists them). Every
 * field the content schema has (EVENT_FIELDS and the zod schema's keys, and
 * the same for sources, images and corrections) must have an entry in its
 * table: `editorConfig` (src/editor/config.ts) throws for a field without
 * one, and tests/unit/editor-config.test.ts fails with that message.
 */
import { MEDIA_FIELDS } from '../content/media-schema.ts';
import { TODAY } from './today.ts';
import {
  DATE_FORMS as forms,
  EVENTS_COLLECTION,
  schemaKeys,
  subfields,
  type EditorField,
  type Widget,
  type WidgetContext,
} from './fields.ts';

const LANGUAGE_PATTERN = '^[a-z]{2,3}(?:-[A-Z]{2})?$';
const URL_PATTERN = '^https?://[^\\s/]+\\.[^\\s]*$';

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
