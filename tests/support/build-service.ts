/**
 * The test run's build service. tests/run.ts starts it; test files reach it
 * through tests/support/build.ts (a request on a Unix socket, one JSON line
 * each way) and it hands each build to a worker process
 * (tests/support/build-worker.ts) that has built before, so Astro is already
 * loaded there. Builds run there one at a time per worker, at most `workers`
 * at once in the run's own zone (two: one per core); the rest wait their turn
 * in the order they came.
 *
 * A worker builds in its own time zone, fixed when it starts (a build's dates
 * depend on it). A request for another zone, which a few tests make, gets one
 * worker of that zone beside the others, ended once no request of its zone
 * waits: the run's own workers, warm, are kept. After `buildsPerWorker`
 * builds a worker is replaced by a fresh one, since its heap grows with each.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './build.ts';
import type { WorkerReply, WorkerRequest } from './build-worker.ts';

export interface BuildRequest extends WorkerRequest {
  /** TZ of the build; none: the run's own. */
  tz?: string | undefined;
}

export interface BuildServiceOptions {
  /** Path of the Unix socket to listen on. */
  socket: string;
  /** Workers of the run's own zone alive at most (default 2); a build in another zone has one more. */
  workers?: number;
  /** Builds a worker makes before it is replaced (default 8: its heap grows by about 60 MB a build). */
  buildsPerWorker?: number;
  /** The worker's module (default tests/support/build-worker.ts; a test of the service gives a stand-in). */
  workerModule?: string;
  /** Variables for the workers besides this process's own. */
  env?: Record<string, string>;
}

export interface BuildService {
  socket: string;
  /** Workers started so far, for the report and for tests. */
  started(): number;
  close(): Promise<void>;
}

interface Waiting {
  request: BuildRequest;
  answer: (reply: WorkerReply) => void;
}

interface Worker {
  child: ChildProcess;
  tz: string;
  builds: number;
  /** The request it is building, if any. */
  current?: Waiting | undefined;
  /** What it printed since that request began: the reply when the worker dies during a build. */
  output: string[];
}

class WorkerPool {
  private readonly waiting: Waiting[] = [];
  private readonly workers = new Set<Worker>();
  startedCount = 0;
  private closed = false;

  private readonly module: string;
  private readonly max: number;
  private readonly perWorker: number;
  private readonly env: Record<string, string>;

  constructor(module: string, max: number, perWorker: number, env: Record<string, string>) {
    this.module = module;
    this.max = max;
    this.perWorker = perWorker;
    this.env = env;
  }

  submit(request: BuildRequest): Promise<WorkerReply> {
    return new Promise((answer) => {
      this.waiting.push({ request, answer });
      this.dispatch();
    });
  }

  close(): void {
    this.closed = true;
    for (const worker of this.workers) this.retire(worker);
    for (const { answer } of this.waiting.splice(0)) answer({ status: 1, output: 'the test run ended first' });
  }

  /** Gives each waiting request, oldest first, an idle worker of its zone, starting one where there is room. */
  private dispatch(): void {
    if (this.closed) return;
    for (let index = 0; index < this.waiting.length;) {
      const tz = this.waiting[index]!.request.tz ?? '';
      const ofZone = [...this.workers].filter((candidate) => candidate.tz === tz);
      let worker = ofZone.find((candidate) => !candidate.current);
      // The run's own zone ('') has up to `max` workers; any other zone one.
      if (!worker && ofZone.length < (tz === '' ? this.max : 1)) worker = this.start(tz);
      if (!worker) {
        index++;
        continue;
      }
      const [next] = this.waiting.splice(index, 1);
      worker.current = next;
      worker.output = [];
      const { tz: _zone, ...request } = next!.request;
      worker.child.send(request);
    }
  }

  private start(tz: string): Worker {
    this.startedCount++;
    const child = fork(this.module, [], {
      cwd: ROOT,
      // A plain Node process whoever starts the service: fork() would otherwise pass on this
      // process's flags, and under `node --test` those make the worker a test file of its own.
      execArgv: [],
      env: { ...process.env, ...this.env, ...(tz ? { TZ: tz } : {}), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    const worker: Worker = { child, tz, builds: 0, output: [] };
    const keep = (chunk: Buffer) => worker.output.push(chunk.toString('utf8'));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.on('message', (reply: WorkerReply) => {
      const done = worker.current!;
      worker.current = undefined;
      worker.builds++;
      const zoneWaits = this.waiting.some(({ request }) => (request.tz ?? '') === worker.tz);
      if (worker.builds >= this.perWorker || (worker.tz !== '' && !zoneWaits)) this.retire(worker);
      done.answer(reply);
      this.dispatch();
    });
    child.on('close', (code, signal) => {
      this.workers.delete(worker);
      // Ended during a build (a content problem ends it with process.exit, as it ends the command).
      if (worker.current) {
        const output = worker.output.join('') + (signal ? `\nthe build worker was stopped by ${signal}` : '');
        worker.current.answer({ status: code ?? 1, output });
        worker.current = undefined;
      }
      this.dispatch();
    });
    this.workers.add(worker);
    return worker;
  }

  private retire(worker: Worker): void {
    this.workers.delete(worker);
    worker.child.kill();
  }
}

export function startBuildService(options: BuildServiceOptions): Promise<BuildService> {
  const pool = new WorkerPool(
    options.workerModule ?? join(ROOT, 'tests/support/build-worker.ts'),
    options.workers ?? 2,
    options.buildsPerWorker ?? 8,
    options.env ?? {},
  );
  const server = createServer((connection) => {
    let received = '';
    connection.on('error', () => {}); // the test file asking ended: its build still finishes, unread
    connection.on('data', (chunk) => {
      received += chunk.toString('utf8');
      const end = received.indexOf('\n');
      if (end < 0) return;
      const request = JSON.parse(received.slice(0, end)) as BuildRequest;
      void pool.submit(request).then((reply) => connection.end(`${JSON.stringify(reply)}\n`));
    });
  });
  rmSync(options.socket, { force: true });
  return new Promise((ready, fail) => {
    server.once('error', fail);
    server.listen(options.socket, () =>
      ready({
        socket: options.socket,
        started: () => pool.startedCount,
        close: () =>
          new Promise((closed) => {
            pool.close();
            server.close(() => closed());
          }),
      }),
    );
  });
}
