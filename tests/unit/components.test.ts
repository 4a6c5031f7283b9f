/**
 * Components rendered on their own (Astro's container API): they take their
 * data as props and the site context as Astro.locals.site, so each renders
 * outside a site build, here with the English fixture's context.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { parseEventDate } from '../../src/lib/dates/index.ts';
import type { TimelineEvent } from '../../src/lib/timeline.ts';
import { ROOT } from '../support/build.ts';
import { closeComponents, renderComponent, siteContextOf } from '../support/components.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/english');
process.env.TIJDLIJN_CONTENT = FIXTURE;
const site = siteContextOf(FIXTURE, '/tijdlijn/');
const zone = site.zone;

function event(id: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    date: parseEventDate(date, zone),
    summary: `What happened in ${id}.`,
    organisations: [],
    tags: [],
    threads: [],
    related: [],
    sources: [{ title: 'A report', date: parseEventDate('2020-01', zone), language: 'en' }],
    ...extra,
  } as TimelineEvent;
}

after(closeComponents);

describe('EventEntry', () => {
  test('title linked under the base path, the organisation by its name, the number of sources', async () => {
    const html = parse(
      await renderComponent(
        'EventEntry',
        { event: event('council-acts', '2020-01-17T14:30', { organisations: ['city-council'] }), level: 3 },
        site,
      ),
    );
    const title = html.querySelector('h3.entry-title a');
    assert.equal(title?.text, 'Event council-acts');
    assert.equal(title?.getAttribute('href'), '/tijdlijn/gebeurtenis/council-acts/');
    const organisation = html.querySelector('.entry-organisations a');
    assert.equal(organisation?.text, 'City Council');
    assert.equal(organisation?.getAttribute('href'), '/tijdlijn/organisatie/city-council/');
    assert.equal(html.querySelector('.entry-sources')?.text, site.t.sourceCount(1));
    assert.equal(html.querySelector('time')?.getAttribute('datetime'), '2020-01-17T14:30+00:00');
  });
});

describe('DateLabel', () => {
  test('a month-only date says so, in the site language', async () => {
    const html = parse(await renderComponent('DateLabel', { date: parseEventDate('2020-01', zone) }, site));
    assert.equal(html.querySelector('time')?.text, 'January 2020');
    assert.match(html.text, new RegExp(`\\(${site.t.precisionMonth}\\)`));
  });

  test('a period shows start and end', async () => {
    const html = parse(
      await renderComponent(
        'DateLabel',
        { date: parseEventDate('2020-01-17', zone), end: parseEventDate('2020-01-20', zone) },
        site,
      ),
    );
    assert.deepEqual(
      html.querySelectorAll('time').map((time) => time.getAttribute('datetime')),
      ['2020-01-17', '2020-01-20'],
    );
  });
});

describe('Timeline', () => {
  test('events under their month and day headings, in the order given', async () => {
    const events = [
      event('a', '2020-01'),
      event('b', '2020-01-16'),
      event('c', '2020-01-17'),
      event('d', '2020-02-01'),
    ];
    const html = parse(await renderComponent('Timeline', { events }, site));
    assert.deepEqual(
      html.querySelectorAll('h2.period-heading').map((heading) => heading.text),
      ['January 2020', 'February 2020'],
    );
    assert.deepEqual(
      html.querySelectorAll('.entry-title a').map((link) => link.text),
      ['Event a', 'Event b', 'Event c', 'Event d'],
    );
    assert.equal(html.querySelector('.undated h3')?.text, site.t.dayUnknown('January 2020'));
  });
});

describe('SourceList', () => {
  test('a source with an address links it; its language is named in the site language', async () => {
    const sources = [
      {
        title: 'Council statement',
        publisher: 'City Council',
        date: parseEventDate('2020-01-17', zone),
        url: 'https://example.org/statement',
        language: 'nl',
      },
    ];
    const html = parse(await renderComponent('SourceList', { sources }, site));
    const link = html.querySelector('a');
    assert.equal(link?.getAttribute('href'), 'https://example.org/statement');
    assert.equal(link?.text.trim(), 'Council statement');
    assert.match(html.text, /Dutch/);
  });
});
