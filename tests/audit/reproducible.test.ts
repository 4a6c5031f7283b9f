/**
 * Reproducible output: two builds of the same sources, each with its own
 * empty cache and output folder, write the same files with the same bytes:
 * pages, feeds, exports, assets and the Pagefind index. In a run of
 * tests/run.ts the first is made by a build worker and the second by
 * `npm run build` itself, so this also holds the workers, which make most of
 * the builds the other tests read, to what the command writes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildOrThrow, listFiles } from '../support/build.ts';

test('two builds of the same commit are byte-identical', () => {
  // The run's shared build (made by whichever file asked first, in empty folders of its own) and the command's.
  const first = buildOrThrow();
  const second = buildOrThrow({ command: true });
  const files = listFiles(first);
  assert.deepEqual(listFiles(second), files, 'the builds wrote different files');
  assert.ok(
    files.some((file) => file.startsWith('pagefind/')),
    'no search index',
  );
  const different = files.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
  assert.deepEqual(different, [], `differ between builds: ${different.join(', ')}`);
});
