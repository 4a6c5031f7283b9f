/**
 * Double-encoded text, as CSV exports often carry it: UTF-8 bytes read once
 * as Windows-1252 (or Latin-1) and saved again as UTF-8, so `Ehrenämter`
 * arrives as `EhrenÃ¤mter` and `–` as `â€“`. Each such run is turned back
 * into the bytes it was read from and decoded as UTF-8; a run is replaced
 * only when those bytes are valid UTF-8, so text that merely contains an
 * `Ã` stays as written. The slides are repaired before anything is made of
 * them, so no file name is made from the garbage.
 */
import type { ImportedDocument, ImportedSlide, SlideField, SlideMedia } from './slides.ts';

/** Each character Windows-1252 or Latin-1 reads a byte 0x80–0xBF as (a UTF-8 continuation byte), with that byte. */
const CONTINUATION = new Map<string, number>();
const windows1252 = new TextDecoder('windows-1252');
for (let byte = 0x80; byte <= 0xbf; byte++) {
  CONTINUATION.set(windows1252.decode(Uint8Array.of(byte)), byte);
  CONTINUATION.set(String.fromCharCode(byte), byte);
}
const cont = `[${[...CONTINUATION.keys()].join('')}]`;

/** A UTF-8 sequence read as single bytes: a lead byte (Â–ô) and as many continuation bytes as it announces. */
const SEQUENCE = new RegExp(
  `(?:[\\u00C2-\\u00DF]${cont}|[\\u00E0-\\u00EF]${cont}{2}|[\\u00F0-\\u00F4]${cont}{3})+`,
  'g',
);
const utf8 = new TextDecoder('utf-8', { fatal: true });

function bytesOf(run: string): Uint8Array {
  return Uint8Array.from([...run].map((char) => CONTINUATION.get(char) ?? char.charCodeAt(0)));
}

/** The text with every double-encoded run decoded (twice-double-encoded text too); the same text when there is none. */
export function repairMojibake(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round++) {
    const next = current.replace(SEQUENCE, (run) => {
      try {
        return utf8.decode(bytesOf(run));
      } catch {
        return run;
      }
    });
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The words of `text` that the repair changes, as written and as repaired (at most three). */
export function repairedWords(text: string): { bad: string; good: string }[] {
  return text
    .split(/\s+/)
    .filter((word) => repairMojibake(word) !== word)
    .slice(0, 3)
    .map((bad) => ({ bad, good: repairMojibake(bad) }));
}

/** One report line for a repaired field: where, the first bad forms and what they became. */
function repairNote(where: string, text: string): string {
  const words = repairedWords(text);
  return `${where}: double-encoded text repaired: ${words.map(({ bad, good }) => `"${bad}" → "${good}"`).join(', ')}`;
}

/** A slide with its text repaired, and one note per field that was repaired. */
export function repairSlide(slide: ImportedSlide): { slide: ImportedSlide; notes: string[] } {
  const notes: string[] = [];
  const fix = (value: string, field: SlideField, part?: string): string => {
    const repaired = repairMojibake(value);
    if (repaired !== value) notes.push(repairNote(`${slide.field(field)}${part ? ` (${part})` : ''}`, value));
    return repaired;
  };
  const headline = fix(slide.headline, 'headline');
  const text = fix(slide.text, 'text');
  const displayDate = fix(slide.displayDate, 'display_date');
  const group = fix(slide.group, 'group');
  const media: SlideMedia | undefined = slide.media && {
    ...slide.media,
    caption: fix(slide.media.caption, 'media', 'caption'),
    credit: fix(slide.media.credit, 'media', 'credit'),
    alt: fix(slide.media.alt, 'media', 'alt text'),
  };
  return {
    slide: { ...slide, headline, text, displayDate, group, media },
    notes,
  };
}

/** The document with every slide's text repaired; the notes by the slide's place (`events[3]`, `line 4`). */
export function repairDocument(document: ImportedDocument): {
  document: ImportedDocument;
  notes: Map<string, string[]>;
} {
  const notes = new Map<string, string[]>();
  const repair = (slide: ImportedSlide): ImportedSlide => {
    const repaired = repairSlide(slide);
    if (repaired.notes.length) notes.set(slide.where, repaired.notes);
    return repaired.slide;
  };
  return {
    document: {
      ...document,
      title: document.title && repair(document.title),
      events: document.events.map(repair),
      eras: document.eras.map(repair),
    },
    notes,
  };
}
