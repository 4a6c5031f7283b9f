/**
 * Problems found in a file an editor writes (an event, a taxonomy file,
 * site.yaml), and the one way they are written out:
 *   content/events/<file>.md:<line>: <field>: <what is wrong> — <what to write instead>
 * The site settings, the checker, the build and the scaffold all report
 * through here; content/problems.ts adds what only event files need.
 */
import { relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import type { FieldPath } from './frontmatter.ts';
import { closestId } from './suggest.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number | undefined;
  /** Dotted field path, e.g. `sources.0.url`. */
  field?: string | undefined;
  message: string;
  hint?: string | undefined;
}

/** How a problem names a file: relative to the folder the tool runs in, with forward slashes. */
export function problemFile(path: string): string {
  return relative(process.cwd(), path).split(sep).join('/');
}

export function formatProblem(problem: Problem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` ${problem.field}:` : '';
  const hint = problem.hint ? ` — ${problem.hint}` : '';
  const label = problem.severity === 'warning' ? ' warning:' : '';
  return `${location}:${label}${field} ${problem.message}${hint}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(formatProblem).join('\n');
}

export class ContentError extends Error {
  override name = 'ContentError';
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `${errors.length === 1 ? 'A content file has a problem' : `Content files have ${errors.length} problems`}:\n${formatProblems(errors)}`,
    );
    this.problems = problems;
  }
}

export interface IssueContext {
  file: string;
  lineOf(path: FieldPath): number | undefined;
  hintFor(path: FieldPath): string | undefined;
  /** Field names allowed at `path`, for "did you mean" on unknown fields. */
  fieldsAt(path: FieldPath): readonly string[];
}

/** Turns schema issues into problems a person can act on. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], context: IssueContext): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const allowed = context.fieldsAt(path);
      for (const key of issue.keys) {
        const suggestion = closestId(key, allowed);
        problems.push({
          severity: 'error',
          file: context.file,
          line: context.lineOf([...path, key]),
          field: [...path, key].join('.'),
          message: `unknown field "${key}"`,
          hint: suggestion
            ? `did you mean "${suggestion}"? The fields here are: ${allowed.join(', ')}`
            : `the fields here are: ${allowed.join(', ')}`,
        });
      }
      continue;
    }
    const ownHint = issue.code === 'custom' ? issue.params?.['hint'] : undefined;
    problems.push({
      severity: 'error',
      file: context.file,
      line: context.lineOf(path),
      field: path.join('.') || undefined,
      message: issue.message,
      hint: typeof ownHint === 'string' ? ownHint : context.hintFor(path),
    });
  }
  return problems;
}
