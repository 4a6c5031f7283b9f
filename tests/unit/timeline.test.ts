/**
 * The timeline's shape as readers see it: the order of entries, the month,
 * year and day headings they sit under (in Amsterdam time), and the
 * "related" and per-organisation/tag lists.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parseEventDate, type EventDate } from '../../src/lib/dates/index.ts';
import { groupByPeriod, indexEvents, periodLabel, relatedIndex, sortEvents } from '../../src/lib/timeline.ts';

const ZONE = 'Europe/Amsterdam';

interface Entry {
  id: string;
  date: EventDate;
  related: string[];
  organisations: string[];
  tags: string[];
}

function entry(id: string, date: unknown, more: Partial<Omit<Entry, 'id' | 'date'>> = {}): Entry {
  return { id, date: parseEventDate(date, ZONE), related: [], organisations: [], tags: [], ...more };
}

const ids = (events: readonly { id: string }[]) => events.map((event) => event.id);

/** Deterministic shuffle (mulberry32), so a failure can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

// All of these, in the order a reader should see them (worked out by hand):
const EXPECTED_ORDER = [
  'jaar-2019', //       2019 (year)
  'jaar-2020', //       2020 (year), starts 1 Jan 00:00 Amsterdam
  'januari', //         2020-01 (month), same start, more precise than the year
  'nieuwjaarsdag', //   2020-01-01 (day), same start again
  'middernacht', //     2020-01-01T00:00 (time), same start, most precise
  'oudejaar-utc', //    2019-12-31T23:30Z = 1 Jan 00:30 in Amsterdam
  'a-duo', //           2020-01-17 (day); ties with b-kamer, broken by id
  'b-kamer', //         2020-01-17 (day)
  'w-utc', //           2020-01-17T13:30Z = 14:30 Amsterdam; same instant as x-lokaal, broken by id
  'x-lokaal', //        2020-01-17 14:30 local
  'februari', //        2020-02 (month)
];

function timelineEntries(): Entry[] {
  return [
    entry('februari', '2020-02'),
    entry('x-lokaal', '2020-01-17 14:30'),
    entry('w-utc', '2020-01-17T13:30:00Z'),
    entry('b-kamer', '2020-01-17'),
    entry('a-duo', '2020-01-17'),
    entry('oudejaar-utc', '2019-12-31T23:30:00Z'),
    entry('middernacht', '2020-01-01T00:00'),
    entry('nieuwjaarsdag', '2020-01-01'),
    entry('januari', '2020-01'),
    entry('jaar-2020', 2020),
    entry('jaar-2019', '2019'),
  ];
}

describe('sortEvents', () => {
  test('by start; less precise first at the same start; ties by id', () => {
    assert.deepEqual(ids(sortEvents(timelineEntries())), EXPECTED_ORDER);
  });

  test('the same order whatever order the files were read in', () => {
    for (let seed = 1; seed <= 25; seed++) {
      assert.deepEqual(ids(sortEvents(shuffled(timelineEntries(), seed))), EXPECTED_ORDER, `seed ${seed}`);
    }
  });

  test('does not reorder the list it is given', () => {
    const input = timelineEntries();
    const before = ids(input);
    sortEvents(input);
    assert.deepEqual(ids(input), before);
  });
});

describe('groupByPeriod', () => {
  test("year-only events get their own group before the year's months; month-only events open their month", () => {
    const groups = groupByPeriod(sortEvents(timelineEntries()), ZONE);
    const shape = groups.map((group) => ({
      key: group.key,
      kind: group.kind,
      undated: ids(group.undated),
      days: group.days.map((day) => ({ key: day.key, events: ids(day.events) })),
    }));
    assert.deepEqual(shape, [
      { key: '2019', kind: 'year', undated: ['jaar-2019'], days: [] },
      { key: '2020', kind: 'year', undated: ['jaar-2020'], days: [] },
      {
        key: '2020-01',
        kind: 'month',
        undated: ['januari'],
        days: [
          // The UTC instant on New Year's Eve is already 1 January in Amsterdam.
          { key: '2020-01-01', events: ['nieuwjaarsdag', 'middernacht', 'oudejaar-utc'] },
          { key: '2020-01-17', events: ['a-duo', 'b-kamer', 'w-utc', 'x-lokaal'] },
        ],
      },
      { key: '2020-02', kind: 'month', undated: ['februari'], days: [] },
    ]);
  });

  test('an instant late on 31 January UTC lands in February in Amsterdam', () => {
    const events = sortEvents([
      entry('laat-in-januari', '2020-01-31T22:30:00Z'), // 23:30 on 31 January in Amsterdam
      entry('eind-januari', '2020-01-31'),
      entry('nacht', '2020-01-31T23:30:00Z'), // 00:30 on 1 February in Amsterdam
      entry('februari-kwartier', '2020-02-01T00:15'),
    ]);
    const groups = groupByPeriod(events, ZONE);
    assert.deepEqual(
      groups.map((group) => group.key),
      ['2020-01', '2020-02'],
    );
    assert.deepEqual(
      groups[0]!.days.map((day) => [day.key, ids(day.events)]),
      [['2020-01-31', ['eind-januari', 'laat-in-januari']]],
    );
    assert.deepEqual(
      groups[1]!.days.map((day) => [day.key, ids(day.events)]),
      [['2020-02-01', ['februari-kwartier', 'nacht']]],
    );
  });

  test('a month without month-only events has an empty undated list; no empty groups appear', () => {
    const groups = groupByPeriod(sortEvents([entry('a', '2020-03-02'), entry('b', '2020-05-01')]), ZONE);
    assert.deepEqual(
      groups.map((group) => [group.key, group.kind, group.undated.length, group.days.length]),
      [
        ['2020-03', 'month', 0, 1],
        ['2020-05', 'month', 0, 1],
      ],
    );
  });

  test('summer dates group by their Amsterdam day (UTC+2)', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam.
    const groups = groupByPeriod(sortEvents([entry('zomernacht', '2020-06-30T22:30:00Z')]), ZONE);
    assert.equal(groups[0]!.key, '2020-07');
    assert.equal(groups[0]!.days[0]!.key, '2020-07-01');
  });

  test('no events, no groups', () => {
    assert.deepEqual(groupByPeriod([], ZONE), []);
  });
});

describe('relatedIndex', () => {
  const events = sortEvents([
    entry('a', '2020-01-01', { related: ['c'] }),
    entry('b', '2020-01-02', { related: ['b', 'bestaat-niet'] }),
    entry('c', '2020-01-03', { related: ['a', 'a'] }),
    entry('d', '2020-01-04', { related: ['b', 'a'] }),
    entry('e', '2020-01-05'),
  ]);
  const index = relatedIndex(events);
  const related = (id: string) => ids(index.get(id) ?? []);

  test('links go both ways, in timeline order', () => {
    assert.deepEqual(related('a'), ['c', 'd']); // a names c; d names a
    assert.deepEqual(related('b'), ['d']); // d names b
    assert.deepEqual(related('c'), ['a']);
    assert.deepEqual(related('d'), ['a', 'b']);
  });

  test('no self links, no links to unknown ids, no duplicates', () => {
    assert.ok(!related('b').includes('b'));
    assert.equal(index.has('bestaat-niet'), false);
    for (const [id, list] of index) {
      assert.equal(new Set(ids(list)).size, list.length, `duplicates for ${id}`);
      assert.ok(!ids(list).includes(id), `self link for ${id}`);
    }
  });

  test('symmetric: if x lists y, y lists x', () => {
    for (const [id, list] of index) {
      for (const other of list) assert.ok(related(other.id).includes(id), `${other.id} should list ${id}`);
    }
  });

  test('an event without links has none', () => {
    assert.deepEqual(related('e'), []);
  });

  test('the lists hold the events themselves', () => {
    assert.equal(
      index.get('c')![0],
      events.find((event) => event.id === 'a'),
    );
  });
});

describe('indexEvents', () => {
  const events = sortEvents([
    entry('kamer', '2020-01-17', { organisations: ['tweede-kamer'], tags: ['thuiswerken', 'afsluiting'] }),
    entry('duo', '2020-01-16', { organisations: ['duo'], tags: ['afsluiting'] }),
    entry('beide', '2020-01-20', { organisations: ['duo', 'tweede-kamer'], tags: [] }),
  ]);

  test('events per organisation, in timeline order', () => {
    const index = indexEvents(events, 'organisations');
    assert.deepEqual([...index.keys()].sort(), ['duo', 'tweede-kamer']);
    assert.deepEqual(ids(index.get('duo')!), ['duo', 'beide']);
    assert.deepEqual(ids(index.get('tweede-kamer')!), ['kamer', 'beide']);
  });

  test('events per tag; unused tags are absent', () => {
    const index = indexEvents(events, 'tags');
    assert.deepEqual(ids(index.get('afsluiting')!), ['duo', 'kamer']);
    assert.deepEqual(ids(index.get('thuiswerken')!), ['kamer']);
    assert.equal(index.has('beveiligingslek'), false);
  });
});

describe('periodLabel', () => {
  test('a month by its name and year, a year as the site writes it, BC included', () => {
    assert.equal(periodLabel({ key: '2020-01', kind: 'month' }, 'Europe/Amsterdam', 'nl-NL'), 'januari 2020');
    assert.equal(periodLabel({ key: '0476', kind: 'year' }, 'Europe/Amsterdam', 'nl-NL'), '476');
    assert.equal(periodLabel({ key: '-0044', kind: 'year' }, 'Europe/Amsterdam', 'en-GB'), '44 BC');
  });
});
