/**
 * `npm run new`: writes a new event file, `<content>/events/<slug>.md`, with
 * valid frontmatter and a placeholder text. Values come from flags; in a
 * terminal it asks for whatever is missing. The file is checked with the
 * content checker before it is written, so a refused value gets the
 * checker's own message, and an existing file is never overwritten.
 *
 *   npm run new -- --title "Tweede Kamer stopt met thuiswerken" --date 2020-01-17 \
 *     --organisations tweede-kamer --tag thuiswerken --summary "Kamerleden kunnen niet thuiswerken." \
 *     --source-title "Kamer stopt met thuiswerken" --source-date 2020-01-17 --source-url https://nos.nl/…
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { DateTime } from 'luxon';
import { environment } from '../src/config/environment.ts';
import { checkAcrossEvents } from '../src/content/check-across.ts';
import { checkContent, checkEventText } from '../src/content/check.ts';
import { loadTaxonomy } from '../src/content/taxonomy.ts';
import { ContentError, formatProblem, type Problem } from '../src/content/problems.ts';
import { todayIn } from '../src/lib/dates/index.ts';
import { ID_LISTS, writeEventFile } from '../src/lib/frontmatter-write.ts';
import { freeEventId } from '../src/lib/slug.ts';
import { QUESTIONS, USAGE, ids, keyOf, parseFlags, type EventInput } from './new-event/input.ts';

const PLACEHOLDER =
  'Beschrijf hier in een paar alinea’s wat er gebeurde, in eigen woorden en met de bronnen hierboven. Vervang deze tekst.';

/** The event file as it will be written: frontmatter in the order of the README example, then the placeholder text. */
export function renderEvent(input: EventInput): string {
  const value = (text: string | undefined) => text?.trim() || undefined;
  // A year alone is written as the number YAML reads it as; every other date stays the text the editor gave.
  const date = (text: string | undefined) =>
    text !== undefined && /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : value(text);
  const source = {
    title: value(input.sourceTitle),
    publisher: value(input.sourcePublisher),
    date: date(input.sourceDate),
    url: value(input.sourceUrl),
    language: value(input.sourceLanguage),
  };
  const frontmatter = {
    title: value(input.title),
    date: date(input.date),
    summary: value(input.summary),
    ...(input.organisations?.length ? { organisations: input.organisations } : {}),
    ...(input.tags?.length ? { tags: input.tags } : {}),
    sources: [Object.fromEntries(Object.entries(source).filter(([, field]) => field !== undefined))],
    ...(value(input.published) ? { published: value(input.published) } : {}),
  };
  return writeEventFile(frontmatter, PLACEHOLDER, { flowLists: ID_LISTS }); // organisations: [a, b]
}

/** The first free id for a title in the events folder: the slug, then slug-2, slug-3, … (src/lib/suggest.ts). */
export function freeId(title: string, eventsDir: string): string {
  let names: string[];
  try {
    names = readdirSync(eventsDir);
  } catch {
    names = [];
  }
  return freeEventId(title, names);
}

const shown = (path: string) => relative(process.cwd(), path).split(sep).join('/');

/**
 * Problems the checker would report for this file in this content folder;
 * without line numbers, since the file is not there yet.
 */
export function problemsFor(contentDir: string, id: string, text: string, now: DateTime = DateTime.now()): Problem[] {
  const report = checkContent(contentDir, { now });
  const eventsDir = join(contentDir, 'events');
  const file = shown(join(eventsDir, `${id}.md`));
  const problems: Problem[] = [];
  const event = checkEventText(file, id, text, loadTaxonomy(contentDir).context, problems);
  if (event) {
    const names = existsSync(eventsDir) ? readdirSync(eventsDir) : [];
    const fileIds = new Set([...names.filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3)), id]);
    problems.push(
      ...checkAcrossEvents([...report.events, event], fileIds, report.settings!, now).filter(
        (problem) => problem.file === file,
      ),
    );
  }
  return problems.map((problem) => ({ ...problem, line: undefined }));
}

export type Ask = (question: string, fallback?: string) => Promise<string>;

export interface RunOptions {
  /** Asks a question in a terminal; absent when there is no terminal to ask in. */
  ask?: Ask | undefined;
  out?: (line: string) => void;
  contentDir?: string;
  now?: DateTime;
}

/** Runs the scaffold; returns the exit code. */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  const out = options.out ?? ((line: string) => console.log(line));
  let parsed;
  try {
    parsed = parseFlags(argv);
  } catch (error) {
    out(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (parsed.help) {
    out(USAGE);
    return 0;
  }
  const contentDir = options.contentDir ?? environment().contentDir;
  let taxonomy;
  try {
    taxonomy = loadTaxonomy(contentDir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    for (const problem of error.problems) out(formatProblem(problem));
    out('Fix these first: the new event needs valid site settings. Nothing was written.');
    return 1;
  }
  if (taxonomy.problems.some((problem) => problem.severity === 'error')) {
    for (const problem of taxonomy.problems) out(formatProblem(problem));
    out('Fix these first: the new event needs valid organisations and tags files. Nothing was written.');
    return 1;
  }
  // The entry is published when it is written: today, in the site's zone.
  const input: EventInput = {
    ...parsed.input,
    published: parsed.input.published ?? todayIn(taxonomy.settings.timeZone, options.now),
  };
  const { ask } = options;

  for (;;) {
    if (ask) {
      for (const question of QUESTIONS) {
        if (input[question.key] !== undefined) continue;
        const fallback =
          question.key === 'sourceLanguage'
            ? taxonomy.settings.language
            : question.key === 'sourceDate'
              ? input.date
              : undefined;
        let answer: string;
        do answer = (await ask(question.question, fallback)).trim();
        while (question.required && !answer);
        Object.assign(input, { [question.key]: question.list ? ids(answer) : answer });
      }
    }
    input.sourceLanguage ??= taxonomy.settings.language;
    const missing = QUESTIONS.filter((question) => question.required && !input[question.key]);
    if (missing.length > 0) {
      out(
        `Missing: ${missing.map((question) => `--${question.flag}`).join(', ')}. Give them as options, or run \`npm run new\` in a terminal to be asked. Nothing was written.`,
      );
      out(`\n${USAGE}`);
      return 1;
    }

    const text = renderEvent(input);
    const id = freeId(input.title!, join(contentDir, 'events'));
    const problems = problemsFor(contentDir, id, text, options.now);
    for (const problem of problems) out(formatProblem(problem));
    const errors = problems.filter((problem) => problem.severity === 'error');
    if (errors.length === 0) return write(contentDir, id, text, out);

    // In a terminal, ask again what was refused; otherwise stop.
    const retry = new Set(errors.map((problem) => keyOf(problem.field)));
    if (!ask || retry.has(undefined)) {
      out('Nothing was written.');
      return 1;
    }
    for (const key of retry) delete input[key!];
  }
}

function write(contentDir: string, firstId: string, text: string, out: (line: string) => void): number {
  const eventsDir = join(contentDir, 'events');
  mkdirSync(eventsDir, { recursive: true });
  // 'wx' fails if the file exists, so even a file created meanwhile is never overwritten.
  for (let id = firstId, n = 2; ; id = `${firstId}-${n++}`) {
    const path = join(eventsDir, `${id}.md`);
    try {
      writeFileSync(path, text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    out(`Wrote ${shown(path)}`);
    out(`
Next steps:
  1. Open ${shown(path)}, replace the placeholder text below the second "---" with the event in your own words.
  2. Run \`npm run check\` (and \`npm run dev\` to see it on the timeline).
  3. Commit the file on a new branch and open a pull request (see CONTRIBUTING.md).`);
    return 0;
  }
}

async function main(): Promise<void> {
  const terminal = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  const ask: Ask | undefined =
    terminal &&
    (async (question, fallback) =>
      (await terminal.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)) || (fallback ?? ''));
  try {
    process.exitCode = await run(process.argv.slice(2), { ask });
  } finally {
    terminal?.close();
  }
}

if (import.meta.main) await main();
