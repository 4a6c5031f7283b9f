/**
 * The build's content check with verdicts kept between builds: an unchanged
 * file is not parsed again, yet every problem a full check reports is still
 * reported, with the same line, in the second build as in the first.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DateTime } from 'luxon';
import { checkContent } from '../../src/content/check.ts';
import { buildStopMessage, checkContentForBuild, checkerVersion } from '../../src/content/check-cache.ts';
import { formatProblem } from '../../src/content/problems.ts';

const NOW = DateTime.fromISO('2026-01-01T12:00:00', { zone: 'Europe/Amsterdam' });
const temps: string[] = [];
after(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function folder(): { content: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), 'tijdlijn-check-cache-'));
  temps.push(root);
  const content = join(root, 'content');
  cpSync('tests/fixtures/checker/base', content, { recursive: true });
  return { content, cache: join(root, 'cache', 'tijdlijn-check.json') };
}

/** The problem lines of the cached check, after checking that a full check prints the same ones. */
async function lines(content: string, cache: string): Promise<string[]> {
  const cached = (await checkContentForBuild(content, cache, { now: NOW })).report.problems.map(formatProblem);
  assert.deepEqual(cached, checkContent(content, { now: NOW }).problems.map(formatProblem));
  return cached;
}

test('a second build parses only the files that changed', async () => {
  const { content, cache } = folder();
  const first = await checkContentForBuild(content, cache, { now: NOW });
  assert.equal(first.checked.size, 2);
  const file = join(content, 'events', 'kamer-stopt-met-thuiswerken.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Een andere titel'));
  const second = await checkContentForBuild(content, cache, { now: NOW });
  assert.deepEqual([...second.checked.keys()], [file]);
  assert.equal(second.report.events.length, 2);
});

test('a file that breaks after it passed is reported, and a broken file is reported in every build', async () => {
  const { content, cache } = folder();
  assert.deepEqual(await lines(content, cache), []);
  const file = join(content, 'events', 'kamer-stopt-met-thuiswerken.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2020-02-30'));
  const broken = await lines(content, cache);
  assert.equal(broken.length, 1);
  assert.match(broken[0]!, /kamer-stopt-met-thuiswerken\.md:\d+: date:/);
  assert.deepEqual(await lines(content, cache), broken);
});

test('a link to an event that was deleted is reported on its line, also when the linking file is unchanged', async () => {
  const { content, cache } = folder();
  // The fixture's kamer-stopt-met-thuiswerken.md links to it (`related`).
  assert.deepEqual(await lines(content, cache), []);
  unlinkSync(join(content, 'events', 'ncsc-adviseert-citrix-uit-te-schakelen.md'));
  const [problem, ...rest] = await lines(content, cache);
  assert.deepEqual(rest, []);
  assert.match(
    problem!,
    /kamer-stopt-met-thuiswerken\.md:\d+: related\.0: unknown event "ncsc-adviseert-citrix-uit-te-schakelen"/,
  );
});

test('a changed taxonomy checks every file again: an organisation removed is an error in an unchanged event', async () => {
  const { content, cache } = folder();
  assert.deepEqual(await lines(content, cache), []);
  const organisations = join(content, 'organisations.yaml');
  const used = /organisations: \[([a-z0-9-]+)/.exec(
    readFileSync(join(content, 'events', 'kamer-stopt-met-thuiswerken.md'), 'utf8'),
  )![1]!;
  const text = readFileSync(organisations, 'utf8');
  writeFileSync(organisations, text.replace(new RegExp(`^${used}:\\n(?:  .*\\n)*`, 'm'), ''));
  const problems = await lines(content, cache);
  assert.ok(
    problems.some((line) => line.includes(`"${used}"`)),
    problems.join('\n'),
  );
});

test("the checker's version, which keys the cache, changes with any of its modules, in a subfolder too", () => {
  const src = join(mkdtempSync(join(tmpdir(), 'tijdlijn-checker-src-')), 'src');
  temps.push(dirname(src));
  for (const [file, text] of Object.entries({
    'content/check.ts': 'export {};',
    'lib/dates/parse.ts': 'export const zone = "UTC";',
    'config/settings.ts': 'export {};',
    'domain.ts': 'export {};',
  })) {
    mkdirSync(dirname(join(src, file)), { recursive: true });
    writeFileSync(join(src, file), text);
  }
  const before = checkerVersion(src);
  writeFileSync(join(src, 'lib/dates/notes.md'), 'not code');
  assert.equal(checkerVersion(src), before, 'a file that is not a module changes nothing');
  writeFileSync(join(src, 'lib/dates/parse.ts'), 'export const zone = "Europe/Amsterdam";');
  const changed = checkerVersion(src);
  assert.notEqual(changed, before);
  writeFileSync(join(src, 'content/check.ts'), 'export const strict = true;');
  assert.notEqual(checkerVersion(src), changed);
});

test('what a build stops with: nothing for good content, the errors for a bad event, the settings message for site.yaml', async () => {
  const { content, cache } = folder();
  assert.equal(await buildStopMessage(content, cache), undefined);
  const event = join(content, 'events', 'kamer-stopt-met-thuiswerken.md');
  writeFileSync(event, readFileSync(event, 'utf8').replace(/^date: .*$/m, 'date: 2020-02-30'));
  const [heading, line, ...rest] = (await buildStopMessage(content, cache))!.split('\n');
  assert.equal(heading, 'A content file has a problem:');
  assert.match(line!, /kamer-stopt-met-thuiswerken\.md:\d+: date: "2020-02-30" is not a date that exists/);
  assert.deepEqual(rest, []);

  const settings = join(content, 'site.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^timeZone: .*$/m, 'timeZone: Europe/Amsterdm'));
  const message = (await buildStopMessage(content, cache))!;
  assert.match(message, /site\.yaml:\d+: timeZone: "Europe\/Amsterdm" is not an IANA time zone/);
  assert.match(message, /\nThe site settings have a problem: fix site\.yaml, then build again\.$/);
});

test('what a build stops with is read from the kept verdicts, and writes none (the build writes them)', async () => {
  const { content, cache } = folder();
  assert.equal(await buildStopMessage(content, cache), undefined);
  assert.equal(existsSync(cache), false, 'the first check wrote the cache');
  await checkContentForBuild(content, cache, { now: NOW });
  const kept = readFileSync(cache);
  const event = join(content, 'events', 'ncsc-adviseert-citrix-uit-te-schakelen.md');
  writeFileSync(event, '');
  assert.match(
    (await buildStopMessage(content, cache))!,
    /ncsc-adviseert-citrix-uit-te-schakelen\.md:1: the file is empty/,
  );
  assert.deepEqual(readFileSync(cache), kept);
});
