/**
 * The editor's preview: the event as its page shows it (date label, title,
 * summary, text, organisations, topics, sources), in the event page's markup
 * so the site's own stylesheet applies. `previewModel` computes what is shown
 * with the site's date module; `previewTemplate` draws it with Decap's React.
 */
import { DateParseError, parseEventDate, type EventDate } from '../lib/dates/index.ts';
import { eventDateLabel } from '../lib/dates/labels.ts';
import { dictionary, type Language } from '../i18n/index.ts';

export interface PreviewContext {
  language: Language;
  timeZone: string;
  organisations: Record<string, string>;
  tags: Record<string, string>;
}

export interface PreviewSource {
  title: string;
  url: string | undefined;
  language: string;
  meta: string;
}

export interface PreviewModel {
  title: string;
  summary: string;
  /** The date label, or what is wrong with the date as typed. */
  dateLabel: string;
  dateValid: boolean;
  organisations: string[];
  tags: string[];
  sources: PreviewSource[];
  headings: { organisations: string; tags: string; sources: string };
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function parse(value: unknown, zone: string): EventDate | undefined {
  try {
    return parseEventDate(value, zone);
  } catch (error) {
    if (error instanceof DateParseError) return undefined;
    throw error;
  }
}

/** What the preview shows for the form's data (plain JS, as `entry.get('data').toJS()` gives it). */
export function previewModel(data: Record<string, unknown>, context: PreviewContext): PreviewModel {
  const t = dictionary(context.language);
  const zone = context.timeZone;
  const date = parse(data.date, zone);
  const end = text(data.end) ? parse(data.end, zone) : undefined;
  const displayDate = text(data.display_date);
  const precision =
    date?.precision === 'month' ? t.precisionMonth : date?.precision === 'year' ? t.precisionYear : undefined;
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([t.locale], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const sources = list(data.sources).map((item): PreviewSource => {
    const source = (item ?? {}) as Record<string, unknown>;
    const sourceDate = parse(source.date, zone);
    const url = text(source.url) || undefined;
    const parts = [
      text(source.publisher),
      sourceDate ? eventDateLabel(sourceDate, undefined, zone, t.locale) : text(source.date),
      text(source.language) ? t.sourceLanguage(languageName(text(source.language))) : '',
      url ? '' : t.sourceNoLink,
    ].filter(Boolean);
    return { title: text(source.title), url, language: text(source.language), meta: parts.join(', ') };
  });
  return {
    title: text(data.title),
    summary: text(data.summary),
    dateLabel:
      displayDate ||
      (date
        ? `${eventDateLabel(date, end, zone, t.locale)}${precision ? ` (${precision})` : ''}`
        : text(data.date)
          ? t.editorPreviewInvalidDate(text(data.date))
          : ''),
    dateValid: date !== undefined,
    organisations: list(data.organisations).map((id) => context.organisations[String(id)] ?? String(id)),
    tags: list(data.tags).map((id) => context.tags[String(id)] ?? String(id)),
    sources,
    headings: { organisations: t.organisations, tags: t.tags, sources: t.sources },
  };
}

/** React's createElement, as Decap exposes it (`window.h`). */
export type CreateElement = (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;

interface PreviewProps {
  entry: { get(key: 'data'): { toJS(): Record<string, unknown> } };
  widgetFor(name: string): unknown;
}

/** The preview component for `CMS.registerPreviewTemplate`. */
export function previewTemplate(h: CreateElement, context: PreviewContext) {
  return function EventPreview(props: PreviewProps): unknown {
    const model = previewModel(props.entry.get('data').toJS(), context);
    const facts = (heading: string, names: string[]) =>
      names.length === 0
        ? []
        : [
            h('dt', null, heading),
            h('dd', null, h('ul', { className: 'inline-list' }, ...names.map((name) => h('li', null, name)))),
          ];
    return h(
      'main',
      { id: 'inhoud' },
      h(
        'article',
        { className: 'event-page' },
        h(
          'header',
          { className: 'page-header' },
          h(
            'p',
            { className: 'event-date' },
            h('span', { className: model.dateValid ? 'date-label' : 'date-label muted' }, model.dateLabel),
          ),
          h('h1', null, model.title),
          h('p', { className: 'lead' }, model.summary),
        ),
        h('div', { className: 'event-body' }, props.widgetFor('body')),
        h(
          'dl',
          { className: 'event-facts' },
          ...facts(model.headings.organisations, model.organisations),
          ...facts(model.headings.tags, model.tags),
        ),
        h(
          'section',
          null,
          h('h2', null, model.headings.sources),
          h(
            'ol',
            { className: 'source-list' },
            ...model.sources.map((source) =>
              h(
                'li',
                { lang: source.language || undefined },
                source.url
                  ? h('a', { href: source.url, rel: 'external noopener' }, source.title)
                  : h('cite', null, source.title),
                ' ',
                h('span', { className: 'source-meta' }, source.meta),
              ),
            ),
          ),
        ),
      ),
    );
  };
}
