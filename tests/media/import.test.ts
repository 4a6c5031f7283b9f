/**
 * `npm run import` keeps a TimelineJS document's pictures. A local HTTP
 * server (127.0.0.1, a free port) stands in for the image host: a photo it
 * serves becomes the event's own image file, and the built page shows it as
 * AVIF and WebP with its credit; a file next to the document is taken too.
 * A missing file, an HTML page, bytes that are no image and a file over the
 * size cap each give one report line, and the link stays in the text. A
 * YouTube link becomes a video field. --no-download fetches nothing.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { execFile } from 'node:child_process';
import { ROOT, buildOrThrow, readPage, tempDir } from '../support/build.ts';

/** `npm run import -- <file> --into <folder> …`, run without blocking: the image host is in this process. */
function runImport(
  file: string,
  into: string,
  ...extra: string[]
): Promise<{ status: number | null; lines: string[] }> {
  return new Promise((resolve) => {
    execFile(
      join(ROOT, 'node_modules/.bin/node'),
      ['scripts/import.ts', file, '--into', into, ...extra],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) =>
        resolve({
          status: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          lines: `${stdout}${stderr}`.split('\n').filter(Boolean),
        }),
    );
  });
}

let server: Server;
let host: string;
const requested: string[] = [];
let photo: Buffer;

/** A slide with a date, a headline and a media address. */
const slide = (day: number, headline: string, url: string, credit = '', caption = '') => ({
  start_date: { year: 2021, month: 3, day },
  text: { headline, text: `<p>${headline}, as it happened.</p>` },
  media: { url, credit, caption },
});

function documentFor(origin: string) {
  return {
    title: { text: { headline: 'The harbour in pictures', text: 'A photo timeline.' } },
    events: [
      slide(
        1,
        'The quay at dawn',
        `${origin}/photos/quay.jpg`,
        'Photo: Ann Example, CC BY 4.0',
        'Cranes on the quay at dawn',
      ),
      slide(2, 'The harbour office', 'office.png', 'Drawing: the harbour office', 'The office seen from the water'),
      slide(3, 'A missing photo', `${origin}/photos/missing.jpg`),
      slide(4, 'A web page with an image name', `${origin}/photos/page.jpg`),
      slide(5, 'Bytes that are no image', `${origin}/photos/fake.jpg`),
      slide(6, 'A photo too large', `${origin}/photos/huge.jpg`),
      slide(7, 'The strike on film', 'https://www.youtube.com/watch?v=M7lc1UVf-VE', 'Video: Port TV'),
    ],
  };
}

before(async () => {
  photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 40, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer();
  server = createServer((request, response) => {
    requested.push(request.url ?? '');
    switch (request.url) {
      case '/photos/quay.jpg':
        response.writeHead(200, { 'content-type': 'image/jpeg' });
        return response.end(photo);
      case '/photos/page.jpg':
        response.writeHead(200, { 'content-type': 'text/html' });
        return response.end('<!doctype html><p>Not an image</p>');
      case '/photos/fake.jpg':
        response.writeHead(200, { 'content-type': 'image/jpeg' });
        return response.end('GIF? no: plain text pretending');
      case '/photos/huge.jpg':
        // No Content-Length: the cap must be counted while the bytes stream in.
        response.writeHead(200, { 'content-type': 'image/jpeg' });
        response.write(photo);
        for (let i = 0; i < 20; i++) response.write(Buffer.alloc(64 * 1024));
        return response.end();
      default:
        response.writeHead(404);
        return response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise((resolve) => server?.close(resolve)));

describe('importing a document with images', () => {
  let content: string;
  let lines: string[];
  let status: number | null;

  before(async () => {
    const folder = tempDir('tijdlijn-media-import-');
    writeFileSync(join(folder, 'timeline.json'), JSON.stringify(documentFor(host)));
    await sharp({ create: { width: 400, height: 300, channels: 4, background: '#c84' } })
      .png()
      .toFile(join(folder, 'office.png'));
    content = join(folder, 'content');
    // 0.5 MB: the quay photo fits, the huge one (1.3 MB) does not.
    ({ status, lines } = await runImport(join(folder, 'timeline.json'), content, '--max-image-size', '0.5'));
  });

  test("the photo from the host and the file next to the document become the events' own images", () => {
    assert.ok(existsSync(join(content, 'events/the-quay-at-dawn.jpg')), lines.join('\n'));
    assert.deepEqual(readFileSync(join(content, 'events/the-quay-at-dawn.jpg')), photo);
    const quay = readFileSync(join(content, 'events/the-quay-at-dawn.md'), 'utf8');
    assert.match(
      quay,
      /^image:\n {2}src: \.\/the-quay-at-dawn\.jpg\n {2}alt: Cranes on the quay at dawn #.*describe what the image shows\n {2}credit: "Photo: Ann Example, CC BY 4\.0"$/m,
    );
    assert.doesNotMatch(quay, /Media: </);
    assert.ok(existsSync(join(content, 'events/the-harbour-office.png')));
    assert.match(
      readFileSync(join(content, 'events/the-harbour-office.md'), 'utf8'),
      /src: \.\/the-harbour-office\.png/,
    );
  });

  test('each failed image is one line, and its link stays in the text', () => {
    const failed = [
      ['events[2]', 'missing.jpg', /could not be downloaded: the server answered 404/],
      ['events[3]', 'page.jpg', /is not an image: the server says it is text\/html/],
      ['events[4]', 'fake.jpg', /is not an image \(its first bytes are no JPEG/],
      ['events[5]', 'huge.jpg', /is too large: more than the 0\.5 MB the import takes/],
    ] as const;
    for (const [where, file, why] of failed) {
      const line = lines.filter((text) => text.includes(`${where}.media: the image ${host}/photos/${file}`));
      assert.equal(line.length, 1, `${where}:\n${lines.join('\n')}`);
      assert.match(line[0]!, why);
      assert.match(line[0]!, /kept as a link in the text/);
    }
    const missing = readFileSync(join(content, 'events/a-missing-photo.md'), 'utf8');
    assert.match(missing, new RegExp(`Media: <${host}/photos/missing\\.jpg>`));
    assert.doesNotMatch(missing, /^image:/m);
  });

  test("the YouTube link becomes a video field; nothing but the slides' image addresses was fetched", () => {
    const film = readFileSync(join(content, 'events/the-strike-on-film.md'), 'utf8');
    assert.match(
      film,
      /^video:\n {2}url: https:\/\/www\.youtube\.com\/watch\?v=M7lc1UVf-VE\n {2}credit: "Video: Port TV"$/m,
    );
    assert.deepEqual(requested.toSorted(), [
      '/photos/fake.jpg',
      '/photos/huge.jpg',
      '/photos/missing.jpg',
      '/photos/page.jpg',
      '/photos/quay.jpg',
    ]);
    assert.equal(status, 0, lines.join('\n'));
  });

  test('the built page shows the imported photo as AVIF and WebP, with its credit', () => {
    const outDir = buildOrThrow({ content });
    const page = parse(readPage(outDir, 'gebeurtenis/the-quay-at-dawn/index.html'));
    const figure = page.querySelector('figure.event-image')!;
    assert.ok(figure, 'no figure');
    const types = figure.querySelectorAll('source').map((source) => source.getAttribute('type'));
    assert.deepEqual(types, ['image/avif', 'image/webp']);
    const img = figure.querySelector('img')!;
    assert.equal(img.getAttribute('alt'), 'Cranes on the quay at dawn');
    assert.equal(figure.querySelector('.image-credit')!.textContent.trim(), 'Photo: Ann Example, CC BY 4.0');
    const first = figure.querySelector('source')!.getAttribute('srcset')!.split(/[ ,]/)[0]!;
    assert.ok(existsSync(join(outDir, first)), `${first} is not in the site`);
  });
});

describe('--no-download', () => {
  test('fetches nothing: every image link stays in the text, with a line saying so', async () => {
    const folder = tempDir('tijdlijn-media-nodownload-');
    writeFileSync(join(folder, 'timeline.json'), JSON.stringify(documentFor(host)));
    const before = requested.length;
    const run = await runImport(join(folder, 'timeline.json'), join(folder, 'content'), '--no-download');
    assert.equal(requested.length, before, 'a request reached the image host');
    assert.ok(
      run.lines.some((line) =>
        line.includes(
          `events[0].media: ${host}/photos/quay.jpg kept as a link in the text: not downloaded (--no-download)`,
        ),
      ),
      run.lines.join('\n'),
    );
    assert.match(readFileSync(join(folder, 'content/events/the-quay-at-dawn.md'), 'utf8'), /Media: </);
  });
});
