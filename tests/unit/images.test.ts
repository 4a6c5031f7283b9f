/** Event image sizes (src/lib/images.ts): the widths made, the fallback format and one eager image per page. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ImageMetadata } from 'astro';
import { dimensions, fallbackFormat, figureWidths, firstImageOn } from '../../src/lib/images.ts';

describe('figureWidths', () => {
  test('never wider than the original: a small photo is made at its own width only', () => {
    assert.deepEqual(figureWidths(400), [360, 400]);
    assert.deepEqual(figureWidths(300), [300]);
  });

  test('a camera photo gets every width up to twice the text column', () => {
    assert.deepEqual(figureWidths(4000), [360, 540, 720, 1080, 1408]);
    assert.deepEqual(figureWidths(1080), [360, 540, 720, 1080]);
  });
});

describe('fallbackFormat', () => {
  test('PNG and GIF keep their format (transparency, animation); everything else falls back to JPEG', () => {
    assert.equal(fallbackFormat('png'), 'png');
    assert.equal(fallbackFormat('gif'), 'gif');
    assert.equal(fallbackFormat('tiff'), 'jpg');
    assert.equal(fallbackFormat('webp'), 'jpg');
  });
});

describe('dimensions and firstImageOn', () => {
  test("reads an image's size from its clone when Astro gives one", () => {
    const image = {
      src: '/a.jpg',
      width: 1,
      height: 1,
      format: 'jpg',
      clone: { src: '/a.jpg', width: 800, height: 600, format: 'png' },
    } as unknown as ImageMetadata;
    assert.deepEqual(dimensions(image), { width: 800, height: 600, format: 'png' });
  });

  test('only the first image on a page is the first', () => {
    const page = {};
    assert.equal(firstImageOn(page), true);
    assert.equal(firstImageOn(page), false);
    assert.equal(firstImageOn({}), true);
  });
});
