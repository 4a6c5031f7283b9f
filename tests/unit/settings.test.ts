/**
 * site.yaml as an editor gets it wrong: every problem is one line with the
 * file, the line the setting is on, the field, what is wrong and what to
 * write, with "did you mean" for zones and languages.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadSettings, readSettings } from '../../src/config/settings.ts';
import { ContentError, formatProblem } from '../../src/content/problems.ts';
import { shown } from '../checker/support.ts';
import { tempDir } from '../support/build.ts';
import { aliasBomb } from '../support/hostile.ts';

const VALID = [
  'title: Een tijdlijn', //                       1
  'description: Om te testen.', //                2
  'language: nl', //                              3
  'timeZone: Europe/Amsterdam', //                4
  'site: https://tijdlijn.example.org', //        5
  'sectors:', //                                  6
  '  overheid: Overheid', //                      7
];

/** A content folder whose site.yaml is `text`; returns the problem lines and how the file is named in them. */
function lines(text: string, env: NodeJS.ProcessEnv = {}): { problems: string[]; file: string } {
  const dir = join(tempDir('tijdlijn-settings-'), 'content');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'site.yaml'), text);
  const result = readSettings(dir, env);
  return { problems: result.problems.map(formatProblem), file: shown(dir, 'site.yaml') };
}

const withLine = (line: number, replacement: string) =>
  VALID.map((text, index) => (index === line - 1 ? replacement : text)).join('\n');

describe('readSettings', () => {
  test('valid settings have no problems and get their defaults', () => {
    const dir = join(tempDir('tijdlijn-settings-'), 'content');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'site.yaml'), VALID.join('\n'));
    const { settings, problems } = readSettings(dir, {});
    assert.deepEqual(problems, []);
    assert.equal(settings?.base, '/');
    assert.equal(settings?.pageSize, 150);
  });

  test('an empty file: one line that lists the settings to write', () => {
    const { problems, file } = lines('');
    assert.deepEqual(problems, [
      `${file}:1: has no settings — write the timeline's settings, one per line: title:, description:, language:, timeZone:, site:, sectors: (see README.md, "Another timeline")`,
    ]);
  });

  test('a missing file and a list instead of settings', () => {
    const dir = join(tempDir('tijdlijn-settings-'), 'content');
    mkdirSync(dir, { recursive: true });
    assert.deepEqual(readSettings(dir, {}).problems.map(formatProblem), [
      `${shown(dir, 'site.yaml')}: is missing — create it with the timeline's settings: title, description, language, timeZone, site, sectors (see README.md, "Another timeline")`,
    ]);
    const { problems, file } = lines('- title: Een tijdlijn\n- language: nl\n');
    assert.deepEqual(problems, [
      `${file}:1: must be a list of settings, one "name: value" per line, not a list — write e.g. title: Het Citrix-lek on the first line (see README.md, "Another timeline")`,
    ]);
  });

  test('a zone written without its underscore: the zone meant, on its line', () => {
    const { problems, file } = lines(withLine(4, 'timeZone: America/NewYork'));
    assert.deepEqual(problems, [
      `${file}:4: timeZone: "America/NewYork" is not an IANA time zone (did you mean "America/New_York"?) — write an IANA time zone name, e.g. timeZone: Europe/Amsterdam`,
    ]);
  });

  test('a language the interface does not have, and one written as a name', () => {
    const de = lines(withLine(3, 'language: de'));
    assert.deepEqual(de.problems, [
      `${de.file}:3: language: "de" is not a language the interface has (it has nl and en) — write language: nl or language: en`,
    ]);
    const english = lines(withLine(3, 'language: English'));
    assert.deepEqual(english.problems, [
      `${english.file}:3: language: "English" is not a language the interface has (did you mean "en"?) — write language: nl or language: en`,
    ]);
  });

  test('a missing setting, a wrong type and an unknown setting: no raw validator text', () => {
    const { problems, file } = lines([...VALID.slice(1), 'pagesize: 50', 'base: tijdlijn'].join('\n'));
    assert.deepEqual(problems, [
      `${file}:1: title: is missing — write the name of the timeline, e.g. title: Het Citrix-lek`,
      `${file}:7: pagesize: unknown field "pagesize" — did you mean "pageSize"? The fields here are: title, description, language, timeZone, site, base, repository, sectors, pageSize, publisher, author`,
      `${file}:8: base: must start and end with "/" — write base: / for the root, or a sub-path that starts and ends with /, e.g. base: /tijdlijn/`,
    ]);
    for (const line of problems) assert.doesNotMatch(line, /Invalid input|expected/);
  });

  test('an English timeline gets English examples', () => {
    const { problems, file } = lines(
      ['language: en', ...VALID.slice(1).filter((line) => !line.startsWith('language'))].join('\n'),
    );
    assert.deepEqual(problems, [
      `${file}:1: title: is missing — write the name of the timeline, e.g. title: The Citrix flaw`,
    ]);
  });

  test('malformed YAML and an alias bomb: the line of the mistake', { timeout: 60_000 }, () => {
    const broken = lines(withLine(2, 'description: Om: te testen.'));
    assert.deepEqual(broken.problems, [
      `${broken.file}:2: the YAML is malformed: Nested mappings are not allowed in compact mappings — check the indentation, and put text that contains ": " or starts with a quote or bracket in double quotes`,
    ]);
    const bomb = lines(`${VALID.join('\n')}\n${aliasBomb(9)}`);
    // Refused before it is expanded: 9^40 values could never be built, and are refused just the same
    // (the generous timeout turns an expansion into a failure rather than a hung run).
    const huge = lines(`${VALID.join('\n')}\n${aliasBomb(40)}`);
    assert.deepEqual(
      huge.problems,
      bomb.problems.map((problem) => problem.replace(bomb.file, huge.file)),
    );
    assert.deepEqual(bomb.problems, [
      `${bomb.file}:9: the YAML repeats anchored values (*name) too often: expanded, it would take too much memory — write the values out in full instead of using anchors (&name) and aliases (*name)`,
    ]);
  });

  test('a bad value from the environment says where it came from', () => {
    const { problems, file } = lines(VALID.join('\n'), { TIJDLIJN_BASE: 'tijdlijn' });
    assert.deepEqual(problems, [
      `${file}: base: must start and end with "/" (from TIJDLIJN_BASE) — set TIJDLIJN_BASE to a valid value, or unset it to use site.yaml`,
    ]);
  });

  test('publisher and author are checked like the rest', () => {
    const { problems, file } = lines(
      [...VALID, 'publisher:', '  name: Redactie', '  logo: logo.png', 'author: { name: Redactie, type: Bureau }'].join(
        '\n',
      ),
    );
    assert.deepEqual(problems, [
      `${file}:10: publisher.logo: must be a web address starting with https://, not text "logo.png" — write publisher: { name: Redactie Tijdlijn, logo: https://tijdlijn.example.org/logo.png, url: https://tijdlijn.example.org }, or leave it out`,
      `${file}:11: author.type: must be Organization or Person — write author: { name: Redactie Tijdlijn, url: https://tijdlijn.example.org/over/ }, or leave it out`,
    ]);
  });

  test('loadSettings throws a ContentError with the same problems', () => {
    const dir = join(tempDir('tijdlijn-settings-'), 'content');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'site.yaml'), withLine(4, 'timeZone: Mars/Olympus'));
    assert.throws(
      () => loadSettings(dir, {}),
      (error) => error instanceof ContentError && error.problems.length === 1 && error.problems[0]!.line === 4,
    );
  });
});
