/**
 * The 10,000-event build as a multiple of a minimal Astro site built in the
 * same run from the same corpus, the warm rebuild, the dev server's edit
 * loop, and the search page in Chromium. Prints figures; never fails on a
 * figure (it fails only if a build fails).
 *
 *   npm run bench [-- --events 10000 --runs 3 --no-dev --no-browser --no-growth --quick --work /tmp/tijdlijn-bench-site --delay 100 --query zutphen …]
 *   --quick (or TIJDLIJN_BENCH_QUICK=1) leaves 30,000 events out of the growth table.
 *
 * Absolute seconds on a shared machine move by a third from one hour to the
 * next; a ratio to a reference measured in the same minutes moves far less.
 * Per run, one after the other:
 *   reference  bench/reference/ (one page per event and an index, Astro's
 *              glob loader without a schema, no checker, feeds or search page)
 *              built cold, then Pagefind over its event pages (bench/reference/build.ts);
 *   cold       the project's `npm run build` (scripts/build.ts) with no cache:
 *              Astro's cacheDir, the snapshot's `.astro/` and the output deleted first;
 *   warm       one event file added, then the same build with the cold build's
 *              cache and output, with the settings a user gets by default;
 *   edit       then one existing event's title and text edited, and built again.
 * Then the growth table: one cold build each at 1,000, 10,000 (the runs' median)
 * and 30,000 events, with its time and peak memory.
 * Every figure printed is the median of the runs (`--runs`, default 3); a ratio
 * is the median of the per-run ratios (each run's reference and project
 * builds ran minutes apart).
 *
 * Phases come from each build's own log, each line stamped as it arrives:
 *   startup       start → "[content] Syncing content" (config, Vite);
 *   content sync  → "[content] Synced content" (checker, loading and rendering Markdown);
 *   bundle        → "generating static routes" (Vite builds scripts and styles);
 *   page render   → the "✓ Completed" after the routes (every page's HTML);
 *   search index  Pagefind, after Astro has exited ("indexed N events in X ms");
 *   rest          everything else (other integrations' build:done hooks, exit).
 * Peak memory is the largest summed RSS of the build's process tree, sampled
 * from /proc every 50 ms.
 *
 * Then `astro dev` on the same corpus (fresh cache): seconds until it says it
 * is ready, until it has served the home page, and, for three edits of one
 * event's title, from saving the file to the event page's HTML showing the new
 * title (polled every 50 ms; the browser's reload adds one page load on top).
 *
 * Then, on the last warm build's output served on 127.0.0.1, in headless
 * Chromium: what each page type fetches (raw and gzipped), and per query the
 * time from the last keystroke (typed a key at a time, `--delay` ms apart) to
 * the first result, with the bytes fetched for it.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';
import { pageWeight, timeQuery, type Fetched, type QueryTiming } from './browser-figures.ts';
import { measureDev, type DevFigures } from './dev-figures.ts';
import { generateCorpus } from './generate-corpus.ts';
import { BIN, ROOT, filesWithSizes, kb, snapshot, table, treeRss } from './support.ts';

const TIME = '/usr/bin/time';
const PHASES = ['startup', 'content sync', 'bundle', 'page render', 'search index', 'rest'] as const;
type Phase = (typeof PHASES)[number];

/** The targets of issues 16 and 21, as ratios (printed beside the figures, never enforced). */
const TARGETS = {
  coldRatio: 1.25,
  peakMb: 2048,
  peak30kMb: 3072,
  warmShare: 0.35,
  devEditS: 2,
  devEdit10kS: 4,
  searchPageKb: 150,
  selectiveMs: 100,
  broadMs: 250,
};

interface BuildFigures {
  label: 'reference' | 'cold' | 'warm' | 'edit';
  wallS: number;
  cpuS: number | undefined;
  peakMb: number;
  phases: Record<Phase, { s: number; peakMb: number }>;
  /** Mean render ms per page, by page type, from Astro's route log. */
  renderMs: Map<string, { pages: number; ms: number }>;
  load: number;
}

interface RunFigures {
  reference: BuildFigures;
  cold: BuildFigures;
  warm: BuildFigures;
  edit: BuildFigures;
}

/** The page type of an output path: its first folder (a year: the archive), or the file itself at the top. */
function pageType(path: string): string {
  const [first, ...rest] = path.split('/');
  if (path === 'index.html') return 'timeline';
  if (/^\d{4}$/.test(first!)) return 'archive';
  return rest.length ? first! : first!.replace(/\.html$/, '');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function build(
  label: BuildFigures['label'],
  root: string,
  script: string,
  env: Record<string, string>,
  log: string,
): Promise<BuildFigures> {
  const useTime = existsSync(TIME);
  const timeFile = `${log}.time`;
  const buildSite = [join(BIN, 'node'), script];
  const command = useTime ? [TIME, '-v', '-o', timeFile, ...buildSite] : buildSite;
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...process.env, PATH: `${BIN}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Array<{ at: number; text: string }> = [];
  let partial = '';
  const collect = (chunk: Buffer) => {
    const at = performance.now() - started;
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop()!;
    for (const text of parts) lines.push({ at, text });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const samples: Array<{ at: number; rss: number }> = [];
  const sampler = setInterval(() => samples.push({ at: performance.now() - started, rss: treeRss(child.pid!) }), 50);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const wall = performance.now() - started;
  clearInterval(sampler);
  if (partial) lines.push({ at: wall, text: partial });
  writeFileSync(log, lines.map(({ at, text }) => `${(at / 1000).toFixed(3).padStart(8)} ${text}`).join('\n'));
  if (code !== 0)
    throw new Error(
      `${label} build failed (exit ${code}); see ${log}:\n${lines
        .slice(-30)
        .map((line) => line.text)
        .join('\n')}`,
    );

  const when = (pattern: RegExp, after = 0) => lines.find((line) => line.at >= after && pattern.test(line.text));
  const syncing = when(/\[content\] Syncing content/)?.at ?? 0;
  const synced = when(/\[content\] Synced content/)?.at ?? syncing;
  const routes = when(/generating static routes/)?.at ?? synced;
  const rendered = when(/^\S+ ✓ Completed in/, routes)?.at ?? routes;
  const indexedLine = when(/indexed \d+ events in \d+ ms/);
  const indexedMs = Number(/indexed \d+ events in (\d+) ms/.exec(indexedLine?.text ?? '')?.[1] ?? 0);
  const indexEnd = indexedLine?.at ?? rendered;
  const indexStart = Math.max(rendered, indexEnd - indexedMs);
  const windows: Record<Phase, Array<[number, number]>> = {
    startup: [[0, syncing]],
    'content sync': [[syncing, synced]],
    bundle: [[synced, routes]],
    'page render': [[routes, rendered]],
    'search index': [[indexStart, indexEnd]],
    rest: [
      [rendered, indexStart],
      [indexEnd, wall],
    ],
  };
  const peakIn = (ranges: Array<[number, number]>) =>
    Math.max(
      0,
      ...samples.filter(({ at }) => ranges.some(([from, to]) => at >= from && at <= to)).map(({ rss }) => rss),
    ) /
    2 ** 20;
  const phases = Object.fromEntries(
    PHASES.map((phase) => [
      phase,
      {
        s: windows[phase].reduce((sum, [from, to]) => sum + Math.max(0, to - from), 0) / 1000,
        peakMb: peakIn(windows[phase]),
      },
    ]),
  ) as BuildFigures['phases'];

  const renderMs = new Map<string, { pages: number; ms: number }>();
  for (const { text } of lines) {
    const match = /[├└]─ \/(\S+) \(\+([\d.]+)(ms|s)\)/.exec(text);
    if (!match) continue;
    const type = pageType(match[1]!);
    const entry = renderMs.get(type) ?? { pages: 0, ms: 0 };
    entry.pages++;
    entry.ms += Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    renderMs.set(type, entry);
  }

  let cpuS: number | undefined;
  if (useTime) {
    const report = readFileSync(timeFile, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1] ?? NaN);
    cpuS = field('User time \\(seconds\\)') + field('System time \\(seconds\\)');
  }
  return {
    label,
    wallS: wall / 1000,
    cpuS,
    peakMb: Math.max(0, ...samples.map(({ rss }) => rss)) / 2 ** 20,
    phases,
    renderMs,
    load: loadavg()[0]!,
  };
}

/** One more event, for the warm build: ids taken from the corpus's own taxonomy. */
function addEvent(content: string): string {
  const firstId = (file: string) => /^([a-z0-9-]+):\s*$/m.exec(readFileSync(join(content, file), 'utf8'))?.[1];
  const id = 'bench-extra-gebeurtenis';
  writeFileSync(
    join(content, 'events', `${id}.md`),
    [
      '---',
      'title: Extra gebeurtenis voor de warme bouw',
      'date: 2025-06-02',
      'summary: Eén gebeurtenis erbij, om de bouw met een warme cache te meten.',
      `organisations: [${firstId('organisations.yaml')}]`,
      `tags: [${firstId('tags.yaml')}]`,
      'sources:',
      '  - title: Benchmark',
      '    date: 2025-06-02',
      '    language: nl',
      '---',
      'Een gebeurtenis die de benchmark toevoegt, na de koude bouw.',
      '',
    ].join('\n'),
  );
  return id;
}

/** Edits the title and the first line of the text of the corpus's first event: a rebuild after an edit. */
function editEvent(content: string): string {
  const name = readdirSync(join(content, 'events')).sort()[0]!;
  const file = join(content, 'events', name);
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text
      .replace(/^title: (.*)$/m, 'title: $1 (bijgewerkt)')
      .replace(/\n---\n/, '\n---\nBijgewerkt na de koude bouw.\n\n'),
  );
  return name.replace(/\.md$/, '');
}

/** bench/reference/ copied to `<work>/reference` with the project's node_modules linked in. */
function referenceRoot(work: string): string {
  const root = join(work, 'reference');
  rmSync(root, { recursive: true, force: true });
  cpSync(join(ROOT, 'bench/reference'), root, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  return root;
}

async function runOnce(
  run: number,
  events: number,
  work: string,
  root: string,
  reference: string,
): Promise<RunFigures> {
  const corpus = `/tmp/corpus-${events}`;
  const content = join(work, `content-${events}`);
  const outDir = join(work, `dist-${events}`);
  const cacheDir = join(work, `cache-${events}`);
  // Inside the reference's folder: Astro runs the prerender chunks from the output folder, and they
  // find Astro's own packages only through a node_modules above them.
  const referenceOut = join(reference, 'dist');
  const referenceCache = join(work, `reference-cache-${events}`);
  for (const dir of [
    content,
    outDir,
    cacheDir,
    referenceOut,
    referenceCache,
    join(root, '.astro'),
    join(reference, '.astro'),
  ])
    rmSync(dir, { recursive: true, force: true });
  cpSync(corpus, content, { recursive: true });

  console.log(`run ${run}: reference …`);
  const ref = await build(
    'reference',
    reference,
    'build.ts',
    { REFERENCE_CONTENT: corpus, REFERENCE_OUT_DIR: referenceOut, REFERENCE_CACHE_DIR: referenceCache },
    join(work, `build-${events}-reference-${run}.log`),
  );
  console.log(`  ${ref.wallS.toFixed(1)} s, peak ${ref.peakMb.toFixed(0)} MB`);
  const env = {
    TIJDLIJN_CONTENT: content,
    TIJDLIJN_OUT_DIR: outDir,
    TIJDLIJN_CACHE_DIR: cacheDir,
    TIJDLIJN_MARKDOWN: '',
  };
  console.log(`run ${run}: cold build …`);
  const cold = await build('cold', root, 'scripts/build.ts', env, join(work, `build-${events}-cold-${run}.log`));
  console.log(`  ${cold.wallS.toFixed(1)} s, peak ${cold.peakMb.toFixed(0)} MB`);
  const added = addEvent(content);
  console.log(`run ${run}: warm build after adding ${added} …`);
  const warm = await build('warm', root, 'scripts/build.ts', env, join(work, `build-${events}-warm-${run}.log`));
  console.log(`  ${warm.wallS.toFixed(1)} s, peak ${warm.peakMb.toFixed(0)} MB`);
  if (!existsSync(join(outDir, 'gebeurtenis', added, 'index.html')))
    throw new Error(`the warm build has no page for ${added}`);
  const edited = editEvent(content);
  console.log(`run ${run}: warm build after editing ${edited} …`);
  const edit = await build('edit', root, 'scripts/build.ts', env, join(work, `build-${events}-edit-${run}.log`));
  console.log(`  ${edit.wallS.toFixed(1)} s, peak ${edit.peakMb.toFixed(0)} MB`);
  if (!readFileSync(join(outDir, 'gebeurtenis', edited, 'index.html'), 'utf8').includes('(bijgewerkt)'))
    throw new Error(`the edit build does not show the edited title of ${edited}`);
  return { reference: ref, cold, warm, edit };
}

const s = (value: number) => value.toFixed(1);
const x = (value: number) => `${value.toFixed(2)} ×`;
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');

function buildReport(events: number, runs: RunFigures[]): string {
  const out: string[] = [
    `\n=== ${events} events: the project's build as a multiple of the reference (median of ${runs.length}) ===`,
  ];
  const phase = (figures: BuildFigures, name: Phase | 'total') =>
    name === 'total' ? figures.wallS : figures.phases[name].s;
  const rows = [...PHASES, 'total' as const].map((name) => {
    const ratios = runs.map((run) => phase(run.cold, name) / Math.max(0.001, phase(run.reference, name)));
    return [
      name,
      s(median(runs.map((run) => phase(run.reference, name)))),
      s(median(runs.map((run) => phase(run.cold, name)))),
      // Phases the reference has almost none of (its "rest") have no meaningful ratio.
      median(runs.map((run) => phase(run.reference, name))) < 0.5 ? '–' : x(median(ratios)),
      s(median(runs.map((run) => phase(run.warm, name)))),
      s(median(runs.map((run) => phase(run.edit, name)))),
    ];
  });
  out.push(table([['phase', 'reference s', 'cold s', 'cold ÷ reference', 'added s', 'edited s'], ...rows]));
  out.push(
    table([
      ['', 'reference', 'cold', 'added', 'edited'],
      [
        'peak memory MB',
        ...(['reference', 'cold', 'warm', 'edit'] as const).map((label) =>
          median(runs.map((run) => run[label].peakMb)).toFixed(0),
        ),
      ],
      [
        'cpu s (user+sys)',
        ...(['reference', 'cold', 'warm', 'edit'] as const).map((label) => {
          const cpu = runs.map((run) => run[label].cpuS).filter((value): value is number => value !== undefined);
          return cpu.length ? s(median(cpu)) : '–';
        }),
      ],
      [
        'each run, wall s',
        ...(['reference', 'cold', 'warm', 'edit'] as const).map((label) =>
          runs.map((run) => s(run[label].wallS)).join(' / '),
        ),
      ],
      [
        'load average after',
        ...(['reference', 'cold', 'warm', 'edit'] as const).map((label) =>
          runs.map((run) => run[label].load.toFixed(1)).join(' / '),
        ),
      ],
    ]),
  );
  return out.join('\n');
}

function renderReport(run: RunFigures): string {
  const rows = [...run.cold.renderMs]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([type, { pages, ms }]) => [type, String(pages), (ms / 1000).toFixed(1), (ms / pages).toFixed(2)]);
  return `\nAstro's render log, last cold build:\n${table([['page type', 'pages', 'total s', 'ms/page'], ...rows])}`;
}

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '3' },
    work: { type: 'string', default: '/tmp/tijdlijn-bench-site' },
    query: { type: 'string', multiple: true },
    broad: { type: 'string', default: 'gemeente' },
    delay: { type: 'string', default: '100' },
    'no-dev': { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    'no-growth': { type: 'boolean', default: false },
    quick: { type: 'boolean', default: process.env.TIJDLIJN_BENCH_QUICK === '1' },
  },
});
const events = Number(values.events);
const runCount = Number(values.runs);
const queries = values.query ?? ['zutphen', 'ziekenhuis', 'utrecht', values.broad!];
const work = resolve(values.work);
mkdirSync(work, { recursive: true });
console.log(`Node ${process.version}; ${events} events, ${runCount} runs; logs in ${work}`);
const corpus = `/tmp/corpus-${events}`;
if (!existsSync(join(corpus, 'events'))) {
  console.log(`Generating ${events} events in ${corpus} …`);
  generateCorpus({ events, seed: 1, out: corpus });
}
const root = snapshot(work);
const reference = referenceRoot(work);
const runs: RunFigures[] = [];
for (let run = 1; run <= runCount; run++) runs.push(await runOnce(run, events, work, root, reference));

/** The corpus of `size` events, generated once into /tmp/corpus-<size>. */
function corpusOf(size: number): string {
  const folder = `/tmp/corpus-${size}`;
  if (!existsSync(join(folder, 'events'))) {
    console.log(`Generating ${size} events in ${folder} …`);
    generateCorpus({ events: size, seed: 1, out: folder });
  }
  return folder;
}

/** Cold time and peak memory by corpus size: the run's median where the size is the runs' own. */
const growth: Array<{ events: number; wallS: number; peakMb: number }> = [];
if (!values['no-growth']) {
  for (const size of [1000, 10000, ...(values.quick ? [] : [30000])]) {
    if (size === events) {
      growth.push({
        events: size,
        wallS: median(runs.map((run) => run.cold.wallS)),
        peakMb: median(runs.map((run) => run.cold.peakMb)),
      });
      continue;
    }
    const content = join(work, `growth-content-${size}`);
    const outDir = join(work, `growth-dist-${size}`);
    const cacheDir = join(work, `growth-cache-${size}`);
    for (const dir of [content, outDir, cacheDir, join(root, '.astro')]) rmSync(dir, { recursive: true, force: true });
    cpSync(corpusOf(size), content, { recursive: true });
    console.log(`growth: cold build of ${size} events …`);
    const env = {
      TIJDLIJN_CONTENT: content,
      TIJDLIJN_OUT_DIR: outDir,
      TIJDLIJN_CACHE_DIR: cacheDir,
      TIJDLIJN_MARKDOWN: '',
    };
    const cold = await build('cold', root, 'scripts/build.ts', env, join(work, `build-${size}-growth.log`));
    console.log(`  ${cold.wallS.toFixed(1)} s, peak ${cold.peakMb.toFixed(0)} MB`);
    growth.push({ events: size, wallS: cold.wallS, peakMb: cold.peakMb });
    for (const dir of [content, outDir, cacheDir]) rmSync(dir, { recursive: true, force: true });
  }
}

/** The dev loop at 1,000 events and at the runs' size. */
const devLoops = new Map<number, DevFigures>();
if (!values['no-dev']) {
  for (const size of [...new Set([1000, events])]) {
    console.log(`astro dev, ${size} events …`);
    const content = join(work, `dev-content-${size}`);
    rmSync(content, { recursive: true, force: true });
    cpSync(corpusOf(size), content, { recursive: true });
    devLoops.set(size, await measureDev(root, content, join(work, `dev-cache-${size}`), join(work, `dev-${size}.log`)));
  }
}

const outDir = join(work, `dist-${events}`);
const types: Array<{ type: string; pages: number; largest: number; fetched: Fetched; url: string }> = [];
const timings: QueryTiming[] = [];
if (!values['no-browser']) {
  const html = filesWithSizes(outDir)
    .filter(({ path }) => path.endsWith('.html'))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const groups = new Map<string, typeof html>();
  for (const file of html) groups.set(pageType(file.path), [...(groups.get(pageType(file.path)) ?? []), file]);
  const site = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    for (const [type, pages] of groups) {
      const sample = pages[0]!.path;
      const url = `${site.url}${sample.replace(/(^|\/)index\.html$/, '$1')}`;
      types.push({
        type,
        url: `/${sample}`,
        pages: pages.length,
        largest: Math.max(...pages.map(({ size }) => size)),
        fetched: await pageWeight(browser, url, type === 'zoeken'),
      });
    }
    for (const query of queries) {
      // Three times each, the median reported.
      const tries: QueryTiming[] = [];
      for (let i = 0; i < 3; i++)
        tries.push(await timeQuery(browser, `${site.url}zoeken/`, query, Number(values.delay)));
      tries.sort((a, b) => a.firstResultMs - b.firstResultMs);
      timings.push(tries[1]!);
    }
  } finally {
    await browser.close();
    await site.close();
  }
}

console.log(buildReport(events, runs));
console.log(renderReport(runs.at(-1)!));
for (const [size, loop] of devLoops) {
  console.log(
    `\nastro dev, ${size} events, fresh cache: ready after ${s(loop.readyS)} s, home page served after ${s(loop.firstPageS)} s; an edited title on its page after ${loop.editS.map((value) => value.toFixed(2)).join(' / ')} s (median ${median(loop.editS).toFixed(2)} s)`,
  );
}
if (growth.length) {
  console.log(
    `\nGrowth: cold build (npm run build, no cache) by corpus size\n${table([
      ['events', 'cold s', 's per 1,000 events', 'peak memory MB'],
      ...growth.map(({ events: size, wallS, peakMb }) => [
        String(size),
        s(wallS),
        s((wallS / size) * 1000),
        peakMb.toFixed(0),
      ]),
    ])}`,
  );
}
if (types.length) {
  console.log('');
  console.log(
    table([
      ['page type', 'pages', 'largest HTML', 'JS', 'search data', 'all fetched', 'gzipped', 'sample'],
      ...types.map(({ type, pages, largest, fetched, url }) => [
        type,
        String(pages),
        kb(largest),
        kb(fetched.js),
        kb(fetched.searchData),
        kb(fetched.total),
        kb(fetched.compressed),
        url,
      ]),
    ]),
  );
  console.log('');
  console.log(
    table([
      ['query (typed), median of 3', 'results', 'first result ms', 'fetched', 'gzipped'],
      ...timings.map(({ query, summary, firstResultMs, fetched }) => [
        query,
        /^[\d.]+/.exec(summary)?.[0] ?? summary,
        firstResultMs.toFixed(0),
        kb(fetched.total),
        kb(fetched.compressed),
      ]),
    ]),
  );
}

const rows: string[][] = [['target', 'measured', '']];
const coldRatio = median(runs.map((run) => run.cold.wallS / run.reference.wallS));
rows.push([
  `cold build incl. search index ≤ ${TARGETS.coldRatio} × reference`,
  x(coldRatio),
  met(coldRatio <= TARGETS.coldRatio),
]);
const peak = median(runs.map((run) => Math.max(run.cold.peakMb, run.warm.peakMb)));
rows.push([
  `peak memory at ${events} events ≤ ${TARGETS.peakMb} MB`,
  `${peak.toFixed(0)} MB`,
  met(peak <= TARGETS.peakMb),
]);
const warmShare = median(runs.map((run) => run.warm.wallS / run.cold.wallS));
rows.push([
  `rebuild after adding one event ≤ ${TARGETS.warmShare} × cold`,
  x(warmShare),
  met(warmShare <= TARGETS.warmShare),
]);
const editShare = median(runs.map((run) => run.edit.wallS / run.cold.wallS));
rows.push([
  `rebuild after editing one event ≤ ${TARGETS.warmShare} × cold`,
  x(editShare),
  met(editShare <= TARGETS.warmShare),
]);
for (const [size, loop] of devLoops) {
  const limit = size <= 1000 ? TARGETS.devEditS : TARGETS.devEdit10kS;
  rows.push([
    `dev, ${size} events: saved edit shown ≤ ${limit} s`,
    `${median(loop.editS).toFixed(2)} s`,
    met(median(loop.editS) <= limit),
  ]);
}
const largest = growth.find(({ events: size }) => size === 30000);
if (largest)
  rows.push([
    `peak memory at 30,000 events ≤ ${TARGETS.peak30kMb} MB`,
    `${largest.peakMb.toFixed(0)} MB`,
    met(largest.peakMb <= TARGETS.peak30kMb),
  ]);
const searchPage = types.find(({ type }) => type === 'zoeken');
if (searchPage)
  rows.push([
    `search page before typing ≤ ${TARGETS.searchPageKb} KB gzipped`,
    kb(searchPage.fetched.compressed),
    met(searchPage.fetched.compressed <= TARGETS.searchPageKb * 1024),
  ]);
for (const timing of timings) {
  const broad = timing.query === values.broad;
  const limit = broad ? TARGETS.broadMs : TARGETS.selectiveMs;
  rows.push([
    `"${timing.query}" (${broad ? 'broad' : 'selective'}): first results ≤ ${limit} ms`,
    `${timing.firstResultMs.toFixed(0)} ms`,
    met(timing.firstResultMs <= limit),
  ]);
}
console.log(`\n=== targets at ${events} events ===\n${table(rows)}`);
