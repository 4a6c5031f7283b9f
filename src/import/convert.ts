/**
 * A read TimelineJS document turned into content files: one event per slide
 * (or one line saying why a slide was dropped), its text and media as the
 * body, image and video or audio (src/import/body.ts), groups as tags, eras
 * as eras.yaml (src/import/eras.ts), the title slide as site.yaml for a new
 * timeline. Nothing is invented: the summary taken from the text is marked
 * as such in the file, and the one source is the imported timeline itself.
 * Pure: the caller writes the files (src/import/write.ts).
 */
import { writeFrontmatter } from '../lib/frontmatter-write.ts';
import { endsAfterStart, parseEventDate } from '../lib/dates/index.ts';
import { excerpt, plainText } from '../lib/markdown.ts';
import { SLUG_PATTERN, freeId, toSlug } from '../lib/slug.ts';
import { body, eventImage, type MediaOut } from './body.ts';
import { convertDate } from './dates.ts';
import type { FetchedImage } from './download.ts';
import { planEras } from './eras.ts';
import { htmlToMarkdown, htmlToText } from './html-to-markdown.ts';
import { repairDocument } from './mojibake.ts';
import type { ImportedDocument, ImportedSlide } from './slides.ts';

export interface ImportOptions {
  /** The site's zone, in which the dates are read (TimelineJS dates are wall-clock times without a zone). */
  zone: string;
  /** Language of the imported text (the source's `language`). */
  language: string;
  /** The day of the import (`2026-12-01`): the source's date, unless `sourceDate` says when the timeline was published. */
  today: string;
  sourceDate?: string | undefined;
  /** Where the timeline is published, for the source's `url`. */
  sourceUrl?: string | undefined;
  /** The imported file's name, for a timeline without a title slide. */
  fileName: string;
  /** The slides' images, fetched (src/import/download.ts), by media address; left out when downloading is off. */
  images?: ReadonlyMap<string, FetchedImage> | undefined;
  /** What the content folder already holds. */
  existing: {
    eventIds: ReadonlySet<string>;
    /** Names of the other files in the events folder (images), so an imported image never takes one. */
    fileNames?: ReadonlySet<string> | undefined;
    /** Title and date (as written) of each existing event, to refuse duplicates. */
    titleDates: ReadonlySet<string>;
    tags: Readonly<Record<string, { label: string }>>;
    /** Eras in eras.yaml, with their dates as written. */
    eras: Readonly<Record<string, { name: string; start: string; end: string }>>;
  };
}

export interface PlannedEvent {
  id: string;
  /** The file's text: frontmatter and Markdown body. */
  text: string;
  /** Files to write next to it: the event's image. */
  files?: { name: string; bytes: Uint8Array }[] | undefined;
}

/** One line of the report: a slide, the title slide, an era or the document itself. */
export interface Outcome {
  where: string;
  /** What it became: `events/<id>.md`, `eras.yaml: <id>`, `site.yaml`; undefined when dropped. */
  result?: string | undefined;
  event?: PlannedEvent | undefined;
  /** Why it was dropped. */
  dropped?: string | undefined;
  /** What was not carried over, or carried over differently. */
  notes: string[];
}

export interface ImportPlan {
  site: { title: string; description: string };
  events: PlannedEvent[];
  /** Tags to add to tags.yaml, by id. */
  tags: Record<string, { label: string }>;
  /** Eras to add to eras.yaml, by id. */
  eras: Record<string, { name: string; start: string; end: string }>;
  outcomes: Outcome[];
}

/** A comment the importer puts above a summary it took from the slide's own text (`grep -l "summary taken from"` finds them). */
export const SUMMARY_COMMENT = ' summary taken from the imported text: write one of your own';
export const SUMMARY_FROM_HEADLINE = ' summary taken from the headline (the slide has no text): write one of your own';
export const SOURCE_DATE_COMMENT = ' the day of the import: a TimelineJS document carries no publication date';

/** One or two sentences of plain text, at most about 240 characters, for the summary. */
export function summaryFrom(text: string, language: string): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const sentences = [...new Intl.Segmenter(language, { granularity: 'sentence' }).segment(plain)].map(
    (part) => part.segment,
  );
  let summary = '';
  for (const sentence of sentences) {
    if (summary && (summary + sentence).length > 240) break;
    summary += sentence;
    if (summary.length >= 80) break;
  }
  summary = summary.trim();
  return summary.length > 240 ? excerpt(summary, 200) : summary;
}

function uniqueId(base: string, taken: Set<string>): string {
  const id = freeId(base, taken);
  taken.add(id);
  return id;
}

function frontmatter(
  data: Record<string, unknown>,
  comments: Record<string, string>,
  sourceDateComment: boolean,
): string {
  return writeFrontmatter(data, {
    comments: [
      ...Object.entries(comments).map(([key, comment]) => [key.split('.'), comment] as const),
      ...(sourceDateComment ? [[['sources', 0, 'date'], SOURCE_DATE_COMMENT] as const] : []),
    ],
  });
}

/** Plans the files for a TimelineJS document. */
export function planImport(read: ImportedDocument, options: ImportOptions): ImportPlan {
  // Double-encoded text is repaired first, so titles, tags and file names are made of the repaired text.
  const { document, notes: repairs } = repairDocument(read);
  const repairsOf = (slide: ImportedSlide) => repairs.get(slide.where) ?? [];
  const outcomes: Outcome[] = document.notes.map((note) => ({ where: '(document)', notes: [note] }));
  const title = document.title;
  const siteTitle = (title && htmlToText(title.headline)) || options.fileName.replace(/\.[^.]+$/, '');
  const siteDescription = (title && htmlToText(title.text)) || siteTitle;
  if (title) {
    const notes: string[] = [...repairsOf(title)];
    if (!htmlToText(title.headline))
      notes.push(`${title.field('headline')}: empty, so the title is the file name "${siteTitle}"`);
    if (title.media?.url)
      notes.push(`${title.field('media')}: ${title.media.url} dropped: the home page has no title image`);
    if (title.background)
      notes.push(`${title.field('background')}: ${title.background} dropped: the site has no slide backgrounds`);
    if (title.start) notes.push(`${title.field('start.year')}: the title slide's date is not carried over`);
    outcomes.push({ where: `${title.where} (title slide)`, result: 'site.yaml', notes });
  } else {
    outcomes.push({
      where: '(document)',
      result: 'site.yaml',
      notes: [`no title slide: the title is the file name "${siteTitle}"`],
    });
  }

  const source: Record<string, unknown> = {
    title: siteTitle,
    date: options.sourceDate ?? options.today,
    ...(options.sourceUrl ? { url: options.sourceUrl } : {}),
    language: options.language,
  };

  // Groups become tags: one tag per group, matched to an existing tag by label or id.
  const tags: Record<string, { label: string }> = {};
  const tagIds = new Set(Object.keys(options.existing.tags));
  const tagFor = new Map<string, string>();
  const tagOf = (group: string): string => {
    const key = group.toLowerCase();
    const known =
      tagFor.get(key) ??
      Object.entries(options.existing.tags).find(
        ([id, tag]) => tag.label.toLowerCase() === key || id === toSlug(group),
      )?.[0];
    if (known) {
      tagFor.set(key, known);
      return known;
    }
    const id = uniqueId(toSlug(group, 60) || 'group', tagIds);
    tags[id] = { label: group };
    tagFor.set(key, id);
    return id;
  };

  const { eras, outcomes: eraOutcomes } = planEras(document.eras, options.zone, options.existing.eras, repairsOf);
  outcomes.push(...eraOutcomes);

  const events: PlannedEvent[] = [];
  const ids = new Set(options.existing.eventIds);
  const titleDates = new Set(options.existing.titleDates);
  const eventIdsInDocument = new Set<string>();
  const takenFiles = new Set(options.existing.fileNames ?? []);
  for (const slide of document.events) {
    const notes: string[] = [...repairsOf(slide)];
    const drop = (why: string) => outcomes.push({ where: slide.where, dropped: why, notes });
    if (!slide.start) {
      drop(`${slide.field('start.year')}: the slide has no date`);
      continue;
    }
    const start = convertDate(slide.start, 'start', slide.field, options.zone);
    if (!start.ok) {
      drop(start.problem);
      continue;
    }
    notes.push(...start.notes);
    let end: string | undefined;
    if (slide.end) {
      const converted = convertDate(slide.end, 'end', slide.field, options.zone);
      if (!converted.ok) notes.push(`${converted.problem}: the end is left out`);
      else if (
        !endsAfterStart(
          parseEventDate(start.written, options.zone),
          parseEventDate(converted.written, options.zone),
          options.zone,
        )
      ) {
        notes.push(
          `${slide.field('end.year')}: ${converted.written} is before the start ${start.written}: the end is left out`,
        );
      } else if (converted.written !== start.written) {
        end = converted.written;
        notes.push(...converted.notes);
      }
    }
    const mediaOut: MediaOut = {};
    const markdown = body(slide, notes, mediaOut, options.images);
    // A title is required; a slide without a headline (TimelineJS allows it for media slides) gets one from its text, else its media's caption or credit.
    const headline = htmlToText(slide.headline);
    const fallbacks: [string, string][] = [
      ['the text', excerpt(htmlToMarkdown(slide.text).markdown, 80)],
      ['the media caption', htmlToText(slide.media?.caption ?? '')],
      ['the media credit', htmlToText(slide.media?.credit ?? '')],
    ];
    const fallback = fallbacks.find(([, value]) => value);
    const titleText = headline || fallback?.[1] || '';
    if (!titleText) {
      drop(`${slide.field('headline')}: the slide has no headline, text or media caption to make a title of`);
      continue;
    }
    if (!headline)
      notes.push(`${slide.field('headline')}: empty, so the title "${titleText}" is taken from ${fallback![0]}`);
    // The file name: the slide's unique_id where it is a valid id, else one made from the headline.
    let base = slide.uniqueId && SLUG_PATTERN.test(slide.uniqueId) ? slide.uniqueId : '';
    if (slide.uniqueId && !base)
      notes.push(
        `${slide.field('unique_id')}: "${slide.uniqueId}" is not a valid file name (lowercase words joined by -), so the name is made from the headline`,
      );
    base ||= toSlug(titleText, 60) || 'event';
    if (options.existing.eventIds.has(base) && !eventIdsInDocument.has(base)) {
      drop(`events/${base}.md already exists: it is not overwritten (imported before?)`);
      continue;
    }
    const key = `${titleText.toLowerCase()}|${start.written}`;
    if (titleDates.has(key)) {
      drop(`the same headline on the same date as another event: a duplicate`);
      continue;
    }
    titleDates.add(key);
    const id = uniqueId(base, ids);
    eventIdsInDocument.add(id);
    if (slide.uniqueId && base === slide.uniqueId && id !== base)
      notes.push(`${slide.field('unique_id')}: "${base}" is used by another slide, so the file is ${id}.md`);

    // The summary comes from the text's first paragraph: what follows (an image link, a quote) is no summary.
    const summaryText = summaryFrom(
      plainText(htmlToMarkdown(slide.text).markdown).split('\n\n')[0] ?? '',
      options.language,
    );
    const data: Record<string, unknown> = {
      title: titleText,
      date: start.written,
      ...(end ? { end } : {}),
      ...(slide.displayDate ? { display_date: slide.displayDate } : {}),
      summary: summaryText || titleText,
      ...(slide.group ? { tags: [tagOf(slide.group)] } : {}),
      sources: [source],
    };
    // The slide's image, fetched: saved next to the event as its own image, with the caption and credit.
    const image = mediaOut.image && eventImage(mediaOut.image, id, titleText, takenFiles, slide.field('media'));
    if (image) {
      data['image'] = image.fields;
      notes.push(image.note);
    }
    if (mediaOut.video) data['video'] = mediaOut.video;
    if (mediaOut.audio) data['audio'] = mediaOut.audio;
    const text = `---\n${frontmatter(data, { summary: summaryText ? SUMMARY_COMMENT : SUMMARY_FROM_HEADLINE, ...image?.comments }, options.sourceDate === undefined)}---\n${markdown ? `${markdown}\n` : ''}`;
    const event: PlannedEvent = { id, text, ...(image ? { files: [image.file] } : {}) };
    events.push(event);
    outcomes.push({ where: slide.where, result: `events/${id}.md`, event, notes });
  }
  return { site: { title: siteTitle, description: siteDescription }, events, tags, eras, outcomes };
}
