/** Astro's heap limit for `npm run build` (src/lib/build-heap.ts): sized to the content, or as asked. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { astroHeapMb, withHeapLimit } from '../../src/lib/build-heap.ts';

describe('astroHeapMb', () => {
  test('a small timeline gets the base limit; a large one grows with its events', () => {
    assert.equal(astroHeapMb(14, undefined), 1536);
    assert.equal(astroHeapMb(100_000, undefined), 15_000);
    assert.ok(astroHeapMb(50_000, undefined) < astroHeapMb(100_000, undefined));
  });

  test('TIJDLIJN_BUILD_HEAP_MB wins, also below the base', () => {
    assert.equal(astroHeapMb(100_000, 1024), 1024);
  });
});

describe('withHeapLimit', () => {
  test('adds the limit to NODE_OPTIONS, keeping what is there', () => {
    assert.equal(withHeapLimit(undefined, 2048), '--max-old-space-size=2048');
    assert.equal(withHeapLimit('  --enable-source-maps ', 2048), '--enable-source-maps --max-old-space-size=2048');
  });

  test('a limit the user already set is left alone', () => {
    assert.equal(withHeapLimit('--max-old-space-size=8000', 2048), '--max-old-space-size=8000');
  });
});
