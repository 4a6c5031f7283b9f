/**
 * `npm run check`: checks every file of the content folder without building
 * the site, prints one line per problem and exits non-zero on any error.
 */
import { environment } from '../src/config/environment.ts';
import { checkContentWithImages } from '../src/content/check.ts';
import { formatProblem } from '../src/content/problems.ts';

const started = performance.now();
const report = await checkContentWithImages(environment().contentDir);
const errors = report.problems.filter((problem) => problem.severity === 'error');
const warnings = report.problems.filter((problem) => problem.severity === 'warning');
for (const problem of report.problems) console.log(formatProblem(problem));
const elapsed = Math.round(performance.now() - started);
console.log(
  `${report.events.length} events checked in ${elapsed} ms: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}.`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
