/**
 * A slide's text and media as an event's body and fields (src/import/body.ts):
 * video and audio addresses become fields, a fetched image the event's own
 * file, any other media a link in the text; every change is a note.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { body, eventImage, type MediaOut } from '../../src/import/body.ts';
import type { FetchedImage } from '../../src/import/download.ts';
import { readTimelineJsJson } from '../../src/import/timelinejs.ts';

/** One slide as the importer reads it, with `media` and anything else given. */
const slide = (more: object = {}) =>
  readTimelineJsJson(
    JSON.stringify({
      events: [
        { start_date: { year: '2021' }, text: { headline: 'Strike', text: '<p>The port <b>stops</b>.</p>' }, ...more },
      ],
    }),
  ).events[0]!;
const media = (url: string, more: object = {}) => ({
  media: { url, caption: 'Gate <i>4</i>', credit: '<a href="https://example.org/jj">J. Jansen</a>', ...more },
});
const png: FetchedImage = { ok: true, bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), extension: 'png' };

/** The body, what the media became besides text, and the notes. */
function read(more: object, images?: ReadonlyMap<string, FetchedImage>) {
  const notes: string[] = [];
  const out: MediaOut = {};
  const markdown = body(slide(more), notes, out, images);
  return { markdown, out, notes };
}

describe('the body', () => {
  test('the text as Markdown; a slide without media has nothing else and no notes', () => {
    assert.deepEqual(read({}), { markdown: 'The port **stops**.', out: {}, notes: [] });
  });

  test('a YouTube address becomes video:, as https, with caption and credit as plain text, and not in the text', () => {
    const { markdown, out, notes } = read(media('http://www.youtube.com/watch?v=M7lc1UVf-VE'));
    assert.equal(markdown, 'The port **stops**.');
    assert.deepEqual(out, {
      video: { url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE', caption: 'Gate 4', credit: 'J. Jansen' },
    });
    assert.deepEqual(notes, [
      'events[0].media: http://www.youtube.com/watch?v=M7lc1UVf-VE → video: it plays only when the reader presses play',
    ]);
  });

  test('an audio file becomes audio:, without caption or credit where the slide gives none', () => {
    const { out } = read(media('https://example.org/interview.mp3', { caption: '', credit: '' }));
    assert.deepEqual(out, { audio: { url: 'https://example.org/interview.mp3' } });
  });

  test('a fetched image is handed on with its alt text, caption and credit as plain text, and kept out of the text', () => {
    const url = 'https://example.org/gate.png';
    const { markdown, out, notes } = read(media(url, { alt: 'The <b>gate</b>' }), new Map([[url, png]]));
    assert.equal(markdown, 'The port **stops**.');
    assert.deepEqual(out, { image: { fetched: png, url, alt: 'The gate', caption: 'Gate 4', credit: 'J. Jansen' } });
    assert.deepEqual(notes, []);
  });

  test('an image that is not fetched stays a link in the text, with caption and credit, and the note says why', () => {
    const url = 'https://example.org/gate.png';
    const failed = read(media(url), new Map([[url, { ok: false, why: 'is larger than 20 MB' }]]));
    assert.equal(
      failed.markdown,
      'The port **stops**.\n\nMedia: <https://example.org/gate.png> Gate _4_ ([J. Jansen](https://example.org/jj))',
    );
    assert.deepEqual(failed.notes, [
      'events[0].media: the image https://example.org/gate.png is larger than 20 MB: kept as a link in the text',
    ]);
    assert.deepEqual(read(media(url)).notes, [
      'events[0].media: https://example.org/gate.png kept as a link in the text: not downloaded (--no-download)',
    ]);
    assert.deepEqual(read(media('https://example.org/story'), new Map()).notes, [
      'events[0].media: https://example.org/story kept as a link in the text, with its caption and credit: the site shows only images it holds',
    ]);
  });

  test('media that is no web address is dropped, its caption and credit kept in the text', () => {
    const { markdown, out, notes } = read(media('photos/gate.png'));
    assert.equal(markdown, 'The port **stops**.\n\nGate _4_ ([J. Jansen](https://example.org/jj))');
    assert.deepEqual(out, {});
    assert.deepEqual(notes, [
      'events[0].media: "photos/gate.png" is not a web address (dropped); its caption and credit are kept in the text',
    ]);
  });

  test('a quote given as media stays a quote in the text', () => {
    const { markdown, notes } = read(media('<blockquote>Enough.</blockquote>', { caption: '', credit: 'The chair' }));
    assert.equal(markdown, 'The port **stops**.\n\n> Enough.\n\n(The chair)');
    assert.deepEqual(notes, ['events[0].media: the quote is kept in the text']);
  });
});

describe("the event's image", () => {
  const fetched = { fetched: png, url: 'https://example.org/gate.png', alt: '', caption: '', credit: '' };

  test("named after the event, -2 and on where the folder holds that name; another type's file is no clash", () => {
    const taken = new Set(['strike.png', 'strike-2.png', 'picket.jpg']);
    assert.equal(eventImage(fetched, 'strike', 'Strike', taken, 'events[0].media').file.name, 'strike-3.png');
    assert.equal(eventImage(fetched, 'strike', 'Strike', taken, 'events[1].media').file.name, 'strike-4.png');
    assert.ok(taken.has('strike-3.png') && taken.has('strike-4.png'), 'each name is taken once given');
    const picket = eventImage(fetched, 'picket', 'Picket', taken, 'events[2].media');
    assert.equal(picket.file.name, 'picket.png');
    assert.equal(picket.file.bytes, png.bytes);
  });

  test('without alt text or credit: the title and the address, each with a comment asking for better', () => {
    const image = eventImage(fetched, 'strike', 'Strike', new Set(), 'events[0].media');
    assert.deepEqual(image.fields, { src: './strike.png', alt: 'Strike', credit: 'https://example.org/gate.png' });
    assert.deepEqual(image.comments, {
      'image.alt': ' alt text taken from the headline: describe what the image shows',
      'image.credit': ' the address the image came from: name the maker and the licence',
    });
    assert.equal(
      image.note,
      "events[0].media: https://example.org/gate.png → strike.png, the event's image; its alt text is taken from the headline: describe what the image shows; no credit given: the credit is the address it came from, name the maker and licence",
    );
  });

  test('a caption stands in for the alt text, and is not repeated as the caption', () => {
    const image = eventImage(
      { ...fetched, caption: 'Gate 4', credit: 'J. Jansen' },
      'strike',
      'Strike',
      new Set(),
      'm',
    );
    assert.deepEqual(image.fields, { src: './strike.png', alt: 'Gate 4', credit: 'J. Jansen' });
    assert.deepEqual(image.comments, {
      'image.alt': ' alt text taken from the caption: describe what the image shows',
    });
  });

  test('alt text, caption and credit given: all kept, no comments, the note says only where the image went', () => {
    const given = { ...fetched, alt: 'The gate, closed', caption: 'Gate 4', credit: 'J. Jansen' };
    const image = eventImage(given, 'strike', 'Strike', new Set(), 'events[0].media');
    assert.deepEqual(image.fields, {
      src: './strike.png',
      alt: 'The gate, closed',
      caption: 'Gate 4',
      credit: 'J. Jansen',
    });
    assert.deepEqual(image.comments, {});
    assert.equal(image.note, "events[0].media: https://example.org/gate.png → strike.png, the event's image");
  });
});
