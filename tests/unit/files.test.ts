import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readText } from '../../src/content/files.ts';
import type { Problem } from '../../src/content/problems.ts';

const dir = mkdtempSync(join(tmpdir(), 'tijdlijn-files-'));

describe('readText', () => {
  test('UTF-8 text comes back as it is, with no problem', () => {
    const path = join(dir, 'goed.md');
    writeFileSync(path, 'Één regel\nTwee: „citaat”\n');
    const problems: Problem[] = [];
    assert.equal(readText(path, problems), 'Één regel\nTwee: „citaat”\n');
    assert.deepEqual(problems, []);
  });

  test('a file saved in another encoding is one problem naming the first bad line', () => {
    const path = join(dir, 'latin1.md');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('regel een\nregel twee\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from('\n')]),
    );
    const problems: Problem[] = [];
    assert.equal(readText(path, problems), undefined);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /not valid UTF-8 text \(the first bad byte is on line 3\)/);
    assert.equal(problems[0]!.hint, 'save the file as UTF-8 text');
  });

  test('a file that is not there is a problem, not an exception', () => {
    const problems: Problem[] = [];
    assert.equal(readText(join(dir, 'weg.md'), problems), undefined);
    assert.match(problems[0]!.message, /^cannot be read/);
  });
});
