import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ContentError } from '../../src/content/problems.ts';
import { loadTaxonomy } from '../../src/content/taxonomy.ts';
import { ROOT } from '../support/build.ts';

function english(change: (dir: string) => void = () => {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tijdlijn-taxonomy-')), 'content');
  cpSync(join(ROOT, 'tests/fixtures/english'), dir, { recursive: true });
  change(dir);
  return dir;
}

describe('loadTaxonomy', () => {
  test('settings, organisations and tags of a folder; no threads or eras file, none of either', () => {
    const taxonomy = loadTaxonomy(english());
    assert.equal(taxonomy.settings.timeZone, 'Europe/London');
    assert.equal(taxonomy.organisations['city-council']?.name, 'City Council');
    assert.equal(taxonomy.tags['closure']?.label, 'Closure');
    assert.deepEqual(taxonomy.threads, {});
    assert.deepEqual(taxonomy.eras, {});
    assert.deepEqual(taxonomy.problems, []);
    assert.ok(taxonomy.context.organisationIds.has('city-council'));
  });

  test('eras.yaml: each era with its dates read in the site zone', () => {
    const taxonomy = loadTaxonomy(
      english((dir) =>
        writeFileSync(join(dir, 'eras.yaml'), 'lockdown:\n  name: The lockdown\n  start: 2020-03-23\n  end: 2020-06\n'),
      ),
    );
    assert.equal(taxonomy.eras['lockdown']?.name, 'The lockdown');
    assert.equal(taxonomy.eras['lockdown']?.end.precision, 'month');
  });

  test('a bad entry is one problem on its line; the other entries stay', () => {
    const taxonomy = loadTaxonomy(
      english((dir) =>
        writeFileSync(join(dir, 'tags.yaml'), 'closure:\n  label: Closure\nSocial Media:\n  label: Social media\n'),
      ),
    );
    assert.equal(taxonomy.tags['closure']?.label, 'Closure');
    assert.equal(taxonomy.problems.length, 1);
    assert.equal(taxonomy.problems[0]!.line, 3);
    assert.match(taxonomy.problems[0]!.message, /did you mean "social-media"/);
    // Events that use either spelling get no second error.
    assert.ok(taxonomy.context.tagIds.has('social-media'));
  });

  test('a site.yaml with problems stops here with them: nothing can be read without its zone', () => {
    assert.throws(() => loadTaxonomy(english((dir) => writeFileSync(join(dir, 'site.yaml'), ''))), ContentError);
  });
});

describe('loadTaxonomy reads a folder once', () => {
  const rename = (dir: string, from: string, to: string) => {
    const file = join(dir, 'tags.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
    return file;
  };
  const WHEN = new Date('2026-01-02T03:04:05Z');

  test('files of the same size and time are not read again: the first reading is kept', () => {
    const dir = english();
    utimesSync(join(dir, 'tags.yaml'), WHEN, WHEN);
    assert.equal(loadTaxonomy(dir).tags['closure']?.label, 'Closure');
    // The same number of bytes, and the old time put back: to a second call the file is unchanged.
    utimesSync(rename(dir, 'Closure', 'Closing'), WHEN, WHEN);
    assert.equal(loadTaxonomy(dir).tags['closure']?.label, 'Closure');
  });

  test('a file saved since is read again (an editor changing tags.yaml under astro dev)', () => {
    const dir = english();
    assert.equal(loadTaxonomy(dir).tags['closure']?.label, 'Closure');
    utimesSync(rename(dir, 'Closure', 'Shut down'), WHEN, WHEN);
    assert.equal(loadTaxonomy(dir).tags['closure']?.label, 'Shut down');
  });

  test('each call gets its own list of problems: what one caller adds, the next does not see', () => {
    const dir = english();
    loadTaxonomy(dir).problems.push({ file: 'x', message: 'added by a caller', severity: 'error' });
    assert.deepEqual(loadTaxonomy(dir).problems, []);
  });
});
