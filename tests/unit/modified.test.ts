/**
 * When each event page last changed (src/content/modified.ts): the latest
 * correction's instant in the site zone, read from a copy of the English
 * fixture (zone Europe/London) with corrections added.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, test } from 'node:test';
import {
  lastModifiedByEvent,
  lastModifiedOf,
  recordedLastModified,
  recordLastModified,
} from '../../src/content/modified.ts';
import type { Correction } from '../../src/domain.ts';
import { parseEventDate } from '../../src/lib/dates/index.ts';
import { ROOT } from '../support/build.ts';

function english(change: (events: string) => void = () => {}): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'tijdlijn-modified-')), 'content');
  cpSync(join(ROOT, 'tests/fixtures/english'), dir, { recursive: true });
  change(join(dir, 'events'));
  return dir;
}

/** Adds `lines` to the frontmatter of an event of the fixture, after its title. */
function addToFrontmatter(events: string, id: string, lines: string): void {
  const file = join(events, `${id}.md`);
  const text = readFileSync(file, 'utf8');
  const withLines = text.replace(/^(title: .*\n)/m, `$1${lines}`);
  assert.notEqual(withLines, text, `${id}.md has a title line to add after`);
  writeFileSync(file, withLines);
}

describe('lastModifiedByEvent', () => {
  test("each corrected event's latest correction, in the site zone; events never corrected are absent", () => {
    const content = english((events) => {
      // Neither first nor last as written: the latest is the one in summer time (BST, +01:00).
      addToFrontmatter(
        events,
        'council-closes-remote-access',
        'corrections:\n' +
          '  - { date: 2020-01-20, note: "The closure began on Friday." }\n' +
          '  - { date: 2020-06-15T14:30, note: "The staff count was wrong." }\n' +
          '  - { date: 2020-02-03, note: "The council\'s name was misspelt." }\n',
      );
      addToFrontmatter(
        events,
        'university-shuts-servers',
        'corrections:\n  - date: 2020-01-18\n    note: "The servers were shut in the afternoon."\n',
      );
    });
    const modified = lastModifiedByEvent(content);
    assert.deepEqual(
      [...modified].sort(([a], [b]) => a.localeCompare(b)),
      [
        ['council-closes-remote-access', '2020-06-15T14:30:00+01:00'],
        ['university-shuts-servers', '2020-01-18T00:00:00+00:00'],
      ],
    );
    assert.equal(modified.has('advice-published'), false);
  });

  test('a file with malformed frontmatter, or corrections the schema refuses, is left to the checker', () => {
    const content = english((events) => {
      addToFrontmatter(
        events,
        'council-closes-remote-access',
        'corrections:\n  - { date: 2020-01-20, note: "Fixed." }\n',
      );
      // Unclosed flow sequence: the YAML cannot be read at all.
      writeFileSync(
        join(events, 'broken-yaml.md'),
        '---\ntitle: Broken\ndate: 2020-01-17\ncorrections: [{ date: 2020-01-20, note: "x" }\n---\nBody.\n',
      );
      // A correction known only to the month: the schema needs its day.
      addToFrontmatter(events, 'university-shuts-servers', 'corrections:\n  - { date: 2020-02, note: "Later." }\n');
      // Not an event file.
      writeFileSync(join(events, 'notes.txt'), 'corrections:\n  - { date: 2020-01-20, note: "x" }\n');
    });
    let modified: Map<string, string> | undefined;
    assert.doesNotThrow(() => {
      modified = lastModifiedByEvent(content);
    });
    assert.deepEqual([...modified!], [['council-closes-remote-access', '2020-01-20T00:00:00+00:00']]);
  });

  test('a content folder without events: an empty map', () => {
    const content = english((events) => rmSync(events, { recursive: true }));
    assert.equal(lastModifiedByEvent(content).size, 0);
  });
});

describe('lastModifiedOf', () => {
  const zone = 'Europe/Amsterdam';
  const correction = (date: string, note: string): Correction => ({ date: parseEventDate(date, zone), note });

  test("the latest of a list's corrections, whatever the order, as RFC 3339 with the zone's offset", () => {
    const list = [
      correction('2020-01-20', 'second'),
      correction('2020-07-01T09:15', 'latest'),
      correction('2020-01-18T23:59', 'first'),
    ];
    assert.equal(lastModifiedOf(list, zone), '2020-07-01T09:15:00+02:00');
    assert.equal(lastModifiedOf(list.slice(0, 1), zone), '2020-01-20T00:00:00+01:00');
  });

  test('no corrections: no modification date', () => {
    assert.equal(lastModifiedOf([], zone), undefined);
    assert.equal(lastModifiedOf(undefined, zone), undefined);
  });
});

describe('recordLastModified and recordedLastModified', () => {
  test('nothing before the loader records; then what it recorded, as recorded', () => {
    // A process of its own: the unit tests share one, and another file may have recorded already.
    const module = pathToFileURL(join(ROOT, 'src/content/modified.ts')).href;
    const fresh = execFileSync(process.execPath, [
      '--input-type=module',
      '--eval',
      `import { recordedLastModified } from ${JSON.stringify(module)}; console.log(String(recordedLastModified()));`,
    ]);
    assert.equal(fresh.toString().trim(), 'undefined');
    const recorded = new Map([['council-closes-remote-access', '2020-01-20T00:00:00+00:00']]);
    recordLastModified(recorded);
    assert.deepEqual(recordedLastModified(), recorded);
    recordLastModified(new Map());
    assert.equal(recordedLastModified()?.size, 0);
  });
});
