/**
 * The shared builds of tests/support/build.ts: a test file gets a build made
 * by another file of the same run only when every option and every byte of
 * the content is the same, and never outside the test runner.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { copyContent, sharedBuildDir } from './build.ts';

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

test('outside the test runner nothing is shared', () => {
  assert.equal(sharedBuildDir({ content: copyContent() }, {}), undefined);
});
