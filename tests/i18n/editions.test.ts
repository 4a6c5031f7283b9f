/** Every interface edition has every key: checked by the type checker, not at run time. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { en } from '../../src/i18n/en.ts';
import { nl } from '../../src/i18n/nl.ts';
import { ROOT, tempDir } from '../support/build.ts';

test('the English and Dutch editions have the same keys', () => {
  assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
});

test('an edition missing a key fails type-checking', () => {
  const dir = tempDir('tijdlijn-i18n-');
  cpSync(join(ROOT, 'src/i18n'), dir, { recursive: true });
  const file = join(dir, 'en.ts');
  const source = readFileSync(file, 'utf8');
  const withoutKey = source.replace(/^\s*backToTimeline: .*\n/m, '');
  assert.notEqual(withoutKey, source, 'the key to remove was not found');
  const check = (args: string[]) =>
    spawnSync(
      join(ROOT, 'node_modules/.bin/tsc'),
      [
        '--ignoreConfig',
        '--noEmit',
        '--strict',
        '--allowImportingTsExtensions',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        // The editions are plain objects: they are checked the same without the DOM's types and the
        // check of the library files, which were most of the run's CPU (the figures: cdd6077).
        '--lib',
        'es2022',
        '--skipLibCheck',
        ...args,
      ],
      { cwd: dir, encoding: 'utf8' },
    );
  assert.equal(check(['index.ts']).status, 0, 'the editions as they are should type-check');
  writeFileSync(file, withoutKey);
  const broken = check(['index.ts']);
  assert.notEqual(broken.status, 0);
  assert.match(broken.stdout, /Property 'backToTimeline' is missing/);
});
