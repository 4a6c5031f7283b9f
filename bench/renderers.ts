/**
 * Build time and memory of the two Markdown renderers on a synthetic corpus.
 *
 *   npm run bench:renderers [-- --events 3000 --runs 3 --corpus /tmp/corpus-3000 --work /tmp/tijdlijn-bench]
 *
 * The builds run in a snapshot of the project taken at the start (src,
 * public and the config files copied to `<work>/root`, node_modules linked),
 * not in the checkout itself: Astro 7 writes a build whose output folder lies
 * outside the working directory to `<cwd>/.astro/.prerender/` first, so two
 * builds in one checkout (say this benchmark and the build tests) overwrite
 * each other's files. The snapshot also keeps edits made meanwhile out of the
 * figures.
 *
 * Every build starts cold. Astro 7 keeps the content data store
 * (data-store.json) in its cacheDir, `node_modules/.astro/` by default; the
 * benchmark points that at `<work>/cache` (TIJDLIJN_CACHE_DIR, as the build
 * tests do). Before each build that cache, the snapshot's generated `.astro/`
 * folder and the output folder are deleted. Renderers alternate, and the
 * order flips every round (S U, U S, S U, …) so drift does not favour one.
 *
 * Per build it records:
 *   wall s   wall time of `astro build`;
 *   sync s   Astro's own timing of its sync step (content checker, loading and
 *            rendering every event's Markdown): the only phase where the
 *            renderer matters; page generation and Pagefind come after it;
 *   cpu s    user + system time of the process tree (from /usr/bin/time -v);
 *   peak RSS the peak of the summed RSS of the whole process tree (Astro's
 *            Node process and children such as Pagefind), sampled from /proc
 *            every 50 ms;
 *   max RSS  the largest single process's max RSS, as the kernel reports it
 *            (from /usr/bin/time -v, when that exists);
 *   load     the 1-minute load average after the build: other work on the
 *            machine skews wall times.
 * It prints figures only; it does not pass or fail.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';
import { BIN, ROOT, snapshot, table, treeRss } from './support.ts';

const TIME = '/usr/bin/time';

interface Renderer {
  name: string;
  env: Record<string, string>;
}
const RENDERERS: Renderer[] = [
  { name: 'satteri', env: { TIJDLIJN_MARKDOWN: '' } }, // empty: the default, whatever the caller's shell says
  { name: 'unified', env: { TIJDLIJN_MARKDOWN: 'unified' } },
];

interface Result {
  renderer: string;
  run: number;
  wallS: number;
  cpuS: number | undefined;
  syncS: number | undefined;
  treeRssMb: number;
  maxRssMb: number | undefined;
  load: number;
  pages: number;
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
}

/** One cold build in `root`; the log goes to `<work>/<renderer>-<run>.log`. */
async function build(renderer: Renderer, run: number, corpus: string, work: string, root: string): Promise<Result> {
  const outDir = join(work, `dist-${renderer.name}`);
  const cacheDir = join(work, 'cache');
  for (const dir of [cacheDir, join(root, '.astro'), outDir]) rmSync(dir, { recursive: true, force: true });

  const log = join(work, `${renderer.name}-${run}.log`);
  const timeFile = join(work, `${renderer.name}-${run}.time`);
  const useTime = existsSync(TIME);
  const command = useTime ? [TIME, '-v', '-o', timeFile, join(BIN, 'astro'), 'build'] : [join(BIN, 'astro'), 'build'];
  const env = {
    ...process.env,
    PATH: `${BIN}:${process.env.PATH}`, // the astro bin's `#!/usr/bin/env node` must find Node 24
    TIJDLIJN_CONTENT: corpus,
    TIJDLIJN_OUT_DIR: outDir,
    TIJDLIJN_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...renderer.env,
  };

  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRss(child.pid!));
  }, 50);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wallS = (performance.now() - started) / 1000;
  clearInterval(sampler);

  const text = Buffer.concat(output).toString();
  writeFileSync(log, text);
  if (code !== 0) {
    throw new Error(`${renderer.name} run ${run} failed (exit ${code}); see ${log}:\n${text.slice(-2000)}`);
  }
  const load = loadavg()[0]!;
  // Astro logs the end of the content sync as "[types] Generated 4.35s".
  const sync = /\[types\] Generated ([\d.]+)s/.exec(text)?.[1];
  const report = useTime ? readFileSync(timeFile, 'utf8') : '';
  const field = (name: string) => {
    const value = new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1];
    return value === undefined ? undefined : Number(value);
  };
  const [user, system, maxRssKb] = [
    field('User time \\(seconds\\)'),
    field('System time \\(seconds\\)'),
    field('Maximum resident set size \\(kbytes\\)'),
  ];
  return {
    renderer: renderer.name,
    run,
    wallS,
    syncS: sync === undefined ? undefined : Number(sync),
    cpuS: user !== undefined && system !== undefined ? user + system : undefined,
    treeRssMb: peak / 2 ** 20,
    maxRssMb: maxRssKb !== undefined ? maxRssKb / 1024 : undefined,
    load,
    pages: countHtml(outDir),
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * How the event pages of the two last builds differ: byte-identical, equal
 * once whitespace between tags is ignored, or different in content. Asset
 * file names are normalised first (their hashes may differ between builds).
 */
function compareEventPages(a: string, b: string): string {
  const normaliseAssets = (html: string) => html.replace(/(\/_astro\/[\w-]+)\.[\w-]{8}\.(css|js)/g, '$1.$2');
  const normaliseSpace = (html: string) => html.replace(/>\s+</g, '><').trim();
  const counts = { identical: 0, whitespaceOnly: 0, different: 0 };
  const examples: string[] = [];
  const ids = readdirSync(join(a, 'gebeurtenis'));
  for (const id of ids) {
    const x = normaliseAssets(readFileSync(join(a, 'gebeurtenis', id, 'index.html'), 'utf8'));
    const y = normaliseAssets(readFileSync(join(b, 'gebeurtenis', id, 'index.html'), 'utf8'));
    if (x === y) counts.identical++;
    else if (normaliseSpace(x) === normaliseSpace(y)) counts.whitespaceOnly++;
    else {
      counts.different++;
      if (examples.length < 3) {
        const [p, q] = [normaliseSpace(x), normaliseSpace(y)];
        let i = 0;
        while (p[i] === q[i]) i++;
        examples.push(
          `  ${id}:\n    ${RENDERERS[0]!.name}: …${p.slice(Math.max(0, i - 60), i + 100)}…\n    ${RENDERERS[1]!.name}: …${q.slice(Math.max(0, i - 60), i + 100)}…`,
        );
      }
    }
  }
  return [
    `Event pages (${ids.length}): ${counts.identical} byte-identical, ${counts.whitespaceOnly} differ only in whitespace between tags, ${counts.different} differ in content.`,
    ...examples,
  ].join('\n');
}

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '3000' },
    runs: { type: 'string', default: '3' },
    corpus: { type: 'string' },
    work: { type: 'string', default: '/tmp/tijdlijn-bench' },
  },
});
const events = Number(values.events);
const runs = Number(values.runs);
const corpus = resolve(values.corpus ?? `/tmp/corpus-${events}`);
const work = resolve(values.work);
mkdirSync(work, { recursive: true });

if (!existsSync(join(corpus, 'events'))) {
  console.log(`Generating ${events} events in ${corpus} …`);
  generateCorpus({ events, seed: 1, out: corpus });
}
// The figures belong to the code as it was: name the commit and whether the tree had changes.
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const changed = git('status', '--porcelain', '--untracked-files=no').split('\n').filter(Boolean).length;
console.log(
  `Code at ${git('rev-parse', '--short', 'HEAD')}${changed ? ` plus ${changed} changed tracked file(s)` : ''}; Node ${process.version}`,
);
console.log(
  `Corpus ${corpus} (${readdirSync(join(corpus, 'events')).length} events); ${runs} cold builds per renderer; logs in ${work}`,
);

const root = snapshot(work);
const results: Result[] = [];
for (let run = 1; run <= runs; run++) {
  const order = run % 2 === 1 ? RENDERERS : [...RENDERERS].reverse();
  for (const renderer of order) {
    const result = await build(renderer, run, corpus, work, root);
    console.log(
      `  ${result.renderer} run ${run}: ${result.wallS.toFixed(1)} s, ${result.treeRssMb.toFixed(0)} MB, load ${result.load.toFixed(1)}`,
    );
    results.push(result);
  }
}

const fixed = (digits: number) => (value: number | undefined) => (value === undefined ? '–' : value.toFixed(digits));
const mb = fixed(0);
const seconds = fixed(2);
console.log();
console.log(
  table([
    ['renderer', 'run', 'wall s', 'sync s', 'cpu s', 'peak RSS MB (tree)', 'max RSS MB (1 proc)', 'load', 'pages'],
    ...results.map((r) => [
      r.renderer,
      String(r.run),
      seconds(r.wallS),
      seconds(r.syncS),
      seconds(r.cpuS),
      mb(r.treeRssMb),
      mb(r.maxRssMb),
      r.load.toFixed(1),
      String(r.pages),
    ]),
  ]),
);
console.log();
console.log(
  table([
    [
      'renderer',
      'median wall s',
      'median sync s',
      'median cpu s',
      'median peak RSS MB (tree)',
      'median max RSS MB (1 proc)',
    ],
    ...RENDERERS.map(({ name }) => {
      const mine = results.filter((r) => r.renderer === name);
      const med = (pick: (r: Result) => number | undefined) => {
        const values = mine.map(pick).filter((v): v is number => v !== undefined);
        return values.length ? median(values) : undefined;
      };
      return [
        name,
        seconds(med((r) => r.wallS)),
        seconds(med((r) => r.syncS)),
        seconds(med((r) => r.cpuS)),
        mb(med((r) => r.treeRssMb)),
        mb(med((r) => r.maxRssMb)),
      ];
    }),
  ]),
);
console.log();
console.log(compareEventPages(join(work, `dist-${RENDERERS[0]!.name}`), join(work, `dist-${RENDERERS[1]!.name}`)));
