/**
 * Threads in the content checker: `threads.yaml` is part of a content folder
 * and checked with its schema; an event's `threads` must name threads from
 * it, with "did you mean" for a typo, as for tags and organisations.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { checkContent } from '../../src/content/check.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { copyContent } from '../support/build.ts';

const errors = (content: string) =>
  checkContent(content)
    .problems.filter((problem) => problem.severity === 'error')
    .map(formatProblem);

describe('threads in the checker', () => {
  test('the Citrix fixture, threads.yaml included, has no errors, and events know their threads', () => {
    const content = copyContent();
    assert.deepEqual(errors(content), []);
    const report = checkContent(content);
    const zutphen = report.events.find((event) => event.id === 'hackpoging-gemeente-zutphen')!;
    assert.deepEqual(zutphen.frontmatter.threads, ['hackpogingen', 'gemeenten']);
    const ncsc = report.events.find((event) => event.id === 'ncsc-adviseert-citrix-uit-te-schakelen')!;
    assert.deepEqual(ncsc.frontmatter.threads, []);
  });

  test('an unknown thread id names file, line and field, and suggests the closest id', () => {
    const content = copyContent();
    const file = join(content, 'events/hackpoging-gemeente-zutphen.md');
    const text = readFileSync(file, 'utf8').replace('threads: [hackpogingen, gemeenten]', 'threads: [hackpoging]');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((row) => row.startsWith('threads:')) + 1;
    const [problem, ...more] = errors(content);
    assert.deepEqual(more, []);
    assert.match(
      problem!,
      new RegExp(
        `events/hackpoging-gemeente-zutphen\\.md:${line}: threads\\.0: unknown thread "hackpoging" \\(did you mean "hackpogingen"\\?\\) — use an id from threads\\.yaml`,
      ),
    );
  });

  test('a bare value where the list belongs is refused with the list to write', () => {
    const content = copyContent();
    const file = join(content, 'events/hackpoging-gemeente-zutphen.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('threads: [hackpogingen, gemeenten]', 'threads: hackpogingen'),
    );
    assert.match(
      errors(content).join('\n'),
      /threads: must be a list in square brackets, not text "hackpogingen" — write threads: \[hackpogingen\]/,
    );
  });

  test('threads.yaml is checked with its schema, and is no stray file', () => {
    const content = copyContent();
    writeFileSync(join(content, 'threads.yaml'), 'hackpogingen:\n  titel: Hackpogingen\n');
    const found = errors(content).join('\n');
    assert.match(found, /threads\.yaml:2: hackpogingen\.titel: unknown field "titel" — did you mean "title"\?/);
    assert.match(found, /threads\.yaml:2: hackpogingen\.title: is missing/);
    assert.doesNotMatch(found, /is not part of the timeline/);
  });

  test('without threads.yaml there are no threads, and naming one is an error', () => {
    const content = copyContent();
    rmSync(join(content, 'threads.yaml'));
    const found = errors(content);
    assert.ok(found.length > 0 && found.every((line) => /threads\.\d: unknown thread/.test(line)), found.join('\n'));
  });
});
