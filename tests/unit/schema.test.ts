/**
 * The event schema: what an editor may write in an event's frontmatter, and
 * that every mistake comes back as an issue whose path names the field, so
 * the checker can point at the right line.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { eventSchema, type SchemaContext } from '../../src/content/schema.ts';
import { rfc3339 } from '../../src/lib/dates/index.ts';

const context: SchemaContext = {
  timeZone: 'Europe/Amsterdam',
  organisationIds: new Set(['tweede-kamer', 'duo']),
  tagIds: new Set(['thuiswerken']),
  sectorIds: new Set(['overheid']),
};
const schema = eventSchema(context);

function validEvent(): Record<string, unknown> {
  return {
    title: 'Tweede Kamer stopt met thuiswerken',
    date: '2020-01-17',
    summary: 'De Kamer sluit thuiswerken af tot er een update is.',
    sources: [
      {
        title: 'Kamer stopt met thuiswerken',
        publisher: 'NOS',
        date: '2020-01-17',
        url: 'https://nos.nl/artikel/1',
        language: 'nl',
      },
    ],
  };
}

type Issue = { path: PropertyKey[]; message: string; code: string; keys?: string[] };

/** Parses, expects failure, and returns the issues. */
function issuesFor(event: Record<string, unknown>): Issue[] {
  const result = schema.safeParse(event);
  assert.equal(result.success, false, `expected ${JSON.stringify(event)} to be rejected`);
  return result.error!.issues as Issue[];
}

/** The one issue at `path` (there must be exactly one issue, and it must be there). */
function onlyIssueAt(event: Record<string, unknown>, path: PropertyKey[]): Issue {
  const issues = issuesFor(event);
  assert.equal(issues.length, 1, `expected one issue, got ${JSON.stringify(issues)}`);
  assert.deepEqual(issues[0]!.path, path);
  return issues[0]!;
}

describe('eventSchema: a valid event', () => {
  test('parses, with defaults for the optional fields', () => {
    const result = schema.safeParse(validEvent());
    assert.equal(result.success, true, JSON.stringify(result.error?.issues));
    const event = result.data!;
    assert.equal(event.draft, false);
    assert.deepEqual(event.organisations, []);
    assert.deepEqual(event.tags, []);
    assert.deepEqual(event.related, []);
    assert.equal(event.end, undefined);
    // The dates come out parsed, in the site's zone.
    assert.deepEqual(
      { ...event.date, start: rfc3339(event.date, 'Europe/Amsterdam') },
      { written: '2020-01-17', precision: 'day', epoch: Date.UTC(2020, 0, 16, 23), start: '2020-01-17T00:00:00+01:00' },
    );
    assert.equal(event.sources[0]!.date.precision, 'day');
  });

  test('keeps known ids, an end on or after the date, related slugs and draft: true', () => {
    const result = schema.safeParse({
      ...validEvent(),
      date: '2020-01-17 14:30',
      end: '2020-01-20',
      organisations: ['tweede-kamer', 'duo'],
      tags: ['thuiswerken'],
      related: ['duo-sluit-citrix-tot-maandag'],
      draft: true,
    });
    assert.equal(result.success, true, JSON.stringify(result.error?.issues));
    assert.deepEqual(result.data!.organisations, ['tweede-kamer', 'duo']);
    assert.equal(rfc3339(result.data!.date, 'Europe/Amsterdam'), '2020-01-17T14:30:00+01:00');
    assert.equal(result.data!.end!.written, '2020-01-20');
    assert.equal(result.data!.draft, true);
  });

  test('trims text fields', () => {
    const result = schema.safeParse({ ...validEvent(), title: '  Kamer stopt  ' });
    assert.equal(result.data?.title, 'Kamer stopt');
  });

  test('a source without url or publisher is fine', () => {
    const result = schema.safeParse({
      ...validEvent(),
      sources: [{ title: 'Bericht', date: '2020-01', language: 'nl' }],
    });
    assert.equal(result.success, true, JSON.stringify(result.error?.issues));
  });
});

describe('eventSchema: each mistake names its field', () => {
  test('missing title', () => {
    const { title: _omit, ...event } = validEvent();
    const issue = onlyIssueAt(event, ['title']);
    assert.equal(issue.message, 'is missing');
  });

  test('title that is not text', () => {
    assert.match(onlyIssueAt({ ...validEvent(), title: ['a'] }, ['title']).message, /text/);
  });

  test('empty summary (whitespace only)', () => {
    assert.equal(onlyIssueAt({ ...validEvent(), summary: '   ' }, ['summary']).message, 'is empty');
  });

  test('missing date', () => {
    const { date: _omit, ...event } = validEvent();
    assert.equal(onlyIssueAt(event, ['date']).message, 'is missing');
  });

  test('a date that does not exist', () => {
    assert.match(onlyIssueAt({ ...validEvent(), date: '2020-02-30' }, ['date']).message, /2020-02-30/);
  });

  test('a year written with its era in words gets the form to write', () => {
    const hint = (date: string) =>
      (onlyIssueAt({ ...validEvent(), date }, ['date']) as Issue & { params?: { hint?: string } }).params?.hint;
    assert.match(hint('44 v.Chr.')!, /^write -44 \(a minus sign is a year before Christ\); the accepted forms are /);
    assert.match(hint('500 BCE')!, /^write -500 /);
    assert.match(hint('AD 476')!, /^write 476; /);
    assert.match(hint('476 n.Chr.')!, /^write 476; /);
  });

  test('an end before the date', () => {
    const issue = onlyIssueAt({ ...validEvent(), date: '2020-01-17', end: '2020-01-16' }, ['end']);
    assert.match(issue.message, /2020-01-16/);
    assert.match(issue.message, /2020-01-17/);
  });

  test('unknown organisation, with the closest id suggested', () => {
    const issue = onlyIssueAt({ ...validEvent(), organisations: ['duo', 'tweede-kamr'] }, ['organisations', 1]);
    assert.match(issue.message, /tweede-kamr/);
    assert.match(issue.message, /did you mean "tweede-kamer"/);
  });

  test('unknown organisation far from every id gets no wrong suggestion', () => {
    const issue = onlyIssueAt({ ...validEvent(), organisations: ['rijkswaterstaat'] }, ['organisations', 0]);
    assert.doesNotMatch(issue.message, /did you mean/);
  });

  test('an organisation listed twice', () => {
    const issue = onlyIssueAt({ ...validEvent(), organisations: ['duo', 'duo'] }, ['organisations', 1]);
    assert.match(issue.message, /twice/);
  });

  test('organisations written as one id instead of a list', () => {
    onlyIssueAt({ ...validEvent(), organisations: 'duo' }, ['organisations']);
  });

  test('unknown tag', () => {
    const issue = onlyIssueAt({ ...validEvent(), tags: ['thuiswerk'] }, ['tags', 0]);
    assert.match(issue.message, /unknown tag "thuiswerk"/);
    assert.match(issue.message, /"thuiswerken"/);
  });

  test('sources missing', () => {
    const { sources: _omit, ...event } = validEvent();
    assert.equal(onlyIssueAt(event, ['sources']).message, 'is missing');
  });

  test('sources an empty list', () => {
    assert.match(onlyIssueAt({ ...validEvent(), sources: [] }, ['sources']).message, /at least one source/);
  });

  for (const url of ['ftp://x', 'javascript:alert(1)', 'nos.nl/artikel', 'data:text/html,hoi']) {
    test(`source url ${url} is refused`, () => {
      const source = { title: 'A', date: '2020-01-17', language: 'nl', url };
      onlyIssueAt({ ...validEvent(), sources: [source] }, ['sources', 0, 'url']);
    });
  }

  test('source url http:// is accepted', () => {
    const source = { title: 'A', date: '2020-01-17', language: 'nl', url: 'http://example.nl/a' };
    assert.equal(schema.safeParse({ ...validEvent(), sources: [source] }).success, true);
  });

  test('source missing its language', () => {
    const source = { title: 'A', date: '2020-01-17' };
    assert.equal(onlyIssueAt({ ...validEvent(), sources: [source] }, ['sources', 0, 'language']).message, 'is missing');
  });

  test('source language that is not a code', () => {
    const source = { title: 'A', date: '2020-01-17', language: 'Nederlands' };
    onlyIssueAt({ ...validEvent(), sources: [source] }, ['sources', 0, 'language']);
  });

  test('source with an impossible date, in the second source', () => {
    const sources = [
      { title: 'A', date: '2020-01-17', language: 'nl' },
      { title: 'B', date: '2019-02-29', language: 'nl' },
    ];
    onlyIssueAt({ ...validEvent(), sources }, ['sources', 1, 'date']);
  });

  test('related id that is not a slug', () => {
    const issue = onlyIssueAt({ ...validEvent(), related: ['ok-id', 'Duo Sluit Citrix'] }, ['related', 1]);
    assert.match(issue.message, /event id/);
  });

  test('draft "yes" is not a boolean', () => {
    assert.match(onlyIssueAt({ ...validEvent(), draft: 'yes' }, ['draft']).message, /true or false/);
  });

  test('an unknown field such as "titel" is refused, not ignored', () => {
    const issues = issuesFor({ ...validEvent(), titel: 'Kamer' });
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.code, 'unrecognized_keys');
    assert.deepEqual(issues[0]!.keys, ['titel']);
  });

  test('an unknown field inside a source is refused too', () => {
    const source = { title: 'A', date: '2020-01-17', language: 'nl', auteur: 'X' };
    const issues = issuesFor({ ...validEvent(), sources: [source] });
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.code, 'unrecognized_keys');
    assert.deepEqual(issues[0]!.path, ['sources', 0]);
    assert.deepEqual(issues[0]!.keys, ['auteur']);
  });

  test('several mistakes are all reported at once', () => {
    const issues = issuesFor({ ...validEvent(), summary: '', date: '2020-13', tags: ['x-y-z-onbekend'] });
    assert.deepEqual(issues.map((issue) => issue.path.join('.')).sort(), ['date', 'summary', 'tags.0']);
  });
});
