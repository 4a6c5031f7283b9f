/**
 * Builds the site the way `npm run build` does, against any content folder and
 * into a temporary output folder: by the command itself in a child process, or,
 * in a run of tests/run.ts, the successful builds a test needs by a worker of the
 * run's build service (tests/support/build-service.ts), which builds the same
 * bytes in a third of the time.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildRequest } from './build-service.ts';
import type { WorkerReply } from './build-worker.ts';

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
  /**
   * Built by `npm run build` itself (scripts/build.ts, in processes of its own), never by a build
   * worker: for the tests of the command, and the check that both write the same bytes.
   */
  command?: boolean;
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
 * What a build is made from: copied into each build's work folder, so that
 * builds run side by side. Astro writes part of every build into the
 * project's own `.astro/` folder (types, content modules), and two builds
 * writing one folder break each other; a copy of its own (about a megabyte,
 * with `node_modules` linked, not copied) gives each build its own.
 */
export const PROJECT_FILES = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** A copy of the project in `work`/project (made again, so it is always today's code), for a build or a server there. */
export function projectCopy(work: string): string {
  const project = join(work, 'project');
  rmSync(project, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  for (const part of PROJECT_FILES) cpSync(join(ROOT, part), join(project, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  return project;
}

/**
 * Astro keeps the server half of a build (the pages' code while they are
 * written) inside the output folder only when that lies within the working
 * folder, and in `<working folder>/.astro/` otherwise: for builds into
 * temporary folders, one place for all of them. A build therefore writes its
 * output through a link inside this checkout that points at its work folder.
 */
const OUTPUT_LINKS = join(ROOT, 'node_modules/.cache/tijdlijn-test-builds');

function linkedWork(work: string): string {
  // That code imports packages, found from where it is: the work folder gets this checkout's.
  if (!existsSync(join(work, 'node_modules'))) symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  mkdirSync(OUTPUT_LINKS, { recursive: true });
  const link = join(OUTPUT_LINKS, basename(work));
  rmSync(link, { force: true });
  symlinkSync(work, link);
  return link;
}

/**
 * Builds by the command (`npm run build`), which is what any test of a failing build, or of the
 * build's log, sees; `buildOrThrow` asks the run's build workers when there are some.
 */
export function build(options: BuildOptions = {}, by: 'command' | 'worker' = 'command'): BuildResult {
  const started = performance.now();
  const work = options.work ?? tempDir();
  const outDir = join(work, 'dist');
  // Astro's root is the copy; the working folder stays this checkout, which the lines of a
  // content problem name their files relative to, as they would for an editor.
  const project = projectCopy(work);
  const link = linkedWork(work);
  const env: Record<string, string> = {
    TIJDLIJN_CONTENT: options.content ?? CITRIX_FIXTURE,
    TIJDLIJN_OUT_DIR: join(link, 'dist'),
    TIJDLIJN_CACHE_DIR: join(work, 'cache'),
    ...(options.base ? { TIJDLIJN_BASE: options.base } : {}),
    ...options.env,
  };
  const service = by === 'worker' && !options.log ? process.env.TIJDLIJN_BUILD_SERVICE : undefined;
  const result = service
    ? buildByWorker(service, {
        root: project,
        env: { ...env, TIJDLIJN_BUILD: '1' },
        // The run's own zone needs no worker of its own.
        tz: options.tz === localZone() ? undefined : options.tz,
      })
    : buildByCommand(project, env, options);
  rmSync(link, { force: true });
  logBuild(options, service ? 'worker' : 'command', result.status, performance.now() - started);
  return { status: result.status, outDir, output: result.output };
}

/** The zone this process runs in: TZ, or the system's. */
const localZone = () => process.env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `npm run build` (scripts/build.ts of the copy) in a child process, with `env` added to this process's. */
function buildByCommand(
  project: string,
  env: Record<string, string>,
  options: BuildOptions,
): { status: number | null; output: string } {
  const args = [join(project, 'scripts/build.ts'), '--root', project, ...(options.log ? [] : ['--silent'])];
  const result = spawnSync(join(BIN, 'node'), args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      PATH: `${BIN}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(options.tz ? { TZ: options.tz } : {}),
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The same build by a worker of the run's build service, waited for here (tests/support/build-client.ts). */
function buildByWorker(socket: string, request: BuildRequest): WorkerReply {
  const result = spawnSync(join(BIN, 'node'), [join(ROOT, 'tests/support/build-client.ts'), socket], {
    input: JSON.stringify(request),
    encoding: 'utf8',
  });
  if (result.status !== 0 || !result.stdout.trim()) {
    return { status: 1, output: `no answer from the test run's build service:\n${result.stderr}` };
  }
  return JSON.parse(result.stdout) as WorkerReply;
}

/**
 * With TIJDLIJN_BUILD_LOG set to a file, every build appends one line to it: the test file, the content
 * folder, the options, the exit code and the seconds it took (docs/testing.md: where the suite's time goes).
 */
function logBuild(options: BuildOptions, by: 'command' | 'worker', status: number | null, ms: number): void {
  const log = process.env.TIJDLIJN_BUILD_LOG;
  if (!log) return;
  const { content = CITRIX_FIXTURE, work, ...rest } = options;
  const line = {
    file: relative(ROOT, process.argv.find((arg) => arg.endsWith('.test.ts')) ?? ''),
    content: relative(ROOT, content) || content,
    options: { ...rest, work: work !== undefined },
    by,
    status,
    seconds: Math.round(ms / 100) / 10,
  };
  appendFileSync(log, `${JSON.stringify(line)}\n`);
}

/** Builds and throws with Astro's output when the build fails. */
export function buildOrThrow(options: BuildOptions = {}): string {
  const shared = options.work === undefined && !options.log ? sharedBuildDir(options) : undefined;
  if (!shared) return buildInto(options, options.work ?? tempDir());
  return join(
    sharedBuild(shared, () => buildInto(options, tempDir())),
    'dist',
  );
}

function buildInto(options: BuildOptions, work: string): string {
  const result = build({ ...options, work }, options.command ? 'command' : 'worker');
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
 * times over (about 4 s each). Only under a test run: tests/run.ts, which
 * sets TIJDLIJN_SHARED_BUILDS (the run's folder) for every kind of test in one
 * `npm test` and runs each file inside its `node --test` process, or a plain
 * `node --test`, whose child processes have NODE_TEST_CONTEXT (then the folder
 * is one per `node --test` process, the parent of the test files). The key
 * covers the options, every byte of the content folder and of what the build
 * is made from, so a changed file is never served an old build.
 */
export function sharedBuildDir(options: BuildOptions, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!env.NODE_TEST_CONTEXT && !env.TIJDLIJN_SHARED_BUILDS) return undefined;
  const hash = createHash('sha256');
  const content = resolve(options.content ?? CITRIX_FIXTURE);
  // A build in the zone the test process runs in is the same build whether or not it names that zone.
  const tz = options.tz ?? env.TZ ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const command = options.command === true;
  hash.update(JSON.stringify({ content, base: options.base, tz, env: options.env ?? {}, command }));
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
