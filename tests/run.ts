/**
 * Runs the test files of one or more kinds (default: all three) as one run:
 *
 *   node tests/run.ts [unit] [build] [browser] [test files…] [--list] [node --test options…]
 *
 * - unit: tests/unit/ and the other pure tests (no build, no browser, none of the project's scripts;
 *   the search index test runs Pagefind's indexer, a second or so), and `astro check` (types in .ts
 *   and .astro files) unless test files or options are named;
 * - build: tests that build fixture sites or run the project's scripts;
 * - browser: tests that launch Chromium (any file that uses tests/support/browser.ts,
 *   playwright-core or chrome-launcher, wherever it lives).
 *
 * Every `tests/**\/*.test.ts` file is of exactly one kind, so running all three runs every file.
 * The run is a pool of jobs: the unit files together in one `node --test`, and every build or
 * browser file in one of its own. Up to TIJDLIJN_TEST_CONCURRENCY jobs run at once (default 3), of
 * them at most TIJDLIJN_BROWSER_CONCURRENCY browser files (default 2): a browser file spends much of
 * its time waiting on pages, a build file on its builds, so on two cores three jobs keep both busy.
 * The jobs expected to take longest start first (EXPECTED_SECONDS), so that none is left running
 * alone at the end; the Lighthouse scores, which measure speed, run last with nothing beside them.
 * Each job's report is printed whole when it ends, then the time each job took and the totals.
 *
 * All jobs share one folder of builds (TIJDLIJN_SHARED_BUILDS, see tests/support/build.ts),
 * removed in the background after the report, and one build service
 * (tests/support/build-service.ts): the successful builds the tests read are made by its
 * TIJDLIJN_BUILD_WORKERS worker processes (default 2), which keep Astro loaded from one build to
 * the next. The browser files of the pool share one Chromium (tests/support/browser.ts,
 * `openBrowser`), each in contexts of its own. Test files named on the command line narrow the run
 * to them; options (`--test-name-pattern=…`, `--test-only`, …) go to `node --test`; `--list`
 * prints the files with their kind instead of running them.
 */
import { spawn } from 'node:child_process';
import { globSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BROWSER_SERVER_VARIABLE, startBrowserServer } from './support/browser.ts';
import { startBuildService } from './support/build-service.ts';
import type { RunSummary } from './support/run-summary.ts';

export type Kind = 'unit' | 'build' | 'browser';
const KINDS: Kind[] = ['unit', 'build', 'browser'];
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules/.bin');

/**
 * Files that score page speed (Lighthouse's performance, with its total blocking time): beside
 * builds the CPU they measure is shared, so they run after everything else, alone.
 */
const ALONE = new Set(['tests/audit/lighthouse.test.ts']);

/**
 * Seconds each of the longer jobs takes alone on a quiet two-core machine (builds included, as if
 * no other file had made them), the order the pool starts them in; every other file takes less.
 */
const EXPECTED_SECONDS: Record<string, number> = {
  'tests/import/roundtrip.test.ts': 47,
  'tests/audit/axe.test.ts': 45,
  'tests/newsroom/newsroom.test.ts': 41,
  'tests/build/incremental.test.ts': 39,
  'tests/embed/embed.test.ts': 35,
  'tests/editor/editor.test.ts': 34,
  'tests/build/archive.test.ts': 32,
  'tests/media/player.test.ts': 30,
  'tests/build/site.test.ts': 24,
  'tests/browser/search-spelling.test.ts': 23,
  'tests/build/history.test.ts': 21,
  'tests/audit/csp.test.ts': 18,
  'astro check': 17,
  'tests/build/repository.test.ts': 16,
  'tests/reader/browser.test.ts': 16,
  'tests/browser/search-paging.test.ts': 16,
  'tests/browser/timeline.test.ts': 15,
  'tests/checker/robust.test.ts': 15,
  'tests/audit/reproducible.test.ts': 15,
  'tests/browser/search.test.ts': 14,
  unit: 13,
  'tests/checker/errors.test.ts': 13,
  'tests/reader/feeds.test.ts': 13,
  'tests/newsroom/image-errors.test.ts': 12,
  'tests/checker/scaffold.test.ts': 10,
  'tests/build/build-script.test.ts': 9,
  'tests/reader/articles.test.ts': 9,
  'tests/media/import.test.ts': 8,
  'tests/import/cli.test.ts': 8,
  'tests/content/contract.test.ts': 8,
  'tests/editor/edit-command.test.ts': 8,
  'tests/audit/html.test.ts': 8,
};

/** Pure tests outside tests/unit/ (they import modules and check what they return). */
const PURE_ELSEWHERE = ['tests/embed/snippet.test.ts', 'tests/newsroom/units.test.ts'];

export function kindOf(file: string, text: string): Kind {
  if (/support\/browser\.ts|playwright-core|chrome-launcher/.test(text)) return 'browser';
  if (file.startsWith('tests/unit/') || file.startsWith('tests/support/') || PURE_ELSEWHERE.includes(file))
    return 'unit';
  return 'build';
}

export function testFiles(): Array<{ file: string; kind: Kind }> {
  return globSync('tests/**/*.test.ts', { cwd: ROOT })
    .sort()
    .map((file) => ({ file, kind: kindOf(file, readFileSync(join(ROOT, file), 'utf8')) }));
}

export interface Job {
  /** What the job runs, as the report names it. */
  label: string;
  /** The test files it runs. */
  files: string[];
  command: string[];
  browser: boolean;
  expected: number;
  /** Where its `node --test` writes its counts (tests/support/run-summary.ts); none for another command. */
  summaryFile?: string;
  /** Variables set for this job besides the run's own. */
  env?: Record<string, string>;
}

export interface Finished {
  job: Job;
  code: number;
  seconds: number;
  /** When it started, as `performance.now()` in milliseconds. */
  startedAt: number;
  /** What its reporter counted; none if it died before the end. */
  summary: RunSummary | undefined;
}

/**
 * One `node --test` over `files`, its counts written to `summaryFile`, which runs them inside its
 * own process (`--test-isolation=none`) rather than in a child process each: the unit files share
 * one process, since a process of its own for each would take most of their time; a build or
 * browser file is the only file of its job, so a child would only add a second Node process.
 */
function testJob(label: string, files: string[], kind: Kind, extra: string[], summaryFile: string): Job {
  return {
    label,
    files,
    browser: kind === 'browser',
    expected: EXPECTED_SECONDS[kind === 'unit' ? kind : label] ?? 0,
    summaryFile,
    command: [
      join(BIN, 'node'),
      '--test',
      '--test-concurrency=1',
      '--test-isolation=none',
      // A file's job ends when its tests and hooks have: a timer or socket a library leaves behind
      // would otherwise hold its process, and its slot in the pool, for nothing (each Lighthouse
      // audit leaves a 5 s timer armed, which held the Lighthouse file's process, alone at the end
      // of the run; the audits now run in tests/audit/lighthouse-run.ts, which exits itself).
      '--test-force-exit',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./tests/support/run-summary.ts',
      `--test-reporter-destination=${summaryFile}`,
      ...extra,
      ...files,
    ],
  };
}

/**
 * `astro check`: the types of every .ts and .astro file. It first syncs Astro's content types, which
 * reads the content folder, so it reads a fixture: the types come from the schema, not from the
 * events, and an editor's mistake in `content/` must not fail the suite (it would, as a content error).
 */
export function typeCheckJob(): Job {
  return {
    label: 'astro check',
    files: [],
    command: [join(BIN, 'astro'), 'check'],
    env: { TIJDLIJN_CONTENT: join(ROOT, 'tests/fixtures/checker/base') },
    browser: false,
    expected: EXPECTED_SECONDS['astro check']!,
  };
}

function runJob(job: Job, env: NodeJS.ProcessEnv): Promise<Finished> {
  const started = performance.now();
  return new Promise((done) => {
    const [command, ...args] = job.command;
    const child = spawn(command!, args, { cwd: ROOT, env: { ...env, ...job.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code, signal) => {
      process.stdout.write(Buffer.concat(output));
      let summary: RunSummary | undefined;
      try {
        if (job.summaryFile) summary = JSON.parse(readFileSync(job.summaryFile, 'utf8')) as RunSummary;
      } catch {
        // No summary: the job died before its reporter wrote one; its exit code says it failed.
      }
      const seconds = (performance.now() - started) / 1000;
      done({ job, code: code ?? (signal ? 1 : 0), seconds, startedAt: started, summary });
    });
  });
}

/** Runs `jobs` (longest expected first), at most `slots` at once and `browserSlots` browser files among them. */
export async function runPool(
  jobs: Job[],
  slots: number,
  browserSlots: number,
  env: NodeJS.ProcessEnv,
): Promise<Finished[]> {
  const waiting = [...jobs].sort((a, b) => b.expected - a.expected);
  const finished: Finished[] = [];
  const running = new Set<Job>();
  return new Promise((allDone) => {
    const startMore = () => {
      if (waiting.length === 0 && running.size === 0) return allDone(finished);
      while (running.size < slots) {
        const browsers = [...running].filter((job) => job.browser).length;
        const index = waiting.findIndex((job) => !job.browser || browsers < browserSlots);
        if (index < 0) break;
        const [job] = waiting.splice(index, 1);
        running.add(job!);
        void runJob(job!, env).then((result) => {
          finished.push(result);
          running.delete(job!);
          startMore();
        });
      }
    };
    startMore();
  });
}

function report(finished: Finished[], runStarted: number, seconds: number): void {
  console.log('\nTime per job (wall clock, from its start to its end, and when in the run), slowest first:');
  for (const { job, seconds: took, startedAt } of [...finished].sort((a, b) => b.seconds - a.seconds)) {
    const from = (startedAt - runStarted) / 1000;
    const when = `${from.toFixed(0)}–${(from + took).toFixed(0)} s`.padStart(11);
    console.log(`${took.toFixed(1).padStart(7)} s ${when}  ${job.label}`);
  }
  const total = (key: keyof RunSummary) => finished.reduce((sum, { summary }) => sum + (summary?.[key] ?? 0), 0);
  const files = finished.reduce((sum, { job }) => sum + job.files.length, 0);
  console.log(
    `\n${total('tests')} tests in ${files} files: ${total('passed')} passed, ${total('failed')} failed, ` +
      `${total('cancelled')} cancelled, ${total('skipped')} skipped, ${total('todo')} todo; ${seconds.toFixed(0)} s`,
  );
  for (const { job, code, summary } of finished)
    if (code !== 0)
      console.log(`failed: ${job.label} (${summary?.failed ? `${summary.failed} failed` : `exit code ${code}`})`);
}

async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  const wanted = argv.filter((arg): arg is Kind => (KINDS as string[]).includes(arg));
  const extra = argv.filter((arg) => arg.startsWith('-') && arg !== '--list' && arg !== '--');
  const named = argv.filter((arg) => !arg.startsWith('-') && !(KINDS as string[]).includes(arg));
  const all = testFiles();
  const missing = named.filter((path) => !all.some(({ file }) => file === relative(ROOT, resolve(path))));
  if (missing.length > 0) {
    console.error(
      `tests/run.ts: ${missing.join(', ')}: not a test file (tests/**/*.test.ts); write unit, build, browser or a test file`,
    );
    return 2;
  }
  const kinds = wanted.length > 0 ? wanted : KINDS;
  const files = all.filter(
    ({ file, kind }) =>
      kinds.includes(kind) && (named.length === 0 || named.some((path) => relative(ROOT, resolve(path)) === file)),
  );
  if (argv.includes('--list')) {
    for (const { file, kind } of files) console.log(`${kind}\t${file}`);
    return 0;
  }
  const ownFolder = !process.env.TIJDLIJN_SHARED_BUILDS;
  const shared = process.env.TIJDLIJN_SHARED_BUILDS || mkdtempSync(join(tmpdir(), 'tijdlijn-shared-builds-'));
  // The run's own folder: the jobs' counts, the build service's socket, the compile cache, and the
  // temporary folder of every process the run starts (their content copies and builds), all removed
  // with it at the end.
  const runFolder = mkdtempSync(join(tmpdir(), 'tijdlijn-test-run-'));
  const scratch = join(runFolder, 'tmp');
  mkdirSync(scratch);
  const slots = Number(process.env.TIJDLIJN_TEST_CONCURRENCY) || 3;
  const browserSlots = Number(process.env.TIJDLIJN_BROWSER_CONCURRENCY) || 2;
  const workers = Number(process.env.TIJDLIJN_BUILD_WORKERS) || 2;
  // Every Node process of the run (test files, the project's commands they run, builds) compiles a
  // module once and reads it from the compile cache after that: a hundred processes load the same
  // modules. And each makes its temporary folders in the run's, not in the system's.
  const runEnv = { NODE_COMPILE_CACHE: join(runFolder, 'compile-cache'), TMPDIR: scratch };
  const service = await startBuildService({ socket: join(runFolder, 'builds.sock'), workers, env: runEnv });
  // One Chromium for the browser files of the pool; the files scored alone launch their own.
  const browser = files.some(({ file, kind }) => kind === 'browser' && !ALONE.has(file))
    ? await startBrowserServer()
    : undefined;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...runEnv,
    TIJDLIJN_SHARED_BUILDS: shared,
    TIJDLIJN_BUILD_SERVICE: service.socket,
    ...(browser ? { [BROWSER_SERVER_VARIABLE]: browser.wsEndpoint() } : {}),
  };
  try {
    let made = 0;
    const job = (label: string, of: string[], kind: Kind) =>
      testJob(label, of, kind, extra, join(runFolder, `${made++}.json`));
    const unit = files.filter(({ kind }) => kind === 'unit').map(({ file }) => file);
    const jobs: Job[] = unit.length > 0 ? [job(`unit files (${unit.length})`, unit, 'unit')] : [];
    for (const { file, kind } of files) if (kind !== 'unit' && !ALONE.has(file)) jobs.push(job(file, [file], kind));
    // The type check belongs to the unit kind (npm test, npm run test:unit), not to a few files or tests.
    if (named.length === 0 && kinds.includes('unit') && extra.length === 0) jobs.push(typeCheckJob());
    const finished = await runPool(jobs, slots, browserSlots, env);
    await browser?.close();
    delete env[BROWSER_SERVER_VARIABLE];
    // Scores that measure speed are taken last, with nothing else running on the machine.
    const alone = files.filter(({ file }) => ALONE.has(file)).map(({ file, kind }) => job(file, [file], kind));
    finished.push(...(await runPool(alone, 1, 1, env)));
    report(finished, started, (performance.now() - started) / 1000);
    return Math.max(0, ...finished.map(({ code }) => code));
  } finally {
    await browser?.close();
    await service.close();
    removeLater([...(ownFolder ? [shared] : []), runFolder]);
  }
}

/**
 * Removes the run's folders in a process that outlives this one: after a full run they hold some
 * thirty thousand files (builds and copies of content folders), which take seconds to remove, and
 * the report is out by then.
 */
function removeLater(folders: string[]): void {
  spawn('rm', ['-rf', '--', ...folders], { detached: true, stdio: 'ignore' }).unref();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
