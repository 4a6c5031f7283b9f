/**
 * `npm run build`: the whole site. First `astro build` in its own process
 * (arguments are passed on, e.g. `--silent`) with a heap limit sized to the
 * content (src/lib/build-heap.ts), then, once it has exited, the Pagefind
 * search index of its output (scripts/finish-build.ts). One after the other, the build's peak memory
 * is the larger of the two instead of their sum.
 *
 * While Astro starts, this process checks the content (`buildStopMessage`, src/content/check-cache.ts):
 * a problem in site.yaml, a taxonomy file or an event stops Astro and is printed within a second or so,
 * where Astro would reach the same message only once it has loaded. Astro's loader checks again (from the
 * verdicts the last build kept), so a build that passes here is the build it always was.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { environment } from '../src/config/environment.ts';
import { astroHeapMb, withHeapLimit } from '../src/lib/build-heap.ts';

function countEvents(contentDir: string): number {
  try {
    return readdirSync(join(contentDir, 'events')).filter((name) => name.endsWith('.md')).length;
  } catch {
    return 0; // the content checker reports a missing folder
  }
}

interface AstroBuild {
  /** Whether Astro has ended, or has printed `line` to stderr among its last lines: it stopped on it, or is stopping. */
  saidOrEnded(line: string): boolean;
  /** Ends Astro at once, and keeps back anything more it writes to stderr. */
  stop(): void;
  /** Its exit code, and whether V8 ran out of heap. */
  done: Promise<{ code: number; outOfMemory: boolean }>;
}

/** Starts `astro build`; its output passes straight through until it is stopped. */
function astroBuild(args: string[], heapMb: number): AstroBuild {
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
  let stopped = false;
  let ended = false;
  child.stderr.on('data', (chunk: Buffer) => {
    if (stopped) return;
    process.stderr.write(chunk);
    tail = (tail + chunk.toString()).slice(-4096);
  });
  const done = new Promise<{ code: number; outOfMemory: boolean }>((resolve) =>
    child.on('close', (code, signal) => {
      ended = true;
      resolve({ code: code ?? (signal ? 1 : 0), outOfMemory: /heap out of memory/i.test(tail) });
    }),
  );
  return {
    saidOrEnded: (line) => ended || tail.includes(line),
    stop: () => {
      stopped = true;
      child.kill();
    },
    done,
  };
}

/** The folder given by `--root <folder>` or `--root=<folder>`, or the working folder: where Astro keeps its cache by default. */
function rootOf(args: string[]): string {
  const index = args.indexOf('--root');
  const given = index >= 0 ? args[index + 1] : args.find((arg) => arg.startsWith('--root='))?.slice('--root='.length);
  return resolve(given || '.');
}

/**
 * The message the build stops with, from the check made in this process; undefined when the content
 * passes, or when the check itself broke (then Astro's own check reports what it finds).
 */
async function checkFirst(contentDir: string, cacheDir: string): Promise<string | undefined> {
  try {
    const { buildStopMessage, checkCacheFile } = await import('../src/content/check-cache.ts');
    return await buildStopMessage(contentDir, checkCacheFile(cacheDir));
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const { contentDir, buildHeapMb, cacheDir } = environment();
  const heapMb = astroHeapMb(countEvents(contentDir), buildHeapMb);
  const build = astroBuild(args, heapMb);
  const stopMessage = await checkFirst(contentDir, resolve(rootOf(args), cacheDir ?? 'node_modules/.astro'));
  // Unless Astro got there first: then it prints the same lines itself, the last one just before it exits.
  if (stopMessage !== undefined && !build.saidOrEnded(stopMessage.split('\n').at(-1)!)) {
    build.stop();
    await build.done;
    console.error(stopMessage);
    return 1;
  }
  const astro = await build.done;
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
