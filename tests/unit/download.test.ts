/** Which media addresses the importer fetches, and how it knows an image by its first bytes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import sharp from 'sharp';
import { imageTypeOf, isImageAddress } from '../../src/import/download.ts';

test('only addresses and relative paths that name an image file are fetched', () => {
  assert.ok(isImageAddress('https://example.org/photos/quay.JPG'));
  assert.ok(isImageAddress('http://example.org/a.png?size=large'));
  assert.ok(isImageAddress('photos/office.webp'));
  for (const address of [
    'https://example.org/page.html',
    'https://www.youtube.com/watch?v=M7lc1UVf-VE',
    'ftp://example.org/a.jpg',
    '<blockquote>a.jpg</blockquote>',
    'file:///etc/a.png',
  ])
    assert.ok(!isImageAddress(address), address);
});

test('images are known by their first bytes, whatever their name says', async () => {
  const blank = sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } });
  for (const format of ['jpeg', 'png', 'gif', 'webp', 'avif', 'tiff'] as const) {
    const bytes = await blank.clone().toFormat(format).toBuffer();
    assert.equal(imageTypeOf(bytes), format === 'jpeg' ? 'jpg' : format, format);
  }
  assert.equal(imageTypeOf(new TextEncoder().encode('<!doctype html><p>no image')), undefined);
  assert.equal(imageTypeOf(new Uint8Array()), undefined);
});
