/**
 * Warm builds (Astro's `experimental.incrementalBuild`, on by default): pages
 * whose key is unchanged are copied from the previous build, and unchanged
 * event files keep the checker's verdict. Whatever was added, edited or
 * deleted in between, a warm build must write what a cold build of the same
 * content writes: every page, feed, export and search index file, byte for byte.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { build, buildOrThrow, copyContent, listFiles, readPage, tempDir } from '../support/build.ts';

const INCREMENTAL = { TIJDLIJN_INCREMENTAL: '1' };

function edit(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const changed = text.replace(from, to);
  assert.notEqual(changed, text, `${file}: nothing to replace`);
  writeFileSync(file, changed);
}

/**
 * An incremental build in `work` (a second one there is warm): its output
 * folder and the pages it copied from the previous build. Every build runs
 * with the same options: Astro's cache holds only while they are unchanged.
 */
function incrementalBuild(content: string, work: string): { outDir: string; restored: string[] } {
  const result = build({ content, work, log: true, env: { ...INCREMENTAL, NO_COLOR: '1' } });
  assert.equal(result.status, 0, result.output);
  return {
    outDir: result.outDir,
    restored: [...result.output.matchAll(/├─ \/(\S+) \(restored\)/g)].map((match) => match[1]!),
  };
}

function assertSameAsColdBuild(content: string, outDir: string): void {
  const cold = buildOrThrow({ content });
  const files = listFiles(cold);
  assert.deepEqual(listFiles(outDir), files);
  const differing = files.filter((file) => !readFileSync(join(outDir, file)).equals(readFileSync(join(cold, file))));
  assert.deepEqual(differing, [], 'files that differ from a cold build');
}

describe('warm builds after one change after another', () => {
  const content = copyContent();
  const work = tempDir();
  before(() => {
    incrementalBuild(content, work);
  });

  test('after editing events, a warm build writes what a cold build writes and reuses the pages nothing touched', () => {
    // A title (also shown on the neighbours' pages) and a body only (the frontmatter stays the same).
    edit(
      join(content, 'events', 'hackpoging-gemeente-zutphen.md'),
      /^title: .*$/m,
      'title: Hackpoging bij de gemeente Zutphen ontdekt',
    );
    edit(
      join(content, 'events', 'tweede-kamer-stopt-thuiswerken.md'),
      /\n---\n/,
      '\n---\nEen nieuwe eerste alinea, pas later toegevoegd.\n\n',
    );
    const warm = incrementalBuild(content, work);

    assert.ok(
      warm.restored.includes('gebeurtenis/citrix-publiceert-beveiligingsadvies/index.html'),
      `an untouched event page was rendered again; reused: ${warm.restored.join(', ')}`,
    );
    for (const changed of ['hackpoging-gemeente-zutphen', 'tweede-kamer-stopt-thuiswerken']) {
      assert.ok(!warm.restored.includes(`gebeurtenis/${changed}/index.html`), `${changed}: reused although it changed`);
    }
    assertSameAsColdBuild(content, warm.outDir);
    assert.equal(
      parse(readPage(warm.outDir, 'gebeurtenis/hackpoging-gemeente-zutphen/index.html')).querySelector('h1')?.text,
      'Hackpoging bij de gemeente Zutphen ontdekt',
    );
    assert.match(
      readPage(warm.outDir, 'gebeurtenis/tweede-kamer-stopt-thuiswerken/index.html'),
      /Een nieuwe eerste alinea, pas later toegevoegd\./,
    );
  });

  test('after renaming an organisation, a warm build renders every page again', () => {
    edit(
      join(content, 'organisations.yaml'),
      'name: Dienst Uitvoering Onderwijs',
      'name: DUO (Dienst Uitvoering Onderwijs)',
    );
    const warm = incrementalBuild(content, work);
    assert.deepEqual(warm.restored, []);
    assertSameAsColdBuild(content, warm.outDir);
    assert.match(
      readPage(warm.outDir, 'gebeurtenis/duo-sluit-citrix-tot-maandag/index.html'),
      /DUO \(Dienst Uitvoering Onderwijs\)/,
    );
  });

  test('after adding one event and deleting another, a warm build writes what a cold build writes', () => {
    writeFileSync(
      join(content, 'events', 'citrix-brengt-update-uit.md'),
      [
        '---',
        'title: Citrix brengt de eerste update uit',
        'date: 2020-01-19',
        'summary: De eerste update tegen het lek in Citrix ADC verschijnt, eerder dan aangekondigd.',
        'organisations: [citrix]',
        'tags: [beveiligingslek]',
        'sources:',
        '  - title: Citrix brengt update uit',
        '    date: 2020-01-19',
        '    language: nl',
        '---',
        'Citrix brengt de eerste update uit voor een deel van de getroffen versies.',
        '',
      ].join('\n'),
    );
    rmSync(join(content, 'events', 'duo-sluit-citrix-tot-maandag.md'));
    const warm = incrementalBuild(content, work);

    assert.ok(
      warm.restored.includes('gebeurtenis/citrix-publiceert-beveiligingsadvies/index.html'),
      `an event page far from both changes was rendered again; reused: ${warm.restored.join(', ')}`,
    );
    assertSameAsColdBuild(content, warm.outDir);
    assert.equal(
      parse(readPage(warm.outDir, 'gebeurtenis/citrix-brengt-update-uit/index.html')).querySelector('h1')?.text,
      'Citrix brengt de eerste update uit',
    );
    assert.ok(!existsSync(join(warm.outDir, 'gebeurtenis/duo-sluit-citrix-tot-maandag')));
  });
});
