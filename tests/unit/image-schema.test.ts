/**
 * An event image's file: which names are images the site converts, and what
 * an editor is told for a `src` that is a web address, an absolute path, a
 * path outside the events folder or a file type the site cannot convert.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { imagePath, isImageFileName } from '../../src/content/image-schema.ts';

describe('isImageFileName', () => {
  test('the converted types, in any case, and nothing else', () => {
    for (const name of ['foto.jpg', 'Kamer.PNG', 'a.b.webp', 'scan.TIFF', 'beeld.avif'])
      assert.equal(isImageFileName(name), true, name);
    for (const name of ['foto.heic', 'logo.svg', 'jpg', 'foto.jpg.txt', 'foto.tif'])
      assert.equal(isImageFileName(name), false, name);
  });
});

describe('imagePath', () => {
  const problem = (src: unknown, language?: string) => {
    const result = imagePath(language).safeParse(src);
    return result.success ? undefined : result.error.issues[0];
  };

  test('a file next to the event, or in a folder inside the events folder, is accepted as written', () => {
    assert.equal(imagePath().parse('./foto.jpg'), './foto.jpg');
    assert.equal(imagePath().parse(' beelden/../beelden/Kamer.PNG '), 'beelden/../beelden/Kamer.PNG');
  });

  test('a web address, with a hint in the site language', () => {
    const issue = problem('https://example.org/foto.jpg', 'en');
    assert.match(issue?.message ?? '', /is a web address/);
    assert.match(String((issue as { params?: { hint?: string } })?.params?.hint), /src: \.\/photo\.jpg/);
  });

  test('an absolute path, a path outside the events folder, a type the site cannot convert, and nothing', () => {
    assert.match(problem('/foto.jpg')?.message ?? '', /is an absolute path/);
    assert.match(problem('../foto.jpg')?.message ?? '', /points outside the events folder/);
    assert.match(problem('beelden/../../foto.jpg')?.message ?? '', /points outside the events folder/);
    assert.match(problem('foto.heic')?.message ?? '', /is not an image type the site can convert/);
    assert.equal(problem('   ')?.message, 'is empty');
  });
});
