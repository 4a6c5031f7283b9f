import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DateTime } from 'luxon';
import type { SiteSettings } from '../../src/config/settings.ts';
import type { CheckedEvent } from '../../src/content/check.ts';
import { checkAcrossEvents } from '../../src/content/check-across.ts';
import { parseEventDate } from '../../src/lib/dates/index.ts';

const ZONE = 'Europe/Amsterdam';
const settings = { timeZone: ZONE } as SiteSettings;
const now = DateTime.fromISO('2020-02-01T12:00', { zone: ZONE });

function event(
  id: string,
  fields: { title?: string; date?: string; related?: string[]; draft?: boolean } = {},
): CheckedEvent {
  return {
    id,
    file: `content/events/${id}.md`,
    frontmatter: {
      title: fields.title ?? `Titel ${id}`,
      date: parseEventDate(fields.date ?? '2020-01-17', ZONE),
      related: fields.related ?? [],
      draft: fields.draft ?? false,
    },
    body: '',
    raw: {},
    lineOf: (path: ReadonlyArray<string | number>) =>
      (({ title: 2, date: 3, related: 4 }) as Record<string, number>)[String(path[0])],
  } as unknown as CheckedEvent;
}

describe('checkAcrossEvents', () => {
  test('a link to an unknown event suggests the id it was meant to be', () => {
    const events = [
      event('duo-sluit-citrix', { related: ['westerkwartier-schakelt-uit'] }),
      event('westerkwartier-schakelt-citrix-uit'),
    ];
    const [problem] = checkAcrossEvents(events, new Set(events.map((e) => e.id)), settings, now);
    assert.equal(problem?.field, 'related.0');
    assert.match(
      problem?.message ?? '',
      /unknown event "westerkwartier-schakelt-uit" \(did you mean "westerkwartier-schakelt-citrix-uit"\?\)/,
    );
  });

  test('a published event may not link to a draft, nor to itself', () => {
    const events = [event('a', { related: ['b', 'a'] }), event('b', { draft: true })];
    const messages = checkAcrossEvents(events, new Set(['a', 'b']), settings, now).map((problem) => problem.message);
    assert.deepEqual([...messages].sort(), [
      '"b" is a draft and will not be published',
      'an event cannot be related to itself',
    ]);
  });

  test('the same title on the same date is a duplicate; a date after now only a warning', () => {
    const events = [
      event('a', { title: 'Kamer stopt' }),
      event('b', { title: 'kamer stopt' }),
      event('c', { date: '2020-03-01' }),
    ];
    const problems = checkAcrossEvents(events, new Set(['a', 'b', 'c']), settings, now);
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.severity, problem.field]),
      [
        ['content/events/b.md', 'error', 'title'],
        ['content/events/c.md', 'warning', 'date'],
      ],
    );
  });
});
