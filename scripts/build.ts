/**
 * `npm run build`: the whole site. First `astro build` in its own process
 * (arguments are passed on, e.g. `--silent`) with a heap limit sized to the
 * content (src/lib/build-heap.ts), then, once it has exited, the Pagefind
 * search index of its output (scripts/finish-build.ts). One after the other, the build's peak memory
 * is the larger of the two instead of their sum.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { environment } from '../src/config/environment.ts';
import { astroHeapMb, withHeapLimit } from '../src/lib/build-heap.ts';

function countEvents(contentDir: string): number {
  try {
    return readdirSync(join(contentDir, 'events')).filter((name) => name.endsWith('.md')).length;
  } catch {
    return 0; // the content checker reports a missing folder
  }
}

/** Runs `astro build`; its output passes straight through. Resolves to its exit code and whether V8 ran out of heap. */
function astroBuild(args: string[], heapMb: number): Promise<{ code: number; outOfMemory: boolean }> {
  const child = spawn(
    process.execPath,
    [join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs'), 'build', ...args],
    {
      stdio: ['inherit', 'inherit', 'pipe'],
      // TIJDLIJN_BUILD: a content problem is printed as its lines and ends the build, without Astro's stack trace.
      env: { ...process.env, NODE_OPTIONS: withHeapLimit(process.env.NODE_OPTIONS, heapMb), TIJDLIJN_BUILD: '1' },
    },
  );
  let tail = '';
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    tail = (tail + chunk.toString()).slice(-4096);
  });
  return new Promise((resolve) =>
    child.on('close', (code, signal) =>
      resolve({ code: code ?? (signal ? 1 : 0), outOfMemory: /heap out of memory/i.test(tail) }),
    ),
  );
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const { contentDir, buildHeapMb } = environment();
  const heapMb = astroHeapMb(countEvents(contentDir), buildHeapMb);
  const astro = await astroBuild(args, heapMb);
  if (astro.outOfMemory) {
    console.error(
      `[build] Astro ran out of its ${heapMb} MB heap. Build again with more, e.g.: TIJDLIJN_BUILD_HEAP_MB=${heapMb * 2} npm run build`,
    );
  }
  if (astro.code !== 0) return astro.code;

  // Loaded only now, so that none of it is in memory while Astro builds.
  const { finishBuild } = await import('./finish-build.ts');
  return finishBuild(args.includes('--silent'));
}

process.exitCode = await main();
