/**
 * `astro dev` on a content folder: seconds until it says it is ready and
 * has served the home page, and, for three edits of one event's title, from
 * saving the file to the event page's HTML showing the new title (polled
 * every 50 ms; a browser's reload adds one page load on top). Used by
 * bench/site.ts; on its own:
 *
 *   node bench/dev-figures.ts [--events 10000]
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.ts';
import { BIN, snapshot } from './support.ts';

export interface DevFigures {
  readyS: number;
  firstPageS: number;
  editS: number[];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Polls `url` every 50 ms until its body passes `ok`; resolves to the ms that took, or throws after `limitMs`. */
async function pollUntil(url: string, ok: (body: string) => boolean, limitMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < limitMs) {
    try {
      const response = await fetch(url);
      if (response.ok && ok(await response.text())) return performance.now() - started;
    } catch {
      // not listening yet
    }
    await pause(50);
  }
  throw new Error(`${url}: no answer within ${limitMs / 1000} s`);
}

/** `astro dev` on `content`: time to ready and to the first page, and from saving an edited title to the page showing it. */
export async function measureDev(root: string, content: string, cacheDir: string, log: string): Promise<DevFigures> {
  rmSync(cacheDir, { recursive: true, force: true });
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    join(BIN, 'node'),
    ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        PATH: `${BIN}:${process.env.PATH}`,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        TIJDLIJN_CONTENT: content,
        TIJDLIJN_CACHE_DIR: cacheDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  let readyAt: number | undefined;
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (readyAt === undefined && /ready in|Local\s+http/i.test(output)) readyAt = performance.now() - started;
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const base = `http://127.0.0.1:${port}/`;
  try {
    await pollUntil(base, (body) => body.includes('<html'), 300_000);
    const firstPageS = (performance.now() - started) / 1000;
    const events = readdirSync(join(content, 'events'))
      .filter((name) => name.endsWith('.md'))
      .sort();
    const id = events[Math.floor(events.length / 2)]!.replace(/\.md$/, '');
    const file = join(content, 'events', `${id}.md`);
    const page = `${base}gebeurtenis/${id}/`;
    await pollUntil(page, (body) => body.includes('<h1'), 120_000);
    const editS: number[] = [];
    for (let edit = 1; edit <= 3; edit++) {
      const title = `Bewerkte titel ${edit} voor de meting`;
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
      editS.push((await pollUntil(page, (body) => body.includes(title), 60_000)) / 1000);
      await pause(500);
    }
    return { readyS: (readyAt ?? NaN) / 1000, firstPageS, editS };
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${output.slice(-3000)}`, { cause: error });
  } finally {
    writeFileSync(log, output);
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((done) => child.on('close', done));
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '10000' },
      work: { type: 'string', default: '/tmp/tijdlijn-bench-dev' },
    },
  });
  const events = Number(values.events);
  const corpus = `/tmp/corpus-${events}`;
  if (!existsSync(join(corpus, 'events'))) generateCorpus({ events, seed: 1, out: corpus });
  const root = snapshot(values.work);
  const content = join(values.work, 'content');
  rmSync(content, { recursive: true, force: true });
  cpSync(corpus, content, { recursive: true });
  const dev = await measureDev(root, content, join(values.work, 'cache'), join(values.work, 'dev.log'));
  const sorted = [...dev.editS].sort((a, b) => a - b);
  console.log(
    `astro dev, ${events} events, fresh cache: ready after ${dev.readyS.toFixed(1)} s, home page served after ${dev.firstPageS.toFixed(1)} s; an edited title on its page after ${dev.editS.map((value) => value.toFixed(2)).join(' / ')} s (median ${sorted[1]!.toFixed(2)} s); log in ${values.work}/dev.log`,
  );
}
