/**
 * Reading YAML: a "billion laughs" file (anchors whose aliases expand to
 * millions of values) is refused quickly with a line, not expanded until the
 * process runs out of memory; ordinary anchors still work.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FrontmatterError, parseYaml, readFrontmatter } from '../../src/lib/frontmatter.ts';
import { aliasBomb } from '../support/hostile.ts';

function refusal(run: () => unknown): FrontmatterError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof FrontmatterError, `threw ${String(error)}`);
    return error;
  }
  assert.fail('did not throw');
}

describe('parseYaml and aliases', () => {
  // Refused before it is expanded: a bomb of 9^40 values, more than any machine could build, is refused
  // just the same (the generous timeout turns an expansion into a failure rather than a hung run).
  test('an alias bomb is refused without being expanded, on the line of the first alias', { timeout: 60_000 }, () => {
    const yaml = aliasBomb(9); // 9^9: 387 million values, expanded
    const error = refusal(() => parseYaml(`title: Bom\n${yaml}`));
    const huge = refusal(() => parseYaml(`title: Bom\n${aliasBomb(40)}`));
    assert.equal(huge.line, 3);
    assert.equal(huge.message, error.message);
    assert.equal(error.line, 3); // title, the anchor, then the first alias
    assert.equal(
      error.message,
      'the YAML repeats anchored values (*name) too often: expanded, it would take too much memory',
    );
    assert.equal(error.hint, 'write the values out in full instead of using anchors (&name) and aliases (*name)');
  });

  test('in event frontmatter too, with the line counted in the file', () => {
    const yaml = aliasBomb(8);
    const error = refusal(() => readFrontmatter(`---\ntitle: Bom\ndate: 2020-01-17\n${yaml}---\nTekst.\n`));
    // ---, title, date, a0 (the anchor), a1: the first alias is on line 5.
    assert.equal(error.line, 5);
  });

  test('a few ordinary anchors and aliases still read as their values', () => {
    const { data } = parseYaml('bron: &bron { title: NOS, language: nl }\nzelfde: *bron\n');
    assert.deepEqual(data, { bron: { title: 'NOS', language: 'nl' }, zelfde: { title: 'NOS', language: 'nl' } });
  });

  test('keyLineOf gives the line of a key whose value starts on the next line', () => {
    const yaml = parseYaml('eerste:\n  label: Een\nSocial Media:\n  label: Sociale media\n');
    assert.equal(yaml.keyLineOf(['Social Media']), 3);
    assert.equal(yaml.lineOf(['Social Media']), 4);
  });
});

describe('readFrontmatter: where the frontmatter ends is where gray-matter ends it', () => {
  test('fields, the body, and the line the body starts on', () => {
    const file = readFrontmatter('---\ntitle: Lek\ndate: 2020-01-17\n---\nEerste alinea.\n');
    assert.deepEqual(file.data, { title: 'Lek', date: '2020-01-17' });
    assert.equal(file.body, 'Eerste alinea.\n');
    assert.equal(file.bodyLine, 5);
    assert.equal(file.lineOf(['date']), 3);
  });

  test('a byte-order mark, Windows line ends and spaces after the dashes change nothing', () => {
    const file = readFrontmatter('\uFEFF---  \r\ntitle: Lek\r\n--- \r\nTekst.\r\n');
    assert.deepEqual(file.data, { title: 'Lek' });
    assert.equal(file.bodyLine, 4);
    assert.match(file.body, /Tekst\.\n$/);
  });

  test('a line that starts with "---" but says more ends the frontmatter: an error on that line', () => {
    const error = refusal(() => readFrontmatter('---\ntitle: Lek\n---- nog een veld\ndate: 2020-01-17\n---\nTekst.\n'));
    assert.equal(error.line, 3);
    assert.equal(
      error.message,
      'the line "---- nog een veld" starts with "---", so it ends the frontmatter, but it has more on it',
    );
    assert.match(error.hint, /write only "---" on the line that ends the frontmatter/);
  });

  test('"----" or "---yaml" on the first line is not the start of frontmatter', () => {
    for (const first of ['----', '---yaml', '--- json']) {
      const error = refusal(() => readFrontmatter(`${first}\ntitle: Lek\n---\nTekst.\n`));
      assert.equal(error.line, 1, first);
      assert.equal(error.message, 'the file does not start with frontmatter', first);
    }
  });

  test('frontmatter that is never closed is reported on the last line, with or without a final newline', () => {
    assert.equal(refusal(() => readFrontmatter('---\ntitle: Lek\ndate: 2020-01-17\n')).line, 3);
    assert.equal(refusal(() => readFrontmatter('---\ntitle: Lek\ndate: 2020-01-17')).line, 3);
    assert.equal(refusal(() => readFrontmatter('---\ntitle: Lek\n')).message, 'the frontmatter is not closed');
  });

  test('empty frontmatter has no fields, and a body', () => {
    const file = readFrontmatter('---\n---\nTekst.\n');
    assert.deepEqual(file.data, {});
    assert.equal(file.bodyLine, 3);
    assert.equal(file.body, 'Tekst.\n');
  });

  test('an empty file, and a list instead of fields, are refused with their lines', () => {
    assert.equal(refusal(() => readFrontmatter(' \n')).message, 'the file is empty');
    const list = refusal(() => readFrontmatter('---\n- een\n- twee\n---\n'));
    assert.equal(list.message, 'the frontmatter is not a list of fields');
  });
});
