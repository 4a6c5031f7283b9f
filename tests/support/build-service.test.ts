/**
 * The test run's build service (tests/support/build-service.ts), with a
 * stand-in for the worker that answers with its process id and zone: a worker
 * is reused from one build to the next and replaced after its share of builds,
 * a build in another zone gets a worker started in that zone beside the run's
 * own, which stay, no more workers
 * build at once than allowed, and a worker that dies during a build is
 * answered for with its exit code and what it printed.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { requestBuild } from './build-client.ts';
import { startBuildService, type BuildService } from './build-service.ts';
import { tempDir } from './build.ts';

/**
 * The stand-in: for a request whose env has HOLD, it writes `started-<HOLD>` and replies only once
 * `release-<HOLD>` exists (a request that reaches it while it holds one writes `busy-<HOLD>`); with EXIT it prints a line and exits with that code, as a content problem
 * ends a real build; otherwise it replies at once with "<pid> <TZ>".
 */
function standIn(dir: string): string {
  const module = join(dir, 'stand-in.mjs');
  writeFileSync(
    module,
    `
    import { existsSync, writeFileSync } from 'node:fs';
    import { join } from 'node:path';
    let holding = 0;
    process.on('message', ({ env }) => {
      if (env.EXIT) {
        console.error('events/kapot.md:3: date: not a date');
        process.exit(Number(env.EXIT));
      }
      const reply = () => process.send({ status: 0, output: process.pid + ' ' + (process.env.TZ ?? '') });
      if (!env.HOLD) return reply();
      if (holding > 0) writeFileSync(join(${JSON.stringify(dir)}, 'busy-' + env.HOLD), '');
      holding++;
      writeFileSync(join(${JSON.stringify(dir)}, 'started-' + env.HOLD), '');
      const timer = setInterval(() => {
        if (!existsSync(join(${JSON.stringify(dir)}, 'release-' + env.HOLD))) return;
        clearInterval(timer);
        holding--;
        reply();
      }, 10);
    });
    `,
  );
  return module;
}

const request = (env: Record<string, string> = {}, tz?: string) => ({ root: '/nowhere', env, tz });

/** A service with the stand-in for workers, given to `use` and closed after it. */
async function withService(
  options: { workers: number; buildsPerWorker?: number },
  use: (service: BuildService, dir: string) => Promise<void>,
): Promise<void> {
  const dir = tempDir('tijdlijn-service-');
  const service = await startBuildService({ socket: join(dir, 's.sock'), workerModule: standIn(dir), ...options });
  try {
    await use(service, dir);
  } finally {
    await service.close();
  }
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

test('one worker builds one request after another until its share is done, then a fresh one takes over', () =>
  withService({ workers: 1, buildsPerWorker: 2 }, async (service) => {
    const pids = [];
    for (let index = 0; index < 3; index++) {
      const reply = await requestBuild(service.socket, request());
      assert.equal(reply.status, 0);
      pids.push(reply.output.split(' ')[0]);
    }
    assert.equal(pids[0], pids[1], 'the second build was not made by the worker of the first');
    assert.notEqual(pids[1], pids[2], 'the worker was not replaced after its two builds');
    assert.equal(service.started(), 2);
  }));

test("a build in another zone gets a worker started in that zone, beside the run's own, which builds on", () =>
  withService({ workers: 1 }, async (service) => {
    const pid = async (tz?: string) => (await requestBuild(service.socket, request({}, tz))).output;
    const own = await pid();
    const auckland = await pid('Pacific/Auckland');
    assert.match(auckland, / Pacific\/Auckland$/);
    assert.notEqual(auckland.split(' ')[0], own.split(' ')[0]);
    assert.equal(await pid(), own, "the run's own worker was not kept");
    assert.notEqual(await pid('Pacific/Auckland'), auckland, 'the worker of the other zone was kept, idle');
    assert.equal(service.started(), 3);
  }));

test('no more workers build at once than allowed, none given a second build; the others wait their turn', () =>
  withService({ workers: 2 }, async (service, dir) => {
    const written = (prefix: string) => readdirSync(dir).filter((name) => name.startsWith(prefix));
    const replies = ['a', 'b', 'c'].map((hold) => requestBuild(service.socket, request({ HOLD: hold })));
    await until(() => written('started-').length === 2);
    const first = written('started-');
    const third = ['started-a', 'started-b', 'started-c'].find((name) => !first.includes(name))!;
    for (const name of first) writeFileSync(join(dir, name.replace('started-', 'release-')), '');
    await until(() => existsSync(join(dir, third)));
    writeFileSync(join(dir, third.replace('started-', 'release-')), '');
    const answered = await Promise.all(replies);
    assert.deepEqual(
      answered.map(({ status }) => status),
      [0, 0, 0],
    );
    assert.deepEqual(written('busy-'), [], 'a worker was sent a build while it was building one');
    assert.equal(service.started(), 2, 'a third worker was started');
  }));

test('a worker that exits during a build: its exit code and what it printed are the reply; the next build gets a new worker', () =>
  withService({ workers: 1 }, async (service) => {
    const failed = await requestBuild(service.socket, request({ EXIT: '1' }));
    assert.equal(failed.status, 1);
    assert.match(failed.output, /^events\/kapot\.md:3: date: not a date$/m);
    const next = await requestBuild(service.socket, request());
    assert.equal(next.status, 0);
    assert.equal(service.started(), 2);
  }));
