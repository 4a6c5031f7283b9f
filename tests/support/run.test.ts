/**
 * The pool of tests/run.ts: the jobs expected to take longest start first, no
 * more than its slots run at once, no more browser files than their own
 * limit, and a job that fails is reported with its exit code; and the type check
 * reads a fixture content folder.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { runPool, typeCheckJob, type Job } from '../run.ts';
import { ROOT, tempDir } from './build.ts';

/** A job that writes "start <label>" to `log`, waits until `<release>/<label>` exists, then exits with `code`. */
function waitingJob(label: string, expected: number, browser: boolean, dir: string, code = 0): Job {
  const script = `
    const { appendFileSync, existsSync } = require('node:fs');
    appendFileSync(${JSON.stringify(join(dir, 'log'))}, 'start ${label}\\n');
    while (!existsSync(${JSON.stringify(join(dir, `release-${label}`))}))
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    process.exit(${code});
  `;
  return { label, files: [], browser, expected, command: [process.execPath, '-e', script] };
}

const started = (dir: string) =>
  existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8').trim().split('\n') : [];

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

test('longest first, at most three at once and one browser file, a failure kept with its exit code', async () => {
  const dir = tempDir('tijdlijn-pool-');
  const jobs = [
    waitingJob('short', 1, false, dir),
    waitingJob('browser-long', 50, true, dir),
    waitingJob('browser-short', 40, true, dir),
    waitingJob('build', 30, false, dir, 3),
    waitingJob('middle', 20, false, dir),
  ];
  const pool = runPool(jobs, 3, 1, process.env);
  await until(() => started(dir).length === 3);
  // The second browser file waits for the first; the next longest others take the slots (in any order).
  assert.deepEqual(started(dir).sort(), ['start browser-long', 'start build', 'start middle']);
  writeFileSync(join(dir, 'release-browser-long'), '');
  await until(() => started(dir).length === 4);
  assert.equal(started(dir)[3], 'start browser-short');
  for (const { label } of jobs) writeFileSync(join(dir, `release-${label}`), '');
  const finished = await pool;
  assert.deepEqual(started(dir).slice(4), ['start short']);
  assert.deepEqual(finished.map(({ job, code }) => `${job.label} ${code}`).sort(), [
    'browser-long 0',
    'browser-short 0',
    'build 3',
    'middle 0',
    'short 0',
  ]);
});

test('the type check syncs a fixture content folder, never content/, which an editor may have broken', () => {
  const content = typeCheckJob().env?.TIJDLIJN_CONTENT;
  assert.ok(content, 'astro check would read TIJDLIJN_CONTENT of the run, or content/');
  assert.match(relative(ROOT, content), /^tests\/fixtures\//);
  assert.ok(readdirSync(join(content, 'events')).some((name) => name.endsWith('.md')));
});
