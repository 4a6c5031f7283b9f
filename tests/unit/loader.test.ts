/**
 * The events collection's loader (src/content/loader.ts), driven outside
 * Astro with a small stand-in for the context Astro hands a loader: a
 * Map-backed store shaped like Astro's (an object of functions, as
 * `scopedStore` returns), a logger that keeps what it is told, Astro's own
 * Markdown entry type and renderer (the Sätteri processor, configured as in
 * astro.config.mjs), and a `parseData` that runs the collection's schema as
 * src/content.config.ts declares it. The content is a copy of the English
 * fixture.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { LoaderContext } from 'astro/loaders';
import { markdownContentEntryType } from '../../node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js';
import { eventsLoader } from '../../src/content/loader.ts';
import { ContentError, problemFile } from '../../src/content/problems.ts';
import { eventSchema } from '../../src/content/schema.ts';
import { schemaOnce } from '../../src/content/schema-once.ts';
import { loadTaxonomy } from '../../src/content/taxonomy.ts';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { SANITIZER_RULES } from '../../src/lib/sanitise.ts';
import { ROOT, tempDir } from '../support/build.ts';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** A copy of the English fixture, changed by `change` (given its events folder). */
function english(change: (events: string) => void = () => {}): string {
  const content = join(tempDir('tijdlijn-loader-'), 'content');
  cpSync(join(ROOT, 'tests/fixtures/english'), content, { recursive: true });
  change(join(content, 'events'));
  return content;
}

interface FakeContext {
  context: LoaderContext;
  entries: Map<string, StoredEntry>;
  /** What parseData was handed, by entry id: the frontmatter the loader gives Astro to validate. */
  parsed: Map<string, Record<string, unknown>>;
  logged: { level: string; message: string }[];
}

/** What Astro hands a loader, with only the parts the glob loader and ours use. */
function fakeContext(content: string, cacheDir = tempDir('tijdlijn-loader-cache-')): FakeContext {
  const entries = new Map<string, StoredEntry>();
  const parsed = new Map<string, Record<string, unknown>>();
  const logged: { level: string; message: string }[] = [];
  const log = (level: string) => (message: string) => void logged.push({ level, message });
  const schema = schemaOnce(({ image }) => eventSchema(loadTaxonomy(content).context, { image }));
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => {
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id: string) => void entries.delete(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries.entries()],
    clear: () => entries.clear(),
    addModuleImport: () => {},
    addAssetImports: () => {},
  };
  const context = {
    collection: 'events',
    store,
    meta: new Map<string, string>(),
    logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug'), label: 'test' },
    config: {
      root: pathToFileURL(`${ROOT}/`),
      srcDir: pathToFileURL(`${ROOT}/src/`),
      cacheDir: pathToFileURL(`${cacheDir}/`),
      // As astro.config.mjs: Sätteri without smart punctuation, no syntax highlighting.
      markdown: { processor: satteri({ features: { smartPunctuation: false } }), syntaxHighlight: false },
      image: {},
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.set(id, data);
      // Astro's parseData runs the collection's schema function, then the schema; here without Astro's image() (no event of the fixture has an image).
      return schema({ image: () => assert.fail('no event here has an image') }).parse(data);
    },
    generateDigest: (data: Record<string, unknown> | string) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    entryTypes: new Map([['.md', markdownContentEntryType]]),
  };
  return { context: context as unknown as LoaderContext, entries, parsed, logged };
}

/** Each stored event's date as written and its precision. */
function writtenDates(fake: FakeContext): Record<string, [string, string]> {
  return Object.fromEntries(
    [...fake.entries]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, entry]) => {
        const { date } = entry.data as { date: { written: string; precision: string } };
        return [id, [date.written, date.precision]];
      }),
  );
}

/** Each stored event's HTML, by id. */
function renderedHtml(fake: FakeContext): Record<string, string | undefined> {
  return Object.fromEntries([...fake.entries].map(([id, entry]) => [id, entry.rendered?.html]));
}

const eventFiles = (content: string) =>
  readdirSync(join(content, 'events'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''))
    .sort();

/** Inline HTML the checker lets through (nothing in it can run) but the sanitiser does not keep. */
const HARMLESS_MARKUP =
  '\nSome <span style="color: red" class="loud">red words</span> and <font color="blue">old markup</font>.\n';

describe('eventsLoader', () => {
  test("stores every event, with the project reader's frontmatter (dates as written) and sanitised HTML", async () => {
    const content = english((events) => {
      const file = join(events, 'council-closes-remote-access.md');
      writeFileSync(file, readFileSync(file, 'utf8') + HARMLESS_MARKUP);
    });
    const fake = fakeContext(content);
    await eventsLoader(content).load(fake.context);

    assert.deepEqual([...fake.entries.keys()].sort(), eventFiles(content));
    assert.deepEqual(
      fake.logged.filter(({ level }) => level === 'error' || level === 'warn'),
      [],
    );
    for (const id of eventFiles(content)) {
      const written = readFrontmatter(readFileSync(join(content, 'events', `${id}.md`), 'utf8')).data;
      assert.deepEqual(fake.parsed.get(id), written, `${id}: the frontmatter handed to the schema is the reader's`);
    }
    // Astro's own frontmatter parser would have made `date: 2020-01-17` a Date at midnight UTC.
    assert.equal(fake.parsed.get('council-closes-remote-access')!['date'], '2020-01-17');
    assert.deepEqual(writtenDates(fake), {
      'advice-published': ['2020-01', 'month'],
      'council-closes-remote-access': ['2020-01-17', 'day'],
      'university-shuts-servers': ['2020-01-17T14:30', 'time'],
    });

    const council = fake.entries.get('council-closes-remote-access')!;
    assert.equal(council.body, undefined, 'the raw Markdown is not kept');
    const html = council.rendered!.html;
    assert.match(html, /Staff of the council cannot work from home/);
    assert.match(html, /Some <span>red words<\/span> and old markup\./);
    assert.equal(council.rendered!.metadata?.['sanitizer'], SANITIZER_RULES);
    assert.equal(
      council.rendered!.metadata?.frontmatter,
      undefined,
      "the renderer's copy of the frontmatter is dropped",
    );
  });

  test('a warning (an event dated in the future) is logged, and the event is stored', async () => {
    const content = english((events) =>
      writeFileSync(
        join(events, 'summit-announced.md'),
        '---\ntitle: Summit announced\ndate: 2999-05-01\nsummary: A summit far ahead.\n' +
          'sources:\n  - { title: Announcement, date: 2020-01-17, language: en }\n---\nThe summit is announced.\n',
      ),
    );
    const fake = fakeContext(content);
    await eventsLoader(content).load(fake.context);
    assert.deepEqual([...fake.entries.keys()].sort(), eventFiles(content));
    const warnings = fake.logged.filter(({ level }) => level === 'warn');
    assert.equal(warnings.length, 1, JSON.stringify(fake.logged));
    assert.match(warnings[0]!.message, /summit-announced\.md:3: warning: date: 2999-05-01 is in the future/);
  });

  test('with the check verdicts of an earlier load cached, the same events are stored', async () => {
    const content = english();
    const cacheDir = tempDir('tijdlijn-loader-cache-');
    const cold = fakeContext(content, cacheDir);
    await eventsLoader(content).load(cold.context);
    // The verdicts are kept in Astro's cache folder.
    assert.ok(existsSync(join(cacheDir, 'tijdlijn-check.json')));
    const warm = fakeContext(content, cacheDir);
    await eventsLoader(content).load(warm.context);
    assert.deepEqual([...warm.entries.keys()].sort(), eventFiles(content));
    assert.deepEqual(writtenDates(warm), writtenDates(cold));
    assert.deepEqual(renderedHtml(warm), renderedHtml(cold));
  });

  test('an entry an older build stored with a date of another shape is parsed again, though its file is unchanged', async () => {
    const content = english();
    const first = fakeContext(content);
    await eventsLoader(content).load(first.context);
    const again = fakeContext(content);
    for (const [id, entry] of first.entries) again.entries.set(id, entry);
    const old = first.entries.get('advice-published')!;
    again.entries.set('advice-published', { ...old, data: { ...old.data, date: '2020-01-01T00:00:00.000Z' } });
    await eventsLoader(content).load(again.context);
    // Only the stale entry went through the schema again; the others were unchanged and kept.
    assert.deepEqual([...again.parsed.keys()], ['advice-published']);
    assert.deepEqual(writtenDates(again), writtenDates(first));
  });

  test("a bad event stops the load with the checker's one-line messages, before anything is stored", async () => {
    const content = english((events) => {
      const file = join(events, 'advice-published.md');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('title: Advice published\n', 'title: Advice published\nauthor: Jan\n'),
      );
      // The glob loader alone would skip an empty file with a log line.
      writeFileSync(join(events, 'empty.md'), '');
    });
    const fake = fakeContext(content);
    const error = await eventsLoader(content)
      .load(fake.context)
      .then(
        () => assert.fail('the load went on'),
        (thrown: unknown) => thrown,
      );
    assert.ok(error instanceof ContentError, String(error));
    // Outside `npm run build` it is thrown (astro dev shows it), without a stack trace.
    assert.equal(error.stack, '');
    const [heading, ...lines] = error.message.split('\n');
    assert.equal(heading, 'Content files have 2 problems:');
    const file = (name: string) => problemFile(join(content, 'events', name));
    assert.deepEqual(
      lines.map((line) => line.slice(0, line.indexOf(' — '))),
      [`${file('advice-published.md')}:3: author: unknown field "author"`, `${file('empty.md')}:1: the file is empty`],
    );
    assert.equal(fake.entries.size, 0);
  });
});
