/**
 * The events collection: Astro's `glob` loader over `<content>/events/*.md`,
 * with two changes. Before anything loads, the content checker runs over the
 * whole folder and a single problem stops the build with the checker's
 * messages (the glob loader itself would skip an empty or unreadable file
 * with only a log line; Astro would publish an image it cannot convert as it
 * is, with a warning). And each entry's frontmatter is the one the
 * project's reader produced, not Astro's, so dates keep the form written;
 * its HTML is stored sanitised.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { checkEventFile } from './check.ts';
import { checkCacheFile, checkContentForBuild } from './check-cache.ts';
import { recordLastModified } from './modified.ts';
import { loadTaxonomy } from './taxonomy.ts';
import { formatProblem, stopOnProblems, type Problem } from './problems.ts';
import { parsingEntry } from './schema-once.ts';
import { isEventDate } from '../lib/dates/index.ts';
import { SANITIZER_RULES, sanitizeEventHtml } from '../lib/sanitise.ts';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * The entry as the data store keeps it: its HTML already sanitised, marked
 * with the sanitiser's rules, so unchanged events are not sanitised again on
 * the next build; and without the frontmatter the Markdown renderer parsed
 * for itself (`rendered.metadata.frontmatter`, Astro's
 * `remarkPluginFrontmatter`): the site uses the reader's frontmatter only,
 * and the copy would add a fifth to the data store.
 */
function storedEntry(entry: StoredEntry): StoredEntry {
  if (!entry.rendered) return entry;
  const { frontmatter: _unused, ...metadata } = entry.rendered.metadata ?? {};
  return {
    ...entry,
    rendered: { html: sanitizeEventHtml(entry.rendered.html), metadata: { ...metadata, sanitizer: SANITIZER_RULES } },
  };
}

export function eventsLoader(contentDir: string): Loader {
  const inner = glob({
    pattern: '*.md',
    base: join(contentDir, 'events'),
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    // Nothing reads the raw Markdown after it is rendered; kept, it would be a third of the data
    // store that Astro bundles into the build (docs/performance.md).
    retainBody: false,
  });
  return {
    name: 'tijdlijn-events',
    load: async (context) => {
      // Unchanged files that passed last time are not parsed again (check-cache.ts); the verdicts live in Astro's cache folder.
      const cacheFile = checkCacheFile(fileURLToPath(context.config.cacheDir));
      const { report, checked, lastModified } = await checkContentForBuild(contentDir, cacheFile);
      for (const warning of report.problems.filter((problem) => problem.severity === 'warning')) {
        context.logger.warn(formatProblem(warning));
      }
      if (report.problems.some((problem) => problem.severity === 'error')) {
        stopOnProblems(report.problems);
      }
      // An entry stored by an older build with dates of another shape (before
      // dates kept their exact instant, lib/dates/parse.ts) is parsed again: the glob
      // loader would reuse it as long as the file itself is unchanged.
      for (const [id, entry] of context.store.entries()) {
        if (!isEventDate((entry.data as { date?: unknown }).date)) context.store.delete(id);
      }
      recordLastModified(lastModified);
      // Events checked in this build, by absolute path; each is used once, so a file that
      // changes later (in `astro dev`, against the taxonomy as it is then), or one whose verdict came
      // from the cache, is read and checked here.
      await inner.load({
        ...context,
        store: { ...context.store, set: (entry) => context.store.set(storedEntry(entry)) },
        parseData: async (entry) => {
          const path = entry.filePath ?? join(contentDir, 'events', `${entry.id}.md`);
          let event = checked.get(path);
          checked.delete(path);
          if (!event) {
            const problems: Problem[] = [];
            event = checkEventFile(path, loadTaxonomy(contentDir).context, problems);
            if (!event) stopOnProblems(problems);
          }
          // Entries without an image share one schema (src/content/schema-once.ts).
          const hasImage = typeof event.raw === 'object' && event.raw !== null && 'image' in event.raw;
          return parsingEntry(hasImage, () => context.parseData({ ...entry, data: event.raw as typeof entry.data }));
        },
      });
    },
  };
}
