/**
 * How a problem is written out (src/lib/problems.ts), and the content-file additions
 * (src/content/problems.ts): one line with file, line, field, what is wrong and what to write instead.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { eventFieldHint } from '../../src/content/problems.ts';
import { EVENT_FIELDS, SOURCE_FIELDS } from '../../src/content/schema-hints.ts';
import { ContentError, formatProblem, problemFile, problemsFromIssues, type Problem } from '../../src/lib/problems.ts';

const problem: Problem = {
  severity: 'error',
  file: 'content/events/a.md',
  line: 3,
  field: 'sources.0.url',
  message: 'is not a web address',
  hint: 'write https://…',
};

describe('formatProblem', () => {
  test('file:line: field: message — hint, on one line', () => {
    assert.equal(
      formatProblem(problem),
      'content/events/a.md:3: sources.0.url: is not a web address — write https://…',
    );
  });

  test('a warning says so; without line, field or hint those parts are left out', () => {
    assert.equal(
      formatProblem({ severity: 'warning', file: 'content/site.yaml', message: 'is old' }),
      'content/site.yaml: warning: is old',
    );
  });
});

describe('ContentError', () => {
  test('counts and lists only the errors, and keeps every problem', () => {
    const warning: Problem = { severity: 'warning', file: 'b.md', message: 'odd' };
    const error = new ContentError([problem, warning]);
    assert.equal(error.message, `A content file has a problem:\n${formatProblem(problem)}`);
    assert.equal(error.problems.length, 2);
    assert.match(new ContentError([problem, problem]).message, /^Content files have 2 problems:/);
  });
});

describe('problemFile', () => {
  test('relative to the folder the tool runs in, with forward slashes', () => {
    assert.equal(problemFile(join(process.cwd(), 'content', 'events', 'a.md')), 'content/events/a.md');
  });
});

describe('problemsFromIssues', () => {
  const schema = z.object({ title: z.string({ error: 'is missing' }), url: z.string().optional() }).strict();
  const context = {
    file: 'a.md',
    lineOf: (path: readonly (string | number)[]) => (path[0] === 'titel' ? 2 : undefined),
    hintFor: (path: readonly (string | number)[]) => (path[0] === 'title' ? 'write a headline' : undefined),
    fieldsAt: () => ['title', 'url'],
  };

  test('an unknown field gets its line and "did you mean", a missing one the field hint', () => {
    const result = schema.safeParse({ titel: 'x' });
    const problems = problemsFromIssues(result.error!.issues, context).map(formatProblem);
    assert.deepEqual(problems.sort(), [
      'a.md: title: is missing — write a headline',
      'a.md:2: titel: unknown field "titel" — did you mean "title"? The fields here are: title, url',
    ]);
  });
});

describe('eventFieldHint', () => {
  test("a nested field gets its own table's hint; the site's language picks the examples", () => {
    assert.equal(eventFieldHint(['sources', 0, 'date']), SOURCE_FIELDS.date.hint);
    assert.equal(eventFieldHint(['title']), EVENT_FIELDS.title.hint);
    assert.match(eventFieldHint(['title'], 'en')!, /Council/);
    assert.equal(eventFieldHint([0]), undefined);
  });
});
