/**
 * The whole site at scale: build time and memory per phase, output size,
 * page sizes and weights, and search speed in Chromium, for synthetic
 * corpora of growing size. Prints figures and the targets they meet or
 * miss; never fails on a missed target (it fails only if a build fails).
 *
 *   npm run bench [-- --events 1000 --events 10000 --work /tmp/tijdlijn-bench-site --delay 100 --query zutphen …]
 *
 * Per corpus size (bench/generate-corpus.ts, seed 1, in /tmp/corpus-<n>,
 * generated when missing and copied, so the corpus itself never changes):
 *   cold  `npm run build` (scripts/build.ts) with no cache: Astro's cacheDir (TIJDLIJN_CACHE_DIR),
 *         the snapshot's `.astro/` and the output folder deleted first;
 *   warm  one more event file added, then the same build again with the cache,
 *         `.astro/` and the output of the cold build kept.
 * Builds run in a snapshot of the project (bench/support.ts), one at a time.
 *
 * Phases come from the build's own log, each line stamped as it arrives:
 *   startup       start → "[content] Syncing content" (config, Vite);
 *   content sync  → "[content] Synced content" (checker, loading and rendering Markdown);
 *   bundle        → "generating static routes" (Vite builds scripts and styles);
 *   page render   → the "✓ Completed" after the routes (every page's HTML);
 *   search index  Pagefind, run by scripts/build.ts after Astro has exited and timed
 *                 by it ("indexed N events in X ms");
 *   rest          everything else (other integrations' build:done hooks, exit).
 * Peak memory is the largest summed RSS of the build's process tree, sampled
 * from /proc every 50 ms, within each phase. Astro also logs every page with
 * its render time; the mean per page type shows whether the cost of one page
 * grows with the number of events (it must not).
 *
 * Then, on the warm build's output served on 127.0.0.1: the bytes each page
 * type fetches in Chromium, and per query the time from the last keystroke
 * (typed a key at a time, `--delay` ms apart) to the first result, with the
 * bytes fetched for it.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/server.ts';
import { pageWeight, timeQuery, type Fetched, type QueryTiming } from './browser-figures.ts';
import { generateCorpus } from './generate-corpus.ts';
import { BIN, filesWithSizes, kb, snapshot, table, treeRss } from './support.ts';

const TIME = '/usr/bin/time';
const PHASES = ['startup', 'content sync', 'bundle', 'page render', 'search index', 'rest'] as const;
type Phase = (typeof PHASES)[number];

const TARGETS = {
  coldS: 45,
  peakMb: 2048,
  warmShare: 0.5,
  htmlKb: 250,
  queryKb: 150,
  firstResultMs: 100,
};

interface BuildFigures {
  label: 'cold' | 'warm';
  wallS: number;
  cpuS: number | undefined;
  peakMb: number;
  phases: Record<Phase, { s: number; peakMb: number }>;
  /** Mean render ms per page, by page type, from Astro's route log. */
  renderMs: Map<string, { pages: number; ms: number }>;
  load: number;
}

interface SizeFigures {
  events: number;
  cold: BuildFigures;
  warm: BuildFigures;
  output: { bytes: number; files: number; htmlPages: number; htmlBytes: number; pagefindBytes: number };
  largest: Array<{ path: string; size: number }>;
  overLimit: Array<{ path: string; size: number }>;
  types: Array<{ type: string; url: string; pages: number; largest: number; fetched: Fetched }>;
  queries: QueryTiming[];
}

/** The page type of an output path: its first folder (a year: the archive), or the file itself at the top. */
function pageType(path: string): string {
  const [first, ...rest] = path.split('/');
  if (path === 'index.html') return 'timeline';
  if (/^\d{4}$/.test(first!)) return 'archive';
  return rest.length ? first! : first!.replace(/\.html$/, '');
}

async function build(label: 'cold' | 'warm', root: string, env: Record<string, string>, log: string): Promise<BuildFigures> {
  const useTime = existsSync(TIME);
  const timeFile = `${log}.time`;
  const buildSite = [join(BIN, 'node'), 'scripts/build.ts'];
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
  if (code !== 0) throw new Error(`${label} build failed (exit ${code}); see ${log}:\n${lines.slice(-30).map((line) => line.text).join('\n')}`);

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
    rest: [[rendered, indexStart], [indexEnd, wall]],
  };
  const peakIn = (ranges: Array<[number, number]>) =>
    Math.max(0, ...samples.filter(({ at }) => ranges.some(([from, to]) => at >= from && at <= to)).map(({ rss }) => rss)) / 2 ** 20;
  const phases = Object.fromEntries(
    PHASES.map((phase) => [phase, { s: windows[phase].reduce((sum, [from, to]) => sum + Math.max(0, to - from), 0) / 1000, peakMb: peakIn(windows[phase]) }]),
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
  return { label, wallS: wall / 1000, cpuS, peakMb: Math.max(0, ...samples.map(({ rss }) => rss)) / 2 ** 20, phases, renderMs, load: loadavg()[0]! };
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

async function measureSize(events: number, work: string, root: string, queries: string[], delay: number): Promise<SizeFigures> {
  const corpus = `/tmp/corpus-${events}`;
  if (!existsSync(join(corpus, 'events'))) {
    console.log(`Generating ${events} events in ${corpus} …`);
    generateCorpus({ events, seed: 1, out: corpus });
  }
  const content = join(work, `content-${events}`);
  const outDir = join(work, `dist-${events}`);
  const cacheDir = join(work, `cache-${events}`);
  for (const dir of [content, outDir, cacheDir, join(root, '.astro')]) rmSync(dir, { recursive: true, force: true });
  cpSync(corpus, content, { recursive: true });
  const env = { TIJDLIJN_CONTENT: content, TIJDLIJN_OUT_DIR: outDir, TIJDLIJN_CACHE_DIR: cacheDir, TIJDLIJN_MARKDOWN: '' };

  console.log(`\n${events} events: cold build …`);
  const cold = await build('cold', root, env, join(work, `build-${events}-cold.log`));
  console.log(`  ${cold.wallS.toFixed(1)} s, peak ${cold.peakMb.toFixed(0)} MB`);
  const added = addEvent(content);
  console.log(`${events} events: warm build after adding ${added} …`);
  const warm = await build('warm', root, env, join(work, `build-${events}-warm.log`));
  console.log(`  ${warm.wallS.toFixed(1)} s, peak ${warm.peakMb.toFixed(0)} MB`);
  if (!existsSync(join(outDir, 'gebeurtenis', added, 'index.html'))) throw new Error(`the warm build has no page for ${added}`);

  const files = filesWithSizes(outDir);
  const html = files.filter(({ path }) => path.endsWith('.html'));
  const bySize = [...html].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
  const output = {
    bytes: files.reduce((sum, { size }) => sum + size, 0),
    files: files.length,
    htmlPages: html.length,
    htmlBytes: html.reduce((sum, { size }) => sum + size, 0),
    pagefindBytes: files.filter(({ path }) => path.startsWith('pagefind/')).reduce((sum, { size }) => sum + size, 0),
  };

  // One page per type (the first in path order), and each type's largest page.
  const typeGroups = new Map<string, typeof html>();
  for (const file of [...html].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const type = pageType(file.path);
    typeGroups.set(type, [...(typeGroups.get(type) ?? []), file]);
  }
  const site = await serveStatic(outDir);
  const browser = await launchBrowser();
  const types: SizeFigures['types'] = [];
  const queryTimings: QueryTiming[] = [];
  try {
    for (const [type, pages] of typeGroups) {
      const sample = pages[0]!.path;
      const url = `${site.url}${sample.replace(/(^|\/)index\.html$/, '$1')}`;
      const fetched = await pageWeight(browser, url, type === 'zoeken');
      types.push({ type, url: `/${sample}`, pages: pages.length, largest: Math.max(...pages.map(({ size }) => size)), fetched });
    }
    for (const query of queries) queryTimings.push(await timeQuery(browser, `${site.url}zoeken/`, query, delay));
  } finally {
    await browser.close();
    await site.close();
  }
  return {
    events,
    cold,
    warm,
    output,
    largest: bySize.slice(0, 3),
    overLimit: bySize.filter(({ size }) => size > TARGETS.htmlKb * 1024),
    types,
    queries: queryTimings,
  };
}

const s = (value: number) => value.toFixed(1);
const ms = (value: number) => value.toFixed(0);
const mbText = (value: number) => value.toFixed(0);

function report(figures: SizeFigures): string {
  const { cold, warm } = figures;
  const out: string[] = [];
  out.push(`\n=== ${figures.events} events (+1 for the warm build) ===`);
  out.push(table([
    ['phase', 'cold s', 'cold peak MB', 'warm s', 'warm peak MB'],
    ...PHASES.map((phase) => [phase, s(cold.phases[phase].s), mbText(cold.phases[phase].peakMb), s(warm.phases[phase].s), mbText(warm.phases[phase].peakMb)]),
    ['whole build', s(cold.wallS), mbText(cold.peakMb), s(warm.wallS), mbText(warm.peakMb)],
    ['cpu (user+sys)', cold.cpuS === undefined ? '–' : s(cold.cpuS), '', warm.cpuS === undefined ? '–' : s(warm.cpuS), ''],
    ['load after', cold.load.toFixed(1), '', warm.load.toFixed(1), ''],
  ]));
  const o = figures.output;
  out.push('');
  out.push(`output: ${(o.bytes / 2 ** 20).toFixed(1)} MB in ${o.files} files; ${o.htmlPages} HTML pages, ${(o.htmlBytes / 2 ** 20).toFixed(1)} MB; pagefind/ ${(o.pagefindBytes / 2 ** 20).toFixed(1)} MB`);
  out.push(`largest HTML: ${figures.largest.map(({ path, size }) => `${path} ${kb(size)}`).join(', ')}`);
  const over = new Map<string, number>();
  for (const { path } of figures.overLimit) over.set(pageType(path), (over.get(pageType(path)) ?? 0) + 1);
  out.push(`HTML pages over ${TARGETS.htmlKb} KB: ${figures.overLimit.length}${over.size ? ` (${[...over].map(([type, count]) => `${type}: ${count}`).join(', ')})` : ''}`);
  out.push('');
  out.push(table([
    ['page type', 'pages', 'largest HTML', 'render ms/page', 'JS fetched', 'search data', 'all fetched', 'sample'],
    ...figures.types.map(({ type, url, pages, largest, fetched }) => {
      const render = cold.renderMs.get(type);
      return [type, String(pages), kb(largest), render ? (render.ms / render.pages).toFixed(2) : '–', kb(fetched.js), kb(fetched.searchData), kb(fetched.total), url];
    }),
  ]));
  out.push('');
  out.push(table([
    ['query (typed)', 'results', 'first result ms', 'fetched', 'of which JS', 'search data'],
    ...figures.queries.map(({ query, summary, firstResultMs, fetched }) => [query, /^[\d.]+/.exec(summary)?.[0] ?? summary, ms(firstResultMs), kb(fetched.total), kb(fetched.js), kb(fetched.searchData)]),
  ]));
  return out.join('\n');
}

function linearity(small: SizeFigures, large: SizeFigures): string {
  const factor = (large.events + 1) / (small.events + 1);
  const out = [`\n=== growth from ${small.events} to ${large.events} events (×${factor.toFixed(1)}) ===`];
  out.push(table([
    ['', `${small.events} s`, `${large.events} s`, 'ratio'],
    ...PHASES.map((phase) => [phase, s(small.cold.phases[phase].s), s(large.cold.phases[phase].s), (large.cold.phases[phase].s / Math.max(0.001, small.cold.phases[phase].s)).toFixed(1)]),
    ['whole cold build', s(small.cold.wallS), s(large.cold.wallS), (large.cold.wallS / small.cold.wallS).toFixed(1)]
  ]));
  out.push('');
  out.push(table([
    ['render ms per page', String(small.events), String(large.events), 'ratio'],
    ...[...large.cold.renderMs].map(([type, { pages, ms: total }]) => {
      const before = small.cold.renderMs.get(type);
      const a = before ? before.ms / before.pages : NaN;
      const b = total / pages;
      return [type, a.toFixed(2), b.toFixed(2), (b / a).toFixed(1)];
    }),
  ]));
  return out.join('\n');
}

function targets(figures: SizeFigures): string {
  const rows: string[][] = [['target', 'measured', '']];
  const check = (name: string, measured: string, met: boolean) => rows.push([name, measured, met ? 'met' : 'MISSED']);
  check(`cold build incl. search index ≤ ${TARGETS.coldS} s`, `${s(figures.cold.wallS)} s`, figures.cold.wallS <= TARGETS.coldS);
  check(`peak memory ≤ ${TARGETS.peakMb} MB`, `${mbText(Math.max(figures.cold.peakMb, figures.warm.peakMb))} MB`, Math.max(figures.cold.peakMb, figures.warm.peakMb) <= TARGETS.peakMb);
  check('warm rebuild ≤ half the cold build', `${s(figures.warm.wallS)} s = ${((figures.warm.wallS / figures.cold.wallS) * 100).toFixed(0)} %`, figures.warm.wallS <= figures.cold.wallS * TARGETS.warmShare);
  check(`no HTML page over ${TARGETS.htmlKb} KB`, `${figures.overLimit.length} over; largest ${kb(figures.largest[0]?.size ?? 0)}`, figures.overLimit.length === 0);
  for (const query of figures.queries) {
    check(`"${query.query}": search traffic ≤ ${TARGETS.queryKb} KB`, kb(query.fetched.total), query.fetched.total <= TARGETS.queryKb * 1024);
    check(`"${query.query}": first results ≤ ${TARGETS.firstResultMs} ms`, `${ms(query.firstResultMs)} ms`, query.firstResultMs <= TARGETS.firstResultMs);
  }
  return `\n=== targets at ${figures.events} events ===\n${table(rows)}`;
}

const { values } = parseArgs({
  options: {
    events: { type: 'string', multiple: true },
    work: { type: 'string', default: '/tmp/tijdlijn-bench-site' },
    query: { type: 'string', multiple: true },
    delay: { type: 'string', default: '100' },
  },
});
const sizes = (values.events ?? ['1000', '10000']).map(Number).sort((a, b) => a - b);
const queries = values.query ?? ['zutphen', 'ziekenhuis', 'utrecht', 'gemeente'];
const work = resolve(values.work);
mkdirSync(work, { recursive: true });
console.log(`Node ${process.version}; ${sizes.join(' and ')} events; queries typed ${values.delay} ms a key; logs in ${work}`);
const root = snapshot(work);
const results: SizeFigures[] = [];
for (const events of sizes) results.push(await measureSize(events, work, root, queries, Number(values.delay)));
for (const figures of results) console.log(report(figures));
if (results.length > 1) console.log(linearity(results[0]!, results.at(-1)!));
console.log(targets(results.at(-1)!));
const leftovers = readdirSync(work).filter((name) => name.startsWith('dist-'));
console.log(`\nOutputs kept in ${leftovers.map((name) => join(work, name)).join(', ')}`);
