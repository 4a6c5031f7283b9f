/**
 * The content checker's speed: `npm run check`'s work on a generated corpus,
 * as a multiple of the least any checker must do (read every file and split
 * its frontmatter with gray-matter and yaml), measured in the same run,
 * median of three. Prints figures; never passes or fails.
 *
 *   node bench/check.ts [--events 1000]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/content/check.ts';
import { readFrontmatter } from '../src/lib/frontmatter.ts';
import { generateCorpus } from './generate-corpus.ts';

const { values } = parseArgs({ options: { events: { type: 'string', default: '1000' } } });
const events = Number(values.events);
const corpus = generateCorpus({ events, out: join(tmpdir(), `tijdlijn-check-bench-${events}`) }).out;

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function readOnly(): void {
  const folder = join(corpus, 'events');
  for (const name of readdirSync(folder)) readFrontmatter(readFileSync(join(folder, name), 'utf8'));
}

function check(): void {
  const report = checkContent(corpus);
  if (report.problems.some((problem) => problem.severity === 'error'))
    throw new Error('the generated corpus has problems');
}

// One untimed round each, so module loading and the first schema build are not counted.
readOnly();
check();
const reference: number[] = [];
const checker: number[] = [];
for (let round = 0; round < 3; round++) {
  reference.push(time(readOnly));
  checker.push(time(check));
}
const perHundred = (ms: number) => (ms / events) * 100;
console.log(`content checker, ${events} generated events (median of 3):`);
console.log(
  `  read and split frontmatter only: ${median(reference).toFixed(0)} ms (${perHundred(median(reference)).toFixed(1)} ms per 100 files)`,
);
console.log(
  `  npm run check's work:            ${median(checker).toFixed(0)} ms (${perHundred(median(checker)).toFixed(1)} ms per 100 files)`,
);
console.log(`  ratio: ${(median(checker) / median(reference)).toFixed(2)} × the reference`);
