/**
 * Problems found in content, and the one way they are written out:
 *   content/events/<file>.md:<line>: <field>: <what is wrong> — <what to write instead>
 * The checker, the build and the scaffold all print problems through here.
 */
import { relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { environment } from '../config/environment.ts';
import type { FieldPath } from '../lib/frontmatter.ts';
import { closestId } from '../lib/suggest.ts';
import { fieldHint } from './schema.ts';

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
    super(`${errors.length === 1 ? 'A content file has a problem' : `Content files have ${errors.length} problems`}:\n${formatProblems(errors)}`);
    this.problems = problems;
  }
}

/**
 * Stops Astro on content problems. Under `npm run build` the problems are
 * printed, one line each, and the process ends with exit code 1: thrown,
 * Astro would wrap them in its own report with a stack trace. Anywhere else
 * (`astro dev`, which shows the error and recovers once the file is fixed)
 * it throws a ContentError.
 */
export function stopOnProblems(problems: readonly Problem[]): never {
  const error = new ContentError(problems);
  if (!environment().buildScript) {
    // The lines are the whole story: where in the checker they were found would only bury them.
    error.stack = '';
    throw error;
  }
  console.error(error.message);
  process.exit(1);
}

/** The "what to write instead" for a field path in an event file, with examples in the site's language. */
export function eventFieldHint(path: FieldPath, language?: string): string | undefined {
  const [top, index, nested] = path;
  if (top === 'sources' && typeof index === 'number' && typeof nested === 'string') return fieldHint('source', nested, language);
  if (top === 'corrections' && typeof index === 'number' && typeof nested === 'string') return fieldHint('correction', nested, language);
  if (top === 'image' && typeof index === 'string') return fieldHint('image', index, language);
  return typeof top === 'string' ? fieldHint('event', top, language) : undefined;
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
          hint: suggestion ? `did you mean "${suggestion}"? The fields here are: ${allowed.join(', ')}` : `the fields here are: ${allowed.join(', ')}`,
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
