/**
 * The search index of a built site (src/lib/search-index.ts), over a tiny
 * site written into a temporary folder: three event pages, and a home page
 * outside the events folder that carries `data-pagefind-body` too, so only
 * the folder restriction keeps it out of the index.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { buildSearchIndex } from '../../src/lib/search-index.ts';
import { VOCABULARY_FILE } from '../../src/lib/search-vocabulary.ts';
import { EVENTS_FOLDER } from '../../src/lib/paths.ts';
import { tempDir } from '../support/build.ts';

/** A page as the site writes it: the indexed part is the element with data-pagefind-body. No lang attribute, so the language comes from the option. */
function page(title: string, text: string, indexed = true): string {
  return (
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>` +
    `<nav>Tijdlijn navigatie</nav><article${indexed ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${text}</p></article>` +
    '</body></html>'
  );
}

const EVENTS = {
  'gemeente-zutphen-sluit-citrix': page('Gemeente Zutphen sluit Citrix', 'De gemeente schakelt de servers uit.'),
  'universiteit-leiden-dicht': page('Universiteit Leiden dicht', 'Studenten kunnen niet thuiswerken.'),
  'ncsc-adviseert': page('NCSC adviseert', 'Het advies: zet Citrix uit.'),
};

function site(events: Record<string, string> = EVENTS): string {
  const outDir = tempDir('tijdlijn-search-index-');
  for (const [slug, html] of Object.entries(events)) {
    mkdirSync(join(outDir, EVENTS_FOLDER, slug), { recursive: true });
    writeFileSync(join(outDir, EVENTS_FOLDER, slug, 'index.html'), html);
  }
  writeFileSync(join(outDir, 'index.html'), page('Tijdlijn', 'Het overzicht met het woord zeppelinhaven.'));
  return outDir;
}

/**
 * The pages in the index, as Pagefind wrote them: one fragment per page, gzipped JSON after
 * Pagefind's signature, with the page's URL and indexed text.
 */
function indexedPages(outDir: string): { url: string; content: string }[] {
  const fragments = join(outDir, 'pagefind', 'fragment');
  return readdirSync(fragments).map((name) => {
    const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}

describe('buildSearchIndex', () => {
  test('indexes every event page and nothing else, with Pagefind search API and the vocabulary beside it', async () => {
    const outDir = site();
    const result = await buildSearchIndex({ outDir, language: 'nl', eventsFolder: EVENTS_FOLDER });
    assert.equal(result.indexed, Object.keys(EVENTS).length);

    const index = join(outDir, 'pagefind');
    const files = readdirSync(index);
    for (const needed of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'index', 'fragment']) {
      assert.ok(files.includes(needed), `pagefind/ has ${needed} (it has ${files.join(', ')})`);
    }
    // Pagefind's ready-made interfaces are not used by the search page.
    assert.deepEqual(
      files.filter((name) => /-ui\.(js|css)$|highlight/.test(name)),
      [],
    );

    const entry = JSON.parse(readFileSync(join(index, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number; wasm: string }>;
    };
    // The pages say no language: the index is in the one asked for, searched with Dutch stemming.
    assert.deepEqual(Object.keys(entry.languages), ['nl']);
    assert.equal(entry.languages['nl']!.page_count, 3);
    assert.ok(files.includes(`wasm.${entry.languages['nl']!.wasm}.pagefind`));
    assert.equal(entry.languages['nl']!.wasm, 'nl');

    const pages = indexedPages(outDir);
    assert.deepEqual(pages.map((p) => p.url).sort(), [
      `/${EVENTS_FOLDER}/gemeente-zutphen-sluit-citrix/`,
      `/${EVENTS_FOLDER}/ncsc-adviseert/`,
      `/${EVENTS_FOLDER}/universiteit-leiden-dicht/`,
    ]);
    // Only the article is indexed, not the navigation; the home page's text is nowhere.
    assert.ok(pages.every((p) => !p.content.includes('navigatie') && !p.content.includes('zeppelinhaven')));

    const vocabulary = JSON.parse(readFileSync(join(index, VOCABULARY_FILE), 'utf8')) as {
      language: string;
      names: [string, number][];
      words: [string, number][];
    };
    assert.equal(vocabulary.language, 'nl');
    const words = [...vocabulary.names, ...vocabulary.words].map(([word]) => word.toLowerCase());
    assert.ok(words.includes('zutphen') && words.includes('studenten'), words.join(' '));
    assert.ok(!words.includes('zeppelinhaven'), 'a word of the home page only is not offered as a correction');
  });

  test('an event page without data-pagefind-body is refused: the index would lack that event', async () => {
    const outDir = site({
      ...EVENTS,
      'zonder-body': page('Zonder body', 'Deze pagina mist het kenmerk.', false),
    });
    await assert.rejects(buildSearchIndex({ outDir, language: 'nl', eventsFolder: EVENTS_FOLDER }), {
      message: 'Pagefind could not index every event:\n  3 pages indexed for 4 event pages',
    });
    // The index was written: the error is what stops the build, not a missing file.
    assert.ok(existsSync(join(outDir, 'pagefind', 'pagefind.js')));
  });
});
