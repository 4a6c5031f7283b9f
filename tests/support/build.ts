/**
 * Builds the site the way `npm run build` does, in a child process, against
 * any content folder and into a temporary output folder.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'node_modules/.bin');

/**
 * The Dutch Citrix fixture: a frozen copy of the Citrix timeline that the site
 * tests build. Tests never build the real `content/` (editors change it; only
 * tests/content/contract.test.ts reads it), so an editorial edit never fails a test.
 */
export const CITRIX_FIXTURE = join(ROOT, 'tests/fixtures/citrix-nl');

export interface BuildOptions {
  /** Content folder (default: the Citrix fixture, `tests/fixtures/citrix-nl/`; never the real `content/` by accident). */
  content?: string;
  base?: string;
  /** TZ of the build process. */
  tz?: string;
  env?: Record<string, string>;
  /** Folder for the output (`dist/`) and Astro's cache (`cache/`): a second build there is a warm one. */
  work?: string;
  /** Keep Astro's log (every page it writes, and whether it was reused) instead of `--silent`. */
  log?: boolean;
  /** A build of its own, never one shared within the test run (for a test that compares two builds). */
  fresh?: boolean;
}

export interface BuildResult {
  status: number | null;
  outDir: string;
  output: string;
}

export function tempDir(prefix = 'tijdlijn-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Astro writes part of every build to the project's own `.astro/` folder,
 * whatever the output and cache folders: two builds at once in one checkout
 * break each other. Under the test runner, where files run in parallel, a
 * build therefore holds this checkout's build lock (the rest of each test
 * file still runs in parallel).
 */
const BUILD_LOCK = join(
  tmpdir(),
  `tijdlijn-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`,
);

export function build(options: BuildOptions = {}): BuildResult {
  if (!process.env.NODE_TEST_CONTEXT) return buildUnlocked(options);
  while (!takeLock(BUILD_LOCK)) waitFor(() => !lockHolderAlive(BUILD_LOCK));
  try {
    return buildUnlocked(options);
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

function buildUnlocked(options: BuildOptions): BuildResult {
  const work = options.work ?? tempDir();
  const outDir = join(work, 'dist');
  const result = spawnSync(join(BIN, 'node'), ['scripts/build.ts', ...(options.log ? [] : ['--silent'])], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${BIN}:${process.env.PATH}`,
      TIJDLIJN_CONTENT: options.content ?? CITRIX_FIXTURE,
      TIJDLIJN_OUT_DIR: outDir,
      TIJDLIJN_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(options.base ? { TIJDLIJN_BASE: options.base } : {}),
      ...(options.tz ? { TZ: options.tz } : {}),
      ...options.env,
    },
  });
  return { status: result.status, outDir, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds and throws with Astro's output when the build fails. */
export function buildOrThrow(options: BuildOptions = {}): string {
  const shared = options.work === undefined && !options.log && !options.fresh ? sharedBuildDir(options) : undefined;
  if (!shared) return buildInto(options, options.work ?? tempDir());
  return join(
    sharedBuild(shared, () => buildInto(options, tempDir())),
    'dist',
  );
}

function buildInto(options: BuildOptions, work: string): string {
  const result = build({ ...options, work });
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${result.output}`);
  return result.outDir;
}

/**
 * The shared build in `shared`, made by `make` (which returns the `dist/` of a
 * work folder of its own) unless another test file has made it or is making
 * it. Test files run in parallel, so one file at a time builds a variant: it
 * holds `<shared>.lock` (a folder made with mkdir, which fails when it already
 * exists) while it builds, and the others wait until the build is in place or
 * the lock is gone (that build failed, or its process died: then the next one
 * tries). The finished work folder is renamed into place, all or nothing, so
 * the folder exists only for a build that succeeded.
 */
export function sharedBuild(shared: string, make: () => string): string {
  mkdirSync(dirname(shared), { recursive: true });
  const lock = `${shared}.lock`;
  for (;;) {
    if (existsSync(shared)) return shared;
    if (takeLock(lock)) break;
    waitFor(() => existsSync(shared) || !lockHolderAlive(lock));
  }
  try {
    if (existsSync(shared)) return shared;
    const work = dirname(make());
    try {
      renameSync(work, shared);
    } catch (error) {
      // Only a build made without the lock can be there first; this copy is the same, so use that one.
      if (!existsSync(shared)) throw error;
      rmSync(work, { recursive: true, force: true });
    }
    return shared;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function takeLock(lock: string): boolean {
  try {
    mkdirSync(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  return true;
}

/** Whether the process holding the lock still runs; a lock left by a process that died is removed. */
function lockHolderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    // Just made, pid not written yet; or already released.
    return existsSync(lock);
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

/** Blocks until `done()` holds, looking again every 50 ms (buildOrThrow is synchronous, as its callers expect). */
function waitFor(done: () => boolean): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (!done()) Atomics.wait(pause, 0, 0, 50);
}

/**
 * Where a successful build of these options is kept for the other test files
 * of the same run, which build the same fixture with the same options a dozen
 * times over (about 4 s each). Only under the test runner (its child
 * processes have NODE_TEST_CONTEXT); the folder is the run's
 * (TIJDLIJN_SHARED_BUILDS, set by tests/run.ts for every kind of test in one
 * `npm test`, or else one per `node --test` process, the parent of the test
 * files). The key covers the options, every byte of the content folder and of
 * what the build is made from, so a changed file is never served an old build.
 */
export function sharedBuildDir(options: BuildOptions, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env.NODE_TEST_CONTEXT) return undefined;
  const hash = createHash('sha256');
  const content = resolve(options.content ?? CITRIX_FIXTURE);
  hash.update(JSON.stringify({ content, base: options.base, tz: options.tz, env: options.env ?? {} }));
  const inputs: Array<[string, string]> = [[content, '']];
  for (const part of ['src', 'scripts', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'])
    inputs.push([join(ROOT, part), part]);
  for (const [path, name] of inputs) {
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? listFiles(path).map((file) => join(path, file)) : [path];
    for (const file of files) hash.update(`${name}\0${relative(path, file)}\0`).update(readFileSync(file));
  }
  const folder = env.TIJDLIJN_SHARED_BUILDS || join(tmpdir(), `tijdlijn-shared-builds-${process.ppid}`);
  return join(folder, hash.digest('hex').slice(0, 24));
}

/** A copy of a content folder (default: the Citrix fixture) to change in a test. */
export function copyContent(from: string = CITRIX_FIXTURE): string {
  const dir = join(tempDir('tijdlijn-content-'), 'content');
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Every file below `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path));
    }
  };
  walk(dir);
  return files.sort();
}

export function readPage(outDir: string, path: string): string {
  return readFileSync(join(outDir, path), 'utf8');
}
