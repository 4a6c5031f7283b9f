/** A read TimelineJS document as content files (src/import/convert.ts): nothing invented, nothing dropped without a word. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { planImport, summaryFrom, type ImportOptions } from '../../src/import/convert.ts';
import { readTimelineJsJson } from '../../src/import/timelinejs.ts';

const options = (more: Partial<ImportOptions> = {}): ImportOptions => ({
  zone: 'UTC',
  language: 'en',
  today: '2026-12-01',
  fileName: 'strike.json',
  existing: { eventIds: new Set(), titleDates: new Set(), tags: {}, eras: {} },
  ...more,
});
const plan = (document: object, more: Partial<ImportOptions> = {}) =>
  planImport(readTimelineJsJson(JSON.stringify(document)), options(more));
const slide = (headline: string, year: string | number, more: object = {}) => ({
  start_date: { year, month: '3', day: '8' },
  text: { headline, text: `<p>About ${headline}. More text follows here.</p>` },
  ...more,
});

test('an event per slide: title, date, end, display_date, body; the summary is marked as taken from the text', () => {
  const result = plan({
    title: { text: { headline: 'The strike', text: '<p>Six weeks.</p>' } },
    events: [
      slide('Strike begins', '2021', {
        end_date: { year: '2021', month: '4', day: '12' },
        display_date: 'early March 2021',
      }),
    ],
  });
  assert.deepEqual(result.site, { title: 'The strike', description: 'Six weeks.' });
  const file = readFrontmatter(result.events[0]!.text);
  assert.deepEqual(file.data, {
    title: 'Strike begins',
    date: '2021-03-08',
    end: '2021-04-12',
    display_date: 'early March 2021',
    summary: 'About Strike begins. More text follows here.',
    sources: [{ title: 'The strike', date: '2026-12-01', language: 'en' }],
  });
  assert.match(result.events[0]!.text, /^summary: .* # summary taken from the imported text/m);
  assert.match(
    result.events[0]!.text,
    /date: 2026-12-01 # the day of the import: a TimelineJS document carries no publication date/,
  );
  assert.equal(file.body.trim(), 'About Strike begins. More text follows here.');
});

test('the source is the imported timeline: its address with --source-url, its publication date with --source-date (then no comment)', () => {
  const result = plan(
    { title: { text: { headline: 'The strike' } }, events: [slide('A', 2021)] },
    { sourceUrl: 'https://example.org/strike', sourceDate: '2021-06' },
  );
  const file = readFrontmatter(result.events[0]!.text);
  assert.deepEqual((file.data as { sources: unknown }).sources, [
    { title: 'The strike', date: '2021-06', url: 'https://example.org/strike', language: 'en' },
  ]);
  assert.doesNotMatch(result.events[0]!.text, /day of the import/);
});

test('a slide without text gets its headline as summary, marked as such', () => {
  const result = plan({ events: [{ start_date: { year: '1948' }, text: { headline: 'Edith Clarke' } }] });
  assert.match(result.events[0]!.text, /^summary: Edith Clarke # summary taken from the headline/m);
});

test('groups become one tag each, matched to existing tags by label; eras go to eras.yaml', () => {
  const result = plan(
    {
      events: [
        slide('A', 2021, { group: 'Union' }),
        slide('B', 2022, { group: 'union' }),
        slide('C', 2023, { group: 'Port' }),
      ],
      eras: [
        {
          start_date: { year: '2021', month: '3' },
          end_date: { year: '2021', month: '4', day: '12' },
          text: { headline: 'The <i>long</i> dispute', text: 'Detail' },
        },
      ],
    },
    { existing: { eventIds: new Set(), titleDates: new Set(), tags: { vakbond: { label: 'Union' } }, eras: {} } },
  );
  assert.deepEqual(
    result.events.map((event) => (readFrontmatter(event.text).data as { tags: string[] }).tags),
    [['vakbond'], ['vakbond'], ['port']],
  );
  assert.deepEqual(result.tags, { port: { label: 'Port' } });
  assert.deepEqual(result.eras, {
    'the-long-dispute': { name: 'The long dispute', start: '2021-03', end: '2021-04-12' },
  });
  assert.deepEqual(result.outcomes.find((outcome) => outcome.where === 'eras[0] (era)')?.notes, [
    "eras[0].text.text: an era's text is not carried over (an era has a name and dates)",
  ]);
});

test('unique_id is the file name where it is a valid id; otherwise the headline gives one, and the report says why', () => {
  const result = plan({
    events: [
      slide('Strike begins', 2021, { unique_id: 'strike' }),
      slide('Strike begins', 2022, { unique_id: 'Strike Day!' }),
      slide('Strike begins', 2023),
    ],
  });
  assert.deepEqual(
    result.events.map((event) => event.id),
    ['strike', 'strike-begins', 'strike-begins-2'],
  );
  assert.match(
    result.outcomes.find((outcome) => outcome.where === 'events[1]')!.notes.join(),
    /events\[1\]\.unique_id: "Strike Day!" is not a valid file name/,
  );
});

test('what cannot be carried over is dropped with its reason: no date, a bad date, a duplicate, an existing file', () => {
  const result = plan(
    {
      events: [
        { text: { headline: 'Undated' } },
        slide('Bad', 2021, { start_date: { year: '2021', month: '13' } }),
        slide('Twice', 2021),
        slide('Twice', 2021),
        slide('Exists', 2021, { unique_id: 'already-here' }),
        slide('Kept', 2021, { end_date: { year: '2020' } }),
      ],
    },
    { existing: { eventIds: new Set(['already-here']), titleDates: new Set(), tags: {}, eras: {} } },
  );
  const dropped = Object.fromEntries(
    result.outcomes.filter((outcome) => outcome.dropped).map((outcome) => [outcome.where, outcome.dropped]),
  );
  assert.deepEqual(dropped, {
    'events[0]': 'events[0].start_date.year: the slide has no date',
    'events[1]': 'events[1].start_date.month: 2021-13 is not a date that exists',
    'events[3]': 'the same headline on the same date as another event: a duplicate',
    'events[4]': 'events/already-here.md already exists: it is not overwritten (imported before?)',
  });
  assert.deepEqual(
    result.events.map((event) => event.id),
    ['twice', 'kept'],
  );
  assert.match(
    result.outcomes.at(-1)!.notes.join(),
    /events\[5\]\.end_date\.year: 2020 is before the start 2021-03-08: the end is left out/,
  );
});

test('media: an image address is kept as a link with caption and credit, a quote stays a quote, and both are reported', () => {
  const result = plan({
    events: [
      slide('Photo', 2021, {
        media: {
          url: 'https://example.org/a.jpg',
          caption: 'Gate 4',
          credit: '<a href="https://example.org/jj">J. Jansen</a>',
          thumbnail: 'https://example.org/t.jpg',
        },
        background: { url: 'https://example.org/bg.jpg' },
      }),
      slide('Quote', 2022, { media: { url: '<blockquote>Enough.</blockquote>', credit: 'The chair' } }),
    ],
  });
  assert.match(
    result.events[0]!.text,
    /\nMedia: <https:\/\/example\.org\/a\.jpg> Gate 4 \(\[J\. Jansen\]\(https:\/\/example\.org\/jj\)\)\n$/,
  );
  assert.deepEqual(result.outcomes.find((outcome) => outcome.where === 'events[0]')!.notes, [
    'events[0].media: https://example.org/a.jpg kept as a link in the text: not downloaded (--no-download)',
    'events[0].media: thumbnail https://example.org/t.jpg dropped: the site makes its own',
    'events[0].background: https://example.org/bg.jpg dropped: the site has no slide backgrounds',
  ]);
  assert.match(result.events[1]!.text, /\n> Enough\.\n\n\(The chair\)\n$/);
});

test('a summary is the first sentence or two of the text, never longer than about 240 characters', () => {
  assert.equal(summaryFrom('One. Two is here. Three.', 'en'), 'One. Two is here. Three.');
  assert.equal(
    summaryFrom(`${'A long sentence that goes on. '.repeat(3)}And more.`, 'en'),
    'A long sentence that goes on. A long sentence that goes on. A long sentence that goes on.',
  );
  assert.ok(summaryFrom('word '.repeat(100), 'en').length <= 201);
});
