/**
 * Runs the test files of one or more kinds (default: all three) as one run:
 *
 *   node tests/run.ts [unit] [build] [browser] [test files…] [--list] [node --test options…]
 *
 * - unit: tests/unit/ and the other pure tests (no build, no browser, none of the project's scripts;
 *   the search index test runs Pagefind's indexer, a second or so);
 * - build: tests that build fixture sites or run the project's scripts;
 * - browser: tests that launch Chromium (any file that uses tests/support/browser.ts,
 *   playwright-core or chrome-launcher, wherever it lives).
 *
 * Every `tests/**\/*.test.ts` file is of exactly one kind, so running all three
 * runs every file. Unit and build files run in parallel
 * (TIJDLIJN_TEST_CONCURRENCY, default 2, the cores of the CI machine), the
 * browser files one at a time beside them; all of them share one folder of
 * builds (TIJDLIJN_SHARED_BUILDS, see tests/support/build.ts), removed at the
 * end. Test files named on the command line narrow the run to them; options
 * (`--test-name-pattern=…`, `--test-only`, …) go to `node --test`; `--list`
 * prints the files with their kind instead of running them.
 */
import { spawn } from 'node:child_process';
import { globSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Kind = 'unit' | 'build' | 'browser';
/**
 * Files that score page speed (Lighthouse's performance, with its total blocking time): beside a lane of
 * builds the CPU they measure is shared, so they run after both lanes, alone.
 */
const ALONE = new Set(['tests/audit/lighthouse.test.ts']);
const KINDS: Kind[] = ['unit', 'build', 'browser'];
/**
 * The longest files of each lane (about a minute or more of wall clock each, see the times the run
 * prints at the end), started first so that none of them is left running alone at the end.
 */
const LONG_FIRST = [
  'tests/build/incremental.test.ts',
  'tests/build/site.test.ts',
  'tests/build/archive.test.ts',
  'tests/checker/robust.test.ts',
  'tests/editor/editor.test.ts',
  'tests/audit/axe.test.ts',
  'tests/import/roundtrip.test.ts',
  'tests/newsroom/newsroom.test.ts',
];
const longFirst = (a: string, b: string) =>
  (LONG_FIRST.includes(a) ? 0 : 1) - (LONG_FIRST.includes(b) ? 0 : 1) || a.localeCompare(b);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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

function runLane(
  files: string[],
  concurrency: number,
  extra: string[],
  env: NodeJS.ProcessEnv,
  output: Output,
): Promise<number> {
  if (files.length === 0) return Promise.resolve(0);
  const args = [
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./tests/support/file-times.ts',
    '--test-reporter-destination=stdout',
    ...extra,
    ...files,
  ];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => output.write(chunk));
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** Where a lane writes: straight to stdout, or held back until `release()` so two lanes' reports do not interleave. */
class Output {
  private held: Buffer[] | undefined;
  constructor(hold: boolean) {
    this.held = hold ? [] : undefined;
  }
  write(chunk: Buffer): void {
    if (this.held) this.held.push(chunk);
    else process.stdout.write(chunk);
  }
  release(): void {
    for (const chunk of this.held ?? []) process.stdout.write(chunk);
    this.held = undefined;
  }
}

async function main(argv: string[]): Promise<number> {
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
  const env = { ...process.env, TIJDLIJN_SHARED_BUILDS: shared };
  const concurrency = Number(process.env.TIJDLIJN_TEST_CONCURRENCY) || 2;
  // Browser files spend much of their time waiting on pages, so two run at once beside the other lane.
  const browserConcurrency = Number(process.env.TIJDLIJN_BROWSER_CONCURRENCY) || 1;
  const of = (...which: Kind[]) =>
    files
      .filter(({ kind, file }) => which.includes(kind) && !ALONE.has(file))
      .map(({ file }) => file)
      .sort(longFirst);
  const alone = files.filter(({ file }) => ALONE.has(file)).map(({ file }) => file);
  try {
    // The browser lane's report waits until the other lane's is out.
    const browserOutput = new Output(true);
    const codes = await Promise.all([
      runLane(of('unit', 'build'), concurrency, extra, env, new Output(false)).finally(() => browserOutput.release()),
      runLane(of('browser'), browserConcurrency, extra, env, browserOutput),
    ]);
    // Scores that measure speed are taken last, with nothing else running on the machine.
    codes.push(await runLane(alone, 1, extra, env, new Output(false)));
    return Math.max(...codes);
  } finally {
    if (ownFolder) rmSync(shared, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
