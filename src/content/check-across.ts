/** The checker's rules that need more than one event file. */
import type { DateTime } from 'luxon';
import type { SiteSettings } from '../config/settings.ts';
import { toDateTime } from '../lib/dates/index.ts';
import { closestId } from '../lib/suggest.ts';
import type { EventSummary } from './checked-event.ts';
import type { Problem } from './problems.ts';

/**
 * Checks that need more than one file: links between events, duplicates, dates in the future.
 * `fileIds` holds the id of every event file, also of those that failed their own checks.
 */
export function checkAcrossEvents(
  events: readonly EventSummary[],
  fileIds: ReadonlySet<string>,
  settings: SiteSettings,
  now: DateTime,
): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(events.map((event) => [event.id, event]));
  const published = events.filter((event) => !event.frontmatter.draft);
  const publishedIds = new Set(published.map((event) => event.id));
  const byTitleAndDate = new Map<string, EventSummary>();

  for (const event of events) {
    const { frontmatter, file } = event;
    frontmatter.related.forEach((relatedId, index) => {
      const field = `related.${index}`;
      const line = event.lineOf(['related', index]);
      if (relatedId === event.id) {
        problems.push({
          severity: 'error',
          file,
          line,
          field,
          message: 'an event cannot be related to itself',
          hint: 'remove this id',
        });
      } else if (!fileIds.has(relatedId)) {
        const suggestion = closestId(
          relatedId,
          [...fileIds].filter((id) => id !== event.id),
        );
        problems.push({
          severity: 'error',
          file,
          line,
          field,
          message: `unknown event "${relatedId}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
          hint: 'use the file name of another event in the events folder, without .md',
        });
      } else if (byId.has(relatedId) && !frontmatter.draft && !publishedIds.has(relatedId)) {
        problems.push({
          severity: 'error',
          file,
          line,
          field,
          message: `"${relatedId}" is a draft and will not be published`,
          hint: 'publish that event first, or remove the link',
        });
      }
    });

    if (!frontmatter.draft) {
      const key = `${frontmatter.title.toLowerCase()}|${frontmatter.date.written}`;
      const first = byTitleAndDate.get(key);
      if (first) {
        problems.push({
          severity: 'error',
          file,
          line: event.lineOf(['title']),
          field: 'title',
          message: `the same title on the same date as ${first.file}`,
          hint: 'this looks like a duplicate: remove one of the two files, or make the titles say how the events differ',
        });
      } else {
        byTitleAndDate.set(key, event);
      }
      if (toDateTime(frontmatter.date, settings.timeZone) > now) {
        problems.push({
          severity: 'warning',
          file,
          line: event.lineOf(['date']),
          field: 'date',
          message: `${frontmatter.date.written} is in the future`,
          hint: 'check the year; announced events are fine',
        });
      }
      if (frontmatter.published && toDateTime(frontmatter.published, settings.timeZone) > now) {
        problems.push({
          severity: 'warning',
          file,
          line: event.lineOf(['published']),
          field: 'published',
          message: `${frontmatter.published.written} is in the future`,
          hint: 'write the day the entry first appears on the site; search engines read it as the publication date',
        });
      }
    }
  }
  return problems;
}
