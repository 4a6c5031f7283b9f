/** `npm run build` (scripts/build.ts): the content checked while Astro starts, Astro with a heap limit, then the search index. */
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { environment } from '../../src/config/environment.ts';
import { astroHeapMb, withHeapLimit } from '../../src/lib/build-heap.ts';
import { build, buildOrThrow, copyContent, tempDir } from '../support/build.ts';

test('the build writes the search index after the pages, one entry per event', () => {
  const outDir = buildOrThrow({ command: true });
  assert.ok(existsSync(join(outDir, 'pagefind', 'pagefind-entry.json')));
  assert.ok(existsSync(join(outDir, 'pagefind', 'pagefind.js')));
});

test('a build that runs out of heap says so and names the setting that gives it more', () => {
  const result = build({ env: { TIJDLIJN_BUILD_HEAP_MB: '24' } });
  assert.notEqual(result.status, 0);
  assert.match(
    result.output,
    /Astro ran out of its 24 MB heap\. Build again with more, e\.g\.: TIJDLIJN_BUILD_HEAP_MB=48 npm run build/,
  );
  assert.ok(!existsSync(join(result.outDir, 'pagefind')), 'no search index for a failed build');
});

test('the heap limit grows with the content past 10,000 events and gives way to the editor', () => {
  assert.equal(astroHeapMb(14, undefined), 1536);
  assert.equal(astroHeapMb(10_000, undefined), 1536);
  assert.equal(astroHeapMb(40_000, undefined), 6000);
  assert.equal(astroHeapMb(40_000, environment({ TIJDLIJN_BUILD_HEAP_MB: '3000' }).buildHeapMb), 3000);
  assert.equal(astroHeapMb(14, environment({ TIJDLIJN_BUILD_HEAP_MB: 'veel' }).buildHeapMb), 1536);
  assert.equal(withHeapLimit(undefined, 1536), '--max-old-space-size=1536');
  assert.equal(withHeapLimit('--enable-source-maps', 2000), '--enable-source-maps --max-old-space-size=2000');
  assert.equal(withHeapLimit('--max-old-space-size=4096', 1536), '--max-old-space-size=4096');
});

test('a bad event stops the build without waiting for Astro: the command checks the content while Astro starts', () => {
  const content = copyContent();
  writeFileSync(
    join(content, 'events', 'kapotte-datum.md'),
    '---\ntitle: Kapotte datum\ndate: 2020-02-30\nsummary: Test.\nsources:\n  - { title: Bron, date: 2020-01, language: nl }\n---\nTekst.\n',
  );
  // Astro's process is held at its start for two minutes, then ends with exit code 7: only the
  // command's own check can end this build sooner, and with Astro's message.
  const hold = join(tempDir(), 'hold-astro.mjs');
  writeFileSync(
    hold,
    "if (process.argv[1]?.endsWith('astro.mjs')) {\n  setTimeout(() => process.exit(7), 120_000);\n  await new Promise(() => {});\n}\n",
  );
  const result = build({ content, env: { NODE_OPTIONS: `--import=${pathToFileURL(hold).href}` } });
  assert.equal(result.status, 1, result.output);
  assert.match(
    result.output,
    /A content file has a problem:\n.*events\/kapotte-datum\.md:3: date: "2020-02-30" is not a date that exists/,
  );
});
