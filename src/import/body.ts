/**
 * A slide's text and media as an event's body and fields: the text as
 * Markdown; a video or audio address as the event's `video:` or `audio:`; a
 * fetched image as the event's own image, in a file beside the event; any
 * other media as a link in the text, with its caption and credit. Whatever
 * is changed or dropped on the way is a note for the report. Nothing here
 * reads or writes a file: src/import/convert.ts puts the parts together.
 */
import type { EventMediaFields } from '../domain.ts';
import { mediaFieldFor, type MediaField } from '../lib/media.ts';
import { freeId } from '../lib/slug.ts';
import { isImageAddress, type FetchedImage } from './download.ts';
import { htmlToMarkdown, htmlToText } from './html-to-markdown.ts';
import type { ImportedSlide } from './slides.ts';

/** What a slide's media became besides text: a fetched image or a video or audio field. */
export interface MediaOut {
  image?: { fetched: FetchedImage & { ok: true }; alt: string; caption: string; credit: string; url: string };
  video?: EventMediaFields;
  audio?: EventMediaFields;
}

/** Comments the importer puts on an image's alt text and credit it filled in itself. */
export const ALT_FROM_CAPTION = ' alt text taken from the caption: describe what the image shows';
export const ALT_FROM_HEADLINE = ' alt text taken from the headline: describe what the image shows';
export const CREDIT_FROM_ADDRESS = ' the address the image came from: name the maker and the licence';

/**
 * The body: the slide's text, then its media as a link with caption and
 * credit, unless it becomes a field or the event's image (put in `out`).
 * What is changed or dropped is pushed onto `notes`.
 */
export function body(
  slide: ImportedSlide,
  notes: string[],
  out: MediaOut,
  images?: ReadonlyMap<string, FetchedImage>,
): string {
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

/** A slide's fetched image as the event's own: the file beside the event, its `image:` fields, comments and note. */
export interface EventImage {
  file: { name: string; bytes: Uint8Array };
  /** The frontmatter's `image:`; the alt text and credit filled in where the slide gave none. */
  fields: { src: string; alt: string; caption?: string; credit: string };
  /** Comments for the frontmatter, by dotted field path: on an alt text or credit the slide did not give. */
  comments: Record<string, string>;
  /** The report's line on it. */
  note: string;
}

/**
 * The event's image from the slide's fetched one: named after the event
 * (`<id>.<extension>`, `-2` and on where `takenFiles` holds the name, which
 * then holds it too), with the caption, the alt text (else the caption, else
 * the title) and the credit (else the address it came from). `where` names
 * the slide's media in the note.
 */
export function eventImage(
  image: NonNullable<MediaOut['image']>,
  id: string,
  title: string,
  takenFiles: Set<string>,
  where: string,
): EventImage {
  const { fetched, alt, caption, credit, url } = image;
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
  const altText = alt || caption || title;
  const comments: Record<string, string> = {};
  if (!alt) comments['image.alt'] = caption ? ALT_FROM_CAPTION : ALT_FROM_HEADLINE;
  if (!credit) comments['image.credit'] = CREDIT_FROM_ADDRESS;
  return {
    file: { name: fileName, bytes: fetched.bytes },
    fields: {
      src: `./${fileName}`,
      alt: altText,
      ...(caption && caption !== altText ? { caption } : {}),
      credit: credit || url,
    },
    comments,
    note: `${where}: ${url} → ${fileName}, the event's image${alt ? '' : `; its alt text is taken from the ${caption ? 'caption' : 'headline'}: describe what the image shows`}${credit ? '' : '; no credit given: the credit is the address it came from, name the maker and licence'}`,
  };
}
