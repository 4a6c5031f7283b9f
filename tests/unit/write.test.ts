/** Writing imported files (src/import/write.ts): never overwriting, appending only new entries. */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { addEntries, createFile, siteYaml } from '../../src/import/write.ts';
import { settingsSchema } from '../../src/config/settings.ts';
import { tempDir } from '../support/build.ts';

test('a file is created with its folders, and an existing file is left exactly as it was', () => {
  const dir = tempDir();
  const path = join(dir, 'events', 'a.md');
  assert.equal(createFile(path, 'first'), true);
  assert.equal(createFile(path, 'second'), false);
  assert.equal(readFileSync(path, 'utf8'), 'first');
});

test('entries are appended after what a YAML map file holds, which stays as written', () => {
  const dir = tempDir();
  const path = join(dir, 'tags.yaml');
  writeFileSync(path, '# my tags\nunion:\n  label: Union'); // no final newline
  assert.equal(addEntries(path, { port: { label: 'Port' } }, 'header'), false);
  assert.equal(readFileSync(path, 'utf8'), '# my tags\nunion:\n  label: Union\nport:\n  label: Port\n');
  const fresh = join(dir, 'eras.yaml');
  assert.equal(
    addEntries(fresh, { talks: { name: 'Talks', start: '2021-04-13', end: '2021-05-31' } }, 'Eras by id'),
    true,
  );
  assert.deepEqual(parse(readFileSync(fresh, 'utf8')), {
    talks: { name: 'Talks', start: '2021-04-13', end: '2021-05-31' },
  });
  assert.equal(addEntries(join(dir, 'none.yaml'), {}, 'x'), false);
});

test('site.yaml for a new timeline passes the settings schema', () => {
  const data = parse(
    siteYaml({ title: 'Title: with a colon', description: 'What it is about.', language: 'en', timeZone: 'UTC' }),
  );
  const result = settingsSchema.safeParse(data);
  assert.equal(result.success, true, JSON.stringify(result.error?.issues));
  assert.equal(result.data!.title, 'Title: with a colon');
});
