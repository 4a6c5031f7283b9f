/** Images in a build's _astro/ folder that nothing points to are removed; every referenced file stays. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { removeUnreferencedImages, unreferencedImages } from '../../src/lib/unreferenced-images.ts';

function site(): string {
  const out = mkdtempSync(join(tmpdir(), 'tijdlijn-unreferenced-'));
  mkdirSync(join(out, '_astro'));
  mkdirSync(join(out, 'gebeurtenis', 'a'), { recursive: true });
  writeFileSync(join(out, '_astro', 'foto.AbC123.jpg'), 'original');
  writeFileSync(join(out, '_astro', 'foto.AbC123_Z1.webp'), 'webp');
  writeFileSync(join(out, '_astro', 'logo.Q9.svg'), 'svg');
  writeFileSync(join(out, '_astro', 'main.X1.css'), 'body{background:url(/_astro/logo.Q9.svg)}');
  writeFileSync(join(out, 'gebeurtenis', 'a', 'index.html'), '<img src="/_astro/foto.AbC123_Z1.webp" alt="">');
  return out;
}

test('an image no page, style or feed names is found and removed; named ones and other files stay', () => {
  const out = site();
  assert.deepEqual(
    unreferencedImages(out).map((file) => file.slice(out.length + 1)),
    [join('_astro', 'foto.AbC123.jpg')],
  );
  assert.deepEqual(removeUnreferencedImages(out), [join('_astro', 'foto.AbC123.jpg')]);
  assert.equal(existsSync(join(out, '_astro', 'foto.AbC123.jpg')), false);
  for (const kept of ['foto.AbC123_Z1.webp', 'logo.Q9.svg', 'main.X1.css'])
    assert.ok(existsSync(join(out, '_astro', kept)), kept);
});

test('an image named only in a feed stays', () => {
  const out = site();
  writeFileSync(join(out, 'rss.xml'), '<enclosure url="https://example.org/_astro/foto.AbC123.jpg"/>');
  assert.deepEqual(removeUnreferencedImages(out), []);
});

test('an output without _astro/ is left alone', () => {
  const out = mkdtempSync(join(tmpdir(), 'tijdlijn-unreferenced-'));
  assert.deepEqual(removeUnreferencedImages(out), []);
});
