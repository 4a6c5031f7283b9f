/**
 * A read TimelineJS document turned into content files: one event per slide
 * (or one line saying why a slide was dropped), groups as tags, eras as
 * eras.yaml, the title slide as site.yaml for a new timeline. Nothing is
 * invented: the summary taken from the text is marked as such in the file,
 * and the one source is the imported timeline itself. Pure: the caller
 * writes the files (src/import/write.ts).
 */
import { writeFrontmatter } from '../lib/frontmatter-write.ts';
import { endsAfterStart, parseEventDate } from '../lib/dates/index.ts';
import { excerpt, plainText } from '../lib/markdown.ts';
import { SLUG_PATTERN, freeId, toSlug } from '../lib/slug.ts';
import { convertDate } from './dates.ts';
import { htmlToMarkdown, htmlToText } from './html-to-markdown.ts';
import { repairDocument } from './mojibake.ts';
import { isImageAddress, type FetchedImage } from './download.ts';
import { mediaFieldFor, type MediaField } from '../lib/media.ts';
import type { EventMediaFields } from '../domain.ts';
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

/** What a slide's media became besides text: a fetched image or a video or audio field. */
interface MediaOut {
  image?: { fetched: FetchedImage & { ok: true }; alt: string; caption: string; credit: string; url: string };
  video?: EventMediaFields;
  audio?: EventMediaFields;
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
export const ALT_FROM_CAPTION = ' alt text taken from the caption: describe what the image shows';
export const ALT_FROM_HEADLINE = ' alt text taken from the headline: describe what the image shows';
export const CREDIT_FROM_ADDRESS = ' the address the image came from: name the maker and the licence';
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

/** The body: the slide's text, then its media as a link with caption and credit. */
function body(slide: ImportedSlide, notes: string[], out: MediaOut, images?: ImportOptions['images']): string {
  const parts: string[] = [];
  const text = htmlToMarkdown(slide.text);
  if (text.markdown) parts.push(text.markdown);
  for (const what of text.dropped) notes.push(`${slide.field('text')}: ${what}`);
  const media = slide.media;
  if (media) {
    const caption = htmlToMarkdown(media.caption);
    const credit = htmlToMarkdown(media.credit);
    for (const what of [...caption.dropped, ...credit.dropped]) notes.push(`${slide.field('media')}: ${what}`);
    const url = media.url;
    const tail = [caption.markdown, credit.markdown && `(${credit.markdown})`].filter(Boolean).join(' ');
    if (url.startsWith('<')) {
      // TimelineJS takes HTML as media too: a quote, or an embed code.
      const quoted = htmlToMarkdown(url);
      for (const what of quoted.dropped) notes.push(`${slide.field('media')}: ${what}`);
      if (quoted.markdown) parts.push(quoted.markdown);
      if (tail) parts.push(tail);
      if (quoted.markdown) notes.push(`${slide.field('media')}: the quote is kept in the text`);
    } else if (/^https?:\/\//i.test(url) && mediaFieldFor(url)) {
      const field: MediaField = mediaFieldFor(url)!;
      const captionText = htmlToText(media.caption);
      const creditText = htmlToText(media.credit);
      out[field] = {
        url: url.replace(/^http:/i, 'https:'),
        ...(captionText ? { caption: captionText } : {}),
        ...(creditText ? { credit: creditText } : {}),
      };
      notes.push(`${slide.field('media')}: ${url} → ${field}: it plays only when the reader presses play`);
    } else if (images?.get(url)?.ok) {
      const fetched = images.get(url) as FetchedImage & { ok: true };
      out.image = {
        fetched,
        url,
        alt: htmlToText(media.alt),
        caption: htmlToText(media.caption),
        credit: htmlToText(media.credit),
      };
    } else if (/^https?:\/\//i.test(url)) {
      const failed = images?.get(url);
      parts.push(`Media: <${url}>${tail ? ` ${tail}` : ''}`);
      if (failed && !failed.ok)
        notes.push(`${slide.field('media')}: the image ${url} ${failed.why}: kept as a link in the text`);
      else if (images === undefined && isImageAddress(url))
        notes.push(`${slide.field('media')}: ${url} kept as a link in the text: not downloaded (--no-download)`);
      else
        notes.push(
          `${slide.field('media')}: ${url} kept as a link in the text, with its caption and credit: the site shows only images it holds`,
        );
    } else if (url) {
      const failed = images?.get(url);
      if (failed && !failed.ok) notes.push(`${slide.field('media')}: the image "${url}" ${failed.why}`);
      else
        notes.push(
          `${slide.field('media')}: "${url}" is not a web address (dropped)${tail ? '; its caption and credit are kept in the text' : ''}`,
        );
      if (tail) parts.push(tail);
    } else if (tail) parts.push(tail);
    if (media.thumbnail)
      notes.push(`${slide.field('media')}: thumbnail ${media.thumbnail} dropped: the site makes its own`);
  }
  if (slide.background)
    notes.push(`${slide.field('background')}: ${slide.background} dropped: the site has no slide backgrounds`);
  return parts.join('\n\n');
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

  const eras: ImportPlan['eras'] = {};
  const eraIds = new Set(Object.keys(options.existing.eras));
  for (const era of document.eras) {
    const notes: string[] = [...repairsOf(era)];
    const name = htmlToText(era.headline);
    const start = era.start ? convertDate(era.start, 'start', era.field, options.zone) : undefined;
    const end = era.end ? convertDate(era.end, 'end', era.field, options.zone) : undefined;
    const drop = (why: string) => outcomes.push({ where: `${era.where} (era)`, dropped: why, notes });
    if (!name) {
      drop(`${era.field('headline')}: an era needs a name`);
      continue;
    }
    if (!start) {
      drop(`${era.field('start.year')}: an era needs a start`);
      continue;
    }
    if (!start.ok) {
      drop(start.problem);
      continue;
    }
    if (!end) {
      drop(`${era.field('end.year')}: an era needs an end`);
      continue;
    }
    if (!end.ok) {
      drop(end.problem);
      continue;
    }
    if (
      !endsAfterStart(
        parseEventDate(start.written, options.zone),
        parseEventDate(end.written, options.zone),
        options.zone,
      )
    ) {
      drop(`${era.field('end.year')}: ${end.written} is before the start ${start.written}`);
      continue;
    }
    notes.push(...start.notes, ...end.notes);
    if (htmlToText(era.text))
      notes.push(`${era.field('text')}: an era's text is not carried over (an era has a name and dates)`);
    const same = Object.entries(options.existing.eras).find(
      ([, known]) => known.name === name && known.start === start.written && known.end === end.written,
    );
    if (same) {
      outcomes.push({
        where: `${era.where} (era)`,
        result: `eras.yaml: ${same[0]} (already there, kept as it is)`,
        notes,
      });
      continue;
    }
    const id = uniqueId(toSlug(name, 60) || 'era', eraIds);
    eras[id] = { name, start: start.written, end: end.written };
    outcomes.push({ where: `${era.where} (era)`, result: `eras.yaml: ${id}`, notes });
  }

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
    let files: PlannedEvent['files'];
    const comments: Record<string, string> = {};
    if (mediaOut.image) {
      const { fetched, alt, caption, credit, url } = mediaOut.image;
      const name = freeId(
        id,
        new Set(
          [...takenFiles]
            .filter((file) => file.endsWith(`.${fetched.extension}`))
            .map((file) => file.slice(0, -fetched.extension.length - 1)),
        ),
      );
      const fileName = `${name}.${fetched.extension}`;
      takenFiles.add(fileName);
      files = [{ name: fileName, bytes: fetched.bytes }];
      const altText = alt || caption || titleText;
      data['image'] = {
        src: `./${fileName}`,
        alt: altText,
        ...(caption && caption !== altText ? { caption } : {}),
        credit: credit || url,
      };
      if (!alt) comments['image.alt'] = caption ? ALT_FROM_CAPTION : ALT_FROM_HEADLINE;
      if (!credit) comments['image.credit'] = CREDIT_FROM_ADDRESS;
      notes.push(
        `${slide.field('media')}: ${url} → ${fileName}, the event's image${alt ? '' : `; its alt text is taken from the ${caption ? 'caption' : 'headline'}: describe what the image shows`}${credit ? '' : '; no credit given: the credit is the address it came from, name the maker and licence'}`,
      );
    }
    if (mediaOut.video) data['video'] = mediaOut.video;
    if (mediaOut.audio) data['audio'] = mediaOut.audio;
    const text = `---\n${frontmatter(data, { summary: summaryText ? SUMMARY_COMMENT : SUMMARY_FROM_HEADLINE, ...comments }, options.sourceDate === undefined)}---\n${markdown ? `${markdown}\n` : ''}`;
    const event: PlannedEvent = { id, text, ...(files ? { files } : {}) };
    events.push(event);
    outcomes.push({ where: slide.where, result: `events/${id}.md`, event, notes });
  }
  return { site: { title: siteTitle, description: siteDescription }, events, tags, eras, outcomes };
}
