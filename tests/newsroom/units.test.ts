/**
 * The pure parts of images and corrections: the schema's rules without the
 * file system, the order of corrections, the widths offered to browsers,
 * and the sitemap's modification dates read from a content folder.
 */
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { lastModifiedByEvent } from '../../src/content/modified.ts';
import { eventSchema, type SchemaContext } from '../../src/content/schema.ts';
import { correctionLog, correctionsNewestFirst, latestCorrection } from '../../src/lib/corrections.ts';
import { parseEventDate } from '../../src/lib/dates/index.ts';
import { fallbackFormat, figureWidths } from '../../src/lib/images.ts';
import { ROOT, tempDir } from '../support/build.ts';

const ZONE = 'Europe/Amsterdam';
const context: SchemaContext = { timeZone: ZONE, organisationIds: new Set(), tagIds: new Set(), sectorIds: new Set() };
const schema = eventSchema(context);
const base = {
  title: 'Titel',
  date: '2020-01-17',
  summary: 'Samenvatting.',
  sources: [{ title: 'Bron', date: '2020-01-17', language: 'nl' }],
};
const issues = (event: object) => {
  const result = schema.safeParse({ ...base, ...event });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the image fields, without the file system', () => {
  const image = (fields: object) => ({
    image: { src: './foto.jpg', alt: 'Wat de foto toont', credit: 'Foto: Naam', ...fields },
  });

  test('a path beside the event, or in a folder inside the events folder, in any image type the pipeline converts', () => {
    for (const src of [
      './foto.jpg',
      'foto.JPG',
      './beelden/foto.jpeg',
      './a/../foto.png',
      './kaart.webp',
      './x.avif',
      './y.gif',
      './z.tiff',
    ]) {
      assert.deepEqual(issues(image({ src })), [], src);
    }
  });

  test('refused: web addresses, absolute paths, paths out of the events folder, other types, an empty src', () => {
    assert.deepEqual(issues(image({ src: 'https://example.org/a.jpg' })), [
      'image.src: "https://example.org/a.jpg" is a web address; the site publishes only images it holds itself',
    ]);
    assert.deepEqual(issues(image({ src: '/foto.jpg' })), ['image.src: "/foto.jpg" is an absolute path']);
    assert.deepEqual(issues(image({ src: './beelden/../../foto.jpg' })), [
      'image.src: "./beelden/../../foto.jpg" points outside the events folder',
    ]);
    assert.deepEqual(issues(image({ src: './foto.heic' })), [
      'image.src: "./foto.heic" is not an image type the site can convert',
    ]);
    assert.deepEqual(issues(image({ src: './tekening.svg' })), [
      'image.src: "./tekening.svg" is not an image type the site can convert',
    ]);
    assert.deepEqual(issues(image({ src: './scan.tif' })), [
      'image.src: "./scan.tif" is not an image type the site can convert',
    ]);
    assert.deepEqual(issues(image({ src: '  ' })), ['image.src: is empty']);
  });

  test('alt is required but may be "" for a decorative image; spaces only or null are mistakes; credit is required', () => {
    assert.deepEqual(issues(image({ alt: '' })), []);
    assert.deepEqual(issues(image({ alt: '   ' })), ['image.alt: is only spaces']);
    assert.deepEqual(issues(image({ alt: null })), ['image.alt: is empty']);
    assert.deepEqual(issues({ image: { src: './foto.jpg', credit: 'Foto: Naam' } }), ['image.alt: is missing']);
    assert.deepEqual(issues({ image: { src: './foto.jpg', alt: 'Iets' } }), ['image.credit: is missing']);
    assert.deepEqual(issues({ image: './foto.jpg' }), [
      'image: must be a group of fields (src, alt, caption, credit), not text "./foto.jpg"',
    ]);
  });
});

describe('corrections', () => {
  const date = (value: string) => parseEventDate(value, ZONE);

  test('dates to the day or the minute, on or after the event, each with a note', () => {
    assert.deepEqual(
      issues({
        corrections: [
          { date: '2020-01-21', note: 'Eén.' },
          { date: '2020-01-17T09:15', note: 'Twee.' },
        ],
      }),
      [],
    );
    assert.deepEqual(issues({ corrections: [{ date: '2020-01', note: 'Eén.' }] }), [
      'corrections.0.date: 2020-01 gives only the month; a correction needs its day',
    ]);
    assert.deepEqual(issues({ corrections: [{ date: '2020-01-16', note: 'Eén.' }] }), [
      "corrections.0.date: 2020-01-16 is before the event's date 2020-01-17",
    ]);
    assert.deepEqual(issues({ corrections: [{ date: '2020-01-21' }] }), ['corrections.0.note: is missing']);
    assert.deepEqual(issues({ corrections: 'gecorrigeerd' }), [
      'corrections: must be a list of corrections, each with date and note, not text "gecorrigeerd"',
    ]);
  });

  test('the latest is the modification date; lists run newest first, ties in the order given', () => {
    const a = { date: date('2020-01-21'), note: 'a' };
    const b = { date: date('2020-01-21T09:15'), note: 'b' };
    const c = { date: date('2020-01-20'), note: 'c' };
    assert.equal(latestCorrection([a, b, c]), b);
    assert.equal(latestCorrection([]), undefined);
    assert.equal(latestCorrection(undefined), undefined);
    assert.deepEqual(
      correctionsNewestFirst([c, a, b]).map((item) => item.note),
      ['b', 'a', 'c'],
    );
    const log = correctionLog([
      { id: 'eerste', corrections: [c, a] },
      { id: 'tweede', corrections: [{ date: date('2020-01-21'), note: 'd' }] },
      { id: 'derde' },
    ]);
    assert.deepEqual(
      log.map(({ event, correction }) => `${event.id}:${correction.note}`),
      ['eerste:a', 'tweede:d', 'eerste:c'],
    );
  });

  test("the sitemap's dates come from the content folder: the latest correction of each corrected event", () => {
    const content = join(tempDir('tijdlijn-modified-'), 'content');
    cpSync(join(ROOT, 'tests/fixtures/checker/base'), content, { recursive: true });
    assert.deepEqual(lastModifiedByEvent(content), new Map());
    const event = (corrections: string) =>
      `---\ntitle: Gecorrigeerd\ndate: 2020-01-17\nsummary: Iets.\nsources:\n  - { title: Bron, date: 2020-01-17, language: nl }\ncorrections:\n${corrections}---\nTekst.\n`;
    writeFileSync(
      join(content, 'events', 'gecorrigeerd.md'),
      event('  - { date: 2020-01-21, note: Eén. }\n  - { date: 2020-01-22T09:15, note: Twee. }\n'),
    );
    writeFileSync(join(content, 'events', 'kapot.md'), event('  - { date: 2020-02-30, note: Kapot. }\n'));
    assert.deepEqual(lastModifiedByEvent(content), new Map([['gecorrigeerd', '2020-01-22T09:15:00+01:00']]));
  });
});

describe('image sizes', () => {
  test('srcset widths for the text column, never wider than the file', () => {
    assert.deepEqual(figureWidths(4000), [360, 540, 720, 1080, 1408]);
    assert.deepEqual(figureWidths(1000), [360, 540, 720, 1000]);
    assert.deepEqual(figureWidths(720), [360, 540, 720]);
    assert.deepEqual(figureWidths(300), [300]);
  });

  test('the fallback: PNG and GIF stay themselves, everything else is JPEG', () => {
    assert.deepEqual(['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'tiff'].map(fallbackFormat), [
      'jpg',
      'jpg',
      'png',
      'gif',
      'jpg',
      'jpg',
      'jpg',
    ]);
  });
});
