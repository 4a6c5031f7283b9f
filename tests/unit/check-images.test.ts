/**
 * The checker's image files (src/content/check-images.ts): an image's `src` must name a file next to the
 * event, with its exact capitals, and the file must be an image the site can convert, read to the end.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { checkImageFiles, imageFile, inEventFolder } from '../../src/content/check-images.ts';
import type { CheckedEvent } from '../../src/content/checked-event.ts';

let folder: string;
before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'tijdlijn-images-'));
  await sharp({ create: { width: 4, height: 3, channels: 3, background: '#336699' } })
    .png()
    .toFile(join(folder, 'Foto.png'));
  writeFileSync(join(folder, 'leeg.jpg'), '');
  writeFileSync(join(folder, 'tekst.jpg'), 'geen beeld');
  mkdirSync(join(folder, 'map.jpg'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

const issuesFor = (src: string, language?: string) =>
  inEventFolder(folder, () => imageFile(language).safeParse(src)).error?.issues ?? [];

describe('imageFile', () => {
  test('an image next to the event file passes', () => {
    assert.deepEqual(issuesFor('./Foto.png'), []);
  });

  test('a name with the wrong capitals does not exist (the build server tells them apart), with the name to write', () => {
    const [issue] = issuesFor('./foto.png');
    assert.match(
      issue!.message,
      /^"\.\/foto\.png" does not exist: there is no .*foto\.png \(did you mean "\.\/Foto\.png"\?\)$/,
    );
    assert.match(
      String((issue as { params?: { hint?: string } }).params?.hint),
      /capitals count\), e\.g\. src: \.\/foto\.jpg$/,
    );
  });

  test("the example follows the site's language", () => {
    const [issue] = issuesFor('./nergens.png', 'en');
    assert.match(String((issue as { params?: { hint?: string } }).params?.hint), /src: \.\/photo\.jpg$/);
  });

  test('a folder or an empty file is refused, each with its own message', () => {
    assert.equal(issuesFor('./map.jpg')[0]!.message, '"./map.jpg" is a folder, not an image file');
    assert.equal(issuesFor('./leeg.jpg')[0]!.message, '"./leeg.jpg" is an empty file');
  });

  test('outside inEventFolder only the path rules apply (Astro resolves the file itself)', () => {
    assert.equal(imageFile().safeParse('./bestaat-niet.jpg').success, true);
  });
});

describe('checkImageFiles', () => {
  const event = (src: string): CheckedEvent =>
    ({
      id: 'a',
      file: join(folder, 'a.md'),
      frontmatter: { image: { src } },
      lineOf: (path: readonly (string | number)[]) => (path.join('.') === 'image.src' ? 7 : undefined),
    }) as unknown as CheckedEvent;

  test('a real image passes; a file that is no image is reported on the image.src line', async () => {
    assert.deepEqual(await checkImageFiles([event('./Foto.png')]), []);
    const [problem] = await checkImageFiles([event('./tekst.jpg')]);
    assert.equal(problem!.line, 7);
    assert.equal(problem!.field, 'image.src');
    assert.equal(problem!.message, '"./tekst.jpg" is not an image the site can read');
  });

  test('events without an image are not opened at all', async () => {
    assert.deepEqual(await checkImageFiles([{ ...event('x'), frontmatter: {} } as unknown as CheckedEvent]), []);
  });
});
