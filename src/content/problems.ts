/**
 * Problems in content files: the event field hints in the site's language,
 * and stopping a build on problems. How a problem is written out lives in
 * lib/problems.ts; its names are handed on here so the checker's callers
 * import problems from one place.
 */
import { environment } from '../config/environment.ts';
import type { FieldPath } from '../lib/frontmatter.ts';
import { ContentError, type Problem } from '../lib/problems.ts';
import { fieldHint } from './schema-hints.ts';

export {
  ContentError,
  formatProblem,
  formatProblems,
  problemFile,
  problemsFromIssues,
  type IssueContext,
  type Problem,
  type Severity,
} from '../lib/problems.ts';

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
  if (top === 'sources' && typeof index === 'number' && typeof nested === 'string')
    return fieldHint('source', nested, language);
  if (top === 'corrections' && typeof index === 'number' && typeof nested === 'string')
    return fieldHint('correction', nested, language);
  if (top === 'image' && typeof index === 'string') return fieldHint('image', index, language);
  return typeof top === 'string' ? fieldHint('event', top, language) : undefined;
}
