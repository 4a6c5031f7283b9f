/**
 * `npm run check`: checks every file of the content folder without building
 * the site, prints one line per problem and exits non-zero on any error.
 */
import { environment } from '../src/config/environment.ts';
import { checkContentWithImages } from '../src/content/check.ts';
import { formatProblem } from '../src/content/problems.ts';

/**
 * The closing line. When every event file is valid: "3 events checked in 40 ms: …". Otherwise it
 * says how many files were read, so "0 events" after a list of errors cannot read as "nothing there".
 */
function summary(valid: number, read: number, settingsValid: boolean, ms: number, counts: string): string {
  const files = `${read} event file${read === 1 ? '' : 's'}`;
  if (!settingsValid) return `${files} not checked: site.yaml must be valid first (${ms} ms): ${counts}.`;
  if (valid === read) return `${valid} event${valid === 1 ? '' : 's'} checked in ${ms} ms: ${counts}.`;
  return `${files} read in ${ms} ms, ${read - valid} of them with errors of their own: ${counts}.`;
}

const started = performance.now();
const report = await checkContentWithImages(environment().contentDir);
const errors = report.problems.filter((problem) => problem.severity === 'error');
const warnings = report.problems.filter((problem) => problem.severity === 'warning');
for (const problem of report.problems) console.log(formatProblem(problem));
const elapsed = Math.round(performance.now() - started);
const counts = `${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
console.log(summary(report.events.length, report.eventFiles, report.settings !== undefined, elapsed, counts));
process.exitCode = errors.length > 0 ? 1 : 0;
