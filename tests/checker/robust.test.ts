/**
 * Bad input at the edges, where editors and programs meet the tool: an alias
 * bomb, the timeline's own YAML files (site.yaml, organisations.yaml,
 * tags.yaml, threads.yaml), a folder where nothing is valid, a README in the
 * content folder, the examples of an English timeline, the `published`
 * date. Each is one line from `npm run check` (run as a child process, as an
 * editor runs it), and the build (and for site.yaml `astro dev`) prints the
 * same line and fails without a stack trace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { run } from '../../scripts/new-event.ts';
import { ROOT, build, tempDir } from '../support/build.ts';
import { aliasBomb } from '../support/hostile.ts';
import { baseCopy, removeCopies, runCheck, shown } from './support.ts';

const BOMB =
  'the YAML repeats anchored values (*name) too often: expanded, it would take too much memory — write the values out in full instead of using anchors (&name) and aliases (*name)';

/** A copy of the small English fixture. */
function englishCopy(): string {
  const dir = join(tempDir('tijdlijn-english-'), 'content');
  cpSync(join(ROOT, 'tests/fixtures/english'), dir, { recursive: true });
  return dir;
}

/** A Dutch event for the base fixture, `more` frontmatter lines before the closing "---" (from line 9 on). */
const dutchEvent = (title: string, ...more: string[]) =>
  [
    '---',
    `title: ${title}`,
    'date: 2020-01-15',
    'summary: De universiteit zet haar servers uit.',
    'tags: [afsluiting]',
    'sources:',
    '  - { title: Leiden sluit Citrix, date: 2020-01-14, language: nl }',
    ...more,
    '---',
    'Tekst.',
    '',
  ].join('\n');

/** A stack trace line, as Node prints them. */
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

after(removeCopies);

describe('an alias bomb', () => {
  test('in an event: one line with file and line, quickly', async () => {
    const content = baseCopy();
    writeFileSync(join(content, 'events', 'bom.md'), `---\ntitle: Bom\ndate: 2020-01-15\n${aliasBomb(9)}---\nTekst.\n`);
    const result = await runCheck(content);
    assert.deepEqual(result.problems, [`${shown(content, 'events', 'bom.md')}:5: ${BOMB}`]);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    const ms = Number(/in (\d+) ms/.exec(result.summary)?.[1]);
    assert.ok(ms < 5000, `the check took ${ms} ms`);
  });

  test('in tags.yaml: one line with file and line', async () => {
    const content = baseCopy();
    appendFileSync(join(content, 'tags.yaml'), aliasBomb(9));
    const result = await runCheck(content);
    // tags.yaml has five lines; the bomb's anchor is line 6, its first alias line 7.
    assert.deepEqual(result.problems, [`${shown(content, 'tags.yaml')}:7: ${BOMB}`]);
    assert.equal(result.code, 1);
  });
});

describe('site.yaml', () => {
  test('a misspelt zone: the zone meant, on its line; the events wait for it', async () => {
    const content = baseCopy();
    const file = join(content, 'site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('timeZone: Europe/Amsterdam', 'timeZone: America/NewYork'));
    const result = await runCheck(content);
    assert.deepEqual(result.problems, [
      `${shown(file)}:5: timeZone: "America/NewYork" is not an IANA time zone (did you mean "America/New_York"?) — write an IANA time zone name, e.g. timeZone: Europe/Amsterdam`,
    ]);
    assert.match(
      result.summary,
      /^2 event files not checked: site\.yaml must be valid first \(\d+ ms\): 1 error, 0 warnings\.$/,
    );
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
  });

  test('an empty file and an unknown language: lines, no stack trace', async () => {
    const content = baseCopy();
    writeFileSync(join(content, 'site.yaml'), '');
    const empty = await runCheck(content);
    assert.match(
      empty.problems.join('\n'),
      /^[^\n]+site\.yaml:1: has no settings — write the timeline's settings, one per line: title:, description:, language:, timeZone:, site:, sectors:/,
    );
    assert.equal(empty.problems.length, 1);
    writeFileSync(
      join(content, 'site.yaml'),
      readFileSync(join(ROOT, 'tests/fixtures/checker/base/site.yaml'), 'utf8').replace('language: nl', 'language: de'),
    );
    const german = await runCheck(content);
    assert.deepEqual(german.problems, [
      `${shown(content, 'site.yaml')}:4: language: "de" is not a language the interface has (it has nl and en) — write language: nl or language: en`,
    ]);
    for (const result of [empty, german]) {
      assert.equal(result.code, 1);
      assert.doesNotMatch(result.stdout + result.stderr, STACK);
    }
  });
  test('npm run new: the same line, and nothing written', async () => {
    const content = baseCopy();
    const file = join(content, 'site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('timeZone: Europe/Amsterdam', 'timeZone: Amsterdam'));
    const output: string[] = [];
    const code = await run(
      [
        '--title',
        'Iets',
        '--date',
        '2020-01-15',
        '--summary',
        'Iets.',
        '--source-title',
        'Bron',
        '--source-date',
        '2020-01-15',
      ],
      { contentDir: content, out: (line) => output.push(line) },
    );
    assert.equal(code, 1);
    assert.deepEqual(output, [
      `${shown(file)}:5: timeZone: "Amsterdam" is not an IANA time zone (did you mean "Europe/Amsterdam"?) — write an IANA time zone name, e.g. timeZone: Europe/Amsterdam`,
      'Fix these first: the new event needs valid site settings. Nothing was written.',
    ]);
    assert.deepEqual(readdirSync(join(content, 'events')).sort(), [
      'kamer-stopt-met-thuiswerken.md',
      'ncsc-adviseert-citrix-uit-te-schakelen.md',
    ]);
  });
});

describe('organisations.yaml, tags.yaml and threads.yaml', () => {
  test('a tag key that is no id: the id to write, once, and no "unknown tag" in the events', async () => {
    const content = baseCopy();
    appendFileSync(join(content, 'tags.yaml'), 'Social Media:\n  label: Sociale media\n');
    writeFileSync(
      join(content, 'events', 'sociale-media.md'),
      dutchEvent('Sociale media', 'tags: [social-media, thuiswerken]').replace('tags: [afsluiting]\n', ''),
    );
    const result = await runCheck(content);
    assert.deepEqual(result.problems, [
      `${shown(content, 'tags.yaml')}:6: Social Media: "Social Media" is not an id (did you mean "social-media"?): tag ids are lowercase words joined by - — write social-media: instead, and tags: [social-media] in the events that use it`,
    ]);
    assert.equal(result.code, 1);
  });

  test('a bad entry is one line on its own line; the other entries stay known', async () => {
    const content = baseCopy();
    writeFileSync(
      join(content, 'organisations.yaml'),
      readFileSync(join(content, 'organisations.yaml'), 'utf8').replace('  place: Groningen\n', ''),
    );
    writeFileSync(
      join(content, 'threads.yaml'),
      'hackpogingen:\n  title: Hackpogingen\nuniversiteiten:\n  titel: Universiteiten\n',
    );
    const result = await runCheck(content);
    assert.deepEqual(
      result.problems.sort(),
      [
        `${shown(content, 'organisations.yaml')}:7: duo.place: is missing`,
        `${shown(content, 'threads.yaml')}:4: universiteiten.titel: unknown field "titel" — did you mean "title"? The fields here are: title, description`,
        `${shown(content, 'threads.yaml')}:4: universiteiten.title: is missing`,
      ].sort(),
    );
    assert.match(result.summary, /^2 events checked in \d+ ms: 3 errors, 0 warnings\.$/);
  });
});

test('when no event file is valid, the summary says how many were read', async () => {
  const content = baseCopy();
  for (const name of ['kamer-stopt-met-thuiswerken.md', 'ncsc-adviseert-citrix-uit-te-schakelen.md'])
    writeFileSync(join(content, 'events', name), '');
  writeFileSync(join(content, 'events', 'notities.txt'), 'geen gebeurtenis');
  const result = await runCheck(content);
  assert.equal(result.problems.length, 3);
  assert.match(
    result.summary,
    /^3 event files read in \d+ ms, 3 of them with errors of their own: 3 errors, 0 warnings\.$/,
  );
});

test('a README.md in the content folder is allowed; other stray files are not', async () => {
  const content = baseCopy();
  writeFileSync(join(content, 'README.md'), '# De inhoud van de tijdlijn\n');
  const clean = await runCheck(content);
  assert.deepEqual(clean.problems, []);
  assert.equal(clean.code, 0);
  writeFileSync(join(content, 'notities.md'), 'Losse notities.\n');
  const stray = await runCheck(content);
  assert.deepEqual(stray.problems, [
    `${shown(content, 'notities.md')}: is not part of the timeline and would be ignored — move event files to ${shown(content, 'events')}/ (only README.md may stay here)`,
  ]);
});

test('an English timeline gets English examples in its hints', async () => {
  const content = englishCopy();
  const file = join(content, 'events', 'no-title.md');
  writeFileSync(
    file,
    '---\ndate: 2020-01-18\nsummary: Something happened.\nimage: { src: /tmp/photo.jpg, alt: A photo, credit: Someone }\nsources:\n  - { title: Note, date: 2020-01-18, language: en }\n---\nText.\n',
  );
  const result = await runCheck(content);
  assert.deepEqual(
    result.problems.sort(),
    [
      `${shown(file)}:2: title: is missing — write a short headline, e.g. title: Council closes remote access`,
      `${shown(file)}:4: image.src: "/tmp/photo.jpg" is an absolute path — write the path relative to the event file, e.g. src: ./photo.jpg`,
    ].sort(),
  );
});

describe('published', () => {
  test('to the day or the minute; a month alone is refused', async () => {
    const content = baseCopy();
    writeFileSync(join(content, 'events', 'op-de-dag.md'), dutchEvent('Op de dag', 'published: 2020-01-16'));
    writeFileSync(
      join(content, 'events', 'op-de-minuut.md'),
      dutchEvent('Op de minuut', 'published: 2020-01-16T08:05'),
    );
    writeFileSync(join(content, 'events', 'alleen-de-maand.md'), dutchEvent('Alleen de maand', 'published: 2020-01'));
    writeFileSync(join(content, 'events', 'in-de-toekomst.md'), dutchEvent('In de toekomst', 'published: 2099-01-16'));
    const result = await runCheck(content);
    assert.deepEqual(
      result.problems.sort(),
      [
        `${shown(content, 'events', 'alleen-de-maand.md')}:8: published: 2020-01 gives only the month; the publication date needs its day — write the day the entry was first published here, e.g. published: 2020-01-17 (or with a time: 2020-01-17T09:30)`,
        `${shown(content, 'events', 'in-de-toekomst.md')}:8: warning: published: 2099-01-16 is in the future — write the day the entry first appears on the site; search engines read it as the publication date`,
      ].sort(),
    );
    assert.match(result.summary, /: 1 error, 1 warning\.$/);
  });
});

describe('the build prints the same lines and stops, without a stack trace', () => {
  test('npm run dev: a broken site.yaml is its line, and the server does not start', async () => {
    const content = englishCopy();
    const file = join(content, 'site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('language: en', 'language: Engels'));
    const child = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--port', '4391'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        ...process.env,
        PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
        TIJDLIJN_CONTENT: content,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    });
    assert.equal(child.status, 1, child.stdout + child.stderr);
    assert.ok(
      child.stderr.includes(
        `${shown(file)}:4: language: "Engels" is not a language the interface has (did you mean "en"?) — write language: nl or language: en`,
      ),
      child.stderr,
    );
    assert.doesNotMatch(child.stdout + child.stderr, STACK);
    rmSync(content, { recursive: true, force: true });
  });

  test('site.yaml: a misspelt zone', () => {
    const content = englishCopy();
    const file = join(content, 'site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('timeZone: Europe/London', 'timeZone: Europe/Londen'));
    const result = build({ content });
    assert.notEqual(result.status, 0);
    assert.ok(
      result.output.includes(
        `${shown(file)}:5: timeZone: "Europe/Londen" is not an IANA time zone (did you mean "Europe/London"?) — write an IANA time zone name, e.g. timeZone: Europe/Amsterdam`,
      ),
      result.output,
    );
    assert.doesNotMatch(result.output, STACK);
    rmSync(content, { recursive: true, force: true });
  });

  test('an alias bomb in an event and a tag key that is no id', () => {
    const content = englishCopy();
    writeFileSync(
      join(content, 'events', 'bomb.md'),
      `---\ntitle: Bomb\ndate: 2020-01-15\n${aliasBomb(9)}---\nText.\n`,
    );
    appendFileSync(join(content, 'tags.yaml'), 'Social Media:\n  label: Social media\n');
    const result = build({ content });
    assert.notEqual(result.status, 0);
    for (const line of [
      `${shown(content, 'events', 'bomb.md')}:5: ${BOMB}`,
      `${shown(content, 'tags.yaml')}:4: Social Media: "Social Media" is not an id (did you mean "social-media"?): tag ids are lowercase words joined by - — write social-media: instead, and tags: [social-media] in the events that use it`,
    ])
      assert.ok(result.output.includes(line), `missing: ${line}\n${result.output}`);
    assert.doesNotMatch(result.output, STACK, result.output);
    rmSync(content, { recursive: true, force: true });
  });
});
