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
