/**
 * The shared builds of tests/support/build.ts: a test file gets a build made
 * by another file of the same run only when every option and every byte of
 * the content is the same, and never outside a test run.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { copyContent, ROOT, sharedBuild, sharedBuildDir, tempDir } from './build.ts';

const UNDER_RUNNER = { NODE_TEST_CONTEXT: 'child-v8' };

test('the same content and options share a folder; any other option or a changed byte does not', () => {
  const content = copyContent();
  const shared = sharedBuildDir({ content }, UNDER_RUNNER);
  assert.ok(shared);
  assert.equal(sharedBuildDir({ content }, UNDER_RUNNER), shared);
  for (const other of [
    { content, base: '/tijdlijn/' },
    { content, tz: 'Pacific/Auckland' },
    { content, env: { TIJDLIJN_EDITOR_PROXY: 'http://127.0.0.1:1/api/v1' } },
    {},
  ]) {
    assert.notEqual(sharedBuildDir(other, UNDER_RUNNER), shared, JSON.stringify(other));
  }
  const event = join(content, 'events', 'hackpoging-gemeente-zutphen.md');
  writeFileSync(event, `${readFileSync(event, 'utf8')}\nNog een zin.\n`);
  const edited = sharedBuildDir({ content }, UNDER_RUNNER);
  assert.notEqual(edited, shared, 'an edited event file');
  writeFileSync(join(content, 'events', 'nieuw.md'), '---\ntitle: Nieuw\n---\n');
  assert.notEqual(sharedBuildDir({ content }, UNDER_RUNNER), edited, 'an added file');
});

test('outside a test run nothing is shared', () => {
  assert.equal(sharedBuildDir({ content: copyContent() }, {}), undefined);
});

test("under tests/run.ts, which runs a file inside its node --test process, builds are shared in the run's folder", () => {
  const folder = tempDir('tijdlijn-run-builds-');
  const shared = sharedBuildDir({ content: copyContent() }, { TIJDLIJN_SHARED_BUILDS: folder });
  assert.equal(shared && dirname(shared), folder);
});

test('test files that want the same build at the same time make it once and all get it', async () => {
  const shared = join(tempDir(), 'builds', 'variant');
  const made = join(tempDir(), 'made.log');
  // Each child is a test file asking for the build; making one takes a while, as a real build does.
  const child = `
    import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
    import { join } from 'node:path';
    import { sharedBuild, tempDir } from ${JSON.stringify(join(ROOT, 'tests/support/build.ts'))};
    const dir = sharedBuild(${JSON.stringify(shared)}, () => {
      appendFileSync(${JSON.stringify(made)}, process.pid + '\\n');
      const dist = join(tempDir(), 'dist');
      mkdirSync(dist);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
      writeFileSync(join(dist, 'index.html'), 'built by ' + process.pid);
      return dist;
    });
    console.log(dir);
  `;
  const runs = Array.from({ length: 3 }, () => {
    const process = spawn(join(ROOT, 'node_modules/.bin/node'), ['--input-type=module', '-e', child], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    process.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    return new Promise<string>((resolve) => process.on('close', () => resolve(out.trim())));
  });
  const folders = await Promise.all(runs);
  assert.deepEqual(folders, [shared, shared, shared]);
  assert.equal(readFileSync(made, 'utf8').trim().split('\n').length, 1, 'made more than once');
  assert.match(readFileSync(join(shared, 'dist/index.html'), 'utf8'), /^built by \d+$/);
  assert.ok(!existsSync(`${shared}.lock`), 'the lock is left behind');
});

test('a lock left by a process that died does not stop the next one from building', () => {
  const shared = join(tempDir(), 'variant');
  const dead = spawnSync(join(ROOT, 'node_modules/.bin/node'), ['-e', 'console.log(process.pid)'], {
    encoding: 'utf8',
  });
  mkdirSync(`${shared}.lock`);
  writeFileSync(join(`${shared}.lock`, 'pid'), dead.stdout.trim());
  let made = 0;
  const dir = sharedBuild(shared, () => {
    made++;
    const dist = join(tempDir(), 'dist');
    mkdirSync(dist);
    return dist;
  });
  assert.equal(dir, shared);
  assert.equal(made, 1);
  assert.ok(existsSync(join(shared, 'dist')));
  assert.equal(
    sharedBuild(shared, () => assert.fail('built again')),
    shared,
  );
});

test('a failed build leaves no folder and no lock, so the next test file tries again', () => {
  const shared = join(tempDir(), 'variant');
  assert.throws(
    () =>
      sharedBuild(shared, () => {
        throw new Error('build failed (1)');
      }),
    /build failed/,
  );
  assert.ok(!existsSync(shared) && !existsSync(`${shared}.lock`));
});
