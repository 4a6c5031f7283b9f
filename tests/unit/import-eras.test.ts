/**
 * A TimelineJS document's eras as entries of eras.yaml (src/import/eras.ts):
 * a name, a start and an end after it, or dropped with the reason; an era
 * already in eras.yaml kept as it is; a new one with an id of its own.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planEras, type EraEntry } from '../../src/import/eras.ts';
import { readTimelineJsJson } from '../../src/import/timelinejs.ts';
import type { ImportedSlide } from '../../src/import/slides.ts';

const era = (headline: string, start?: object, end?: object, text = '') => ({
  text: { headline, text },
  ...(start ? { start_date: start } : {}),
  ...(end ? { end_date: end } : {}),
});
const plan = (
  eras: object[],
  existing: Record<string, EraEntry> = {},
  repairsOf: (slide: ImportedSlide) => string[] = () => [],
) => planEras(readTimelineJsJson(JSON.stringify({ events: [], eras })).eras, 'UTC', existing, repairsOf);

test('an era with a name, a start and an end becomes an entry, its id made from its name', () => {
  const { eras, outcomes } = plan([
    era('The <i>long</i> dispute', { year: '2021', month: '3' }, { year: '2021', month: '4', day: '12' }),
    era('The long dispute', { year: 2022 }, { year: 2023 }),
  ]);
  assert.deepEqual(eras, {
    'the-long-dispute': { name: 'The long dispute', start: '2021-03', end: '2021-04-12' },
    'the-long-dispute-2': { name: 'The long dispute', start: '2022', end: '2023' },
  });
  assert.deepEqual(outcomes, [
    { where: 'eras[0] (era)', result: 'eras.yaml: the-long-dispute', notes: [] },
    { where: 'eras[1] (era)', result: 'eras.yaml: the-long-dispute-2', notes: [] },
  ]);
});

test('an era eras.yaml already holds, same name and dates, is kept as it is; with other dates it is new, with an id of its own', () => {
  const existing = { talks: { name: 'Talks', start: '2021-05', end: '2021-06' } };
  const { eras, outcomes } = plan(
    [
      era('Talks', { year: 2021, month: 5 }, { year: 2021, month: 6 }),
      era('Talks', { year: 2021, month: 5 }, { year: 2021, month: 7 }),
      era('Talks', { year: 2021, month: 4 }, { year: 2021, month: 6 }),
    ],
    existing,
  );
  assert.deepEqual(eras, {
    'talks-2': { name: 'Talks', start: '2021-05', end: '2021-07' },
    'talks-3': { name: 'Talks', start: '2021-04', end: '2021-06' },
  });
  assert.deepEqual(
    outcomes.map((outcome) => outcome.result),
    ['eras.yaml: talks (already there, kept as it is)', 'eras.yaml: talks-2', 'eras.yaml: talks-3'],
  );
});

test('an era without a name, a start or an end, or with a date that is none, or ending before it starts, is dropped with the reason', () => {
  const { eras, outcomes } = plan([
    era('', { year: 2020 }, { year: 2021 }),
    era('No start', undefined, { year: 2021 }),
    era('Bad start', { year: 2020, month: 13 }, { year: 2021 }),
    era('No end', { year: 2020 }),
    era('Bad end', { year: 2020 }, { year: 2021, month: 0 }),
    era('Backwards', { year: 2021 }, { year: 2020 }),
  ]);
  assert.deepEqual(eras, {});
  assert.deepEqual(
    outcomes.map((outcome) => [outcome.where, outcome.dropped]),
    [
      ['eras[0] (era)', 'eras[0].text.headline: an era needs a name'],
      ['eras[1] (era)', 'eras[1].start_date.year: an era needs a start'],
      ['eras[2] (era)', 'eras[2].start_date.month: 2020-13 is not a date that exists'],
      ['eras[3] (era)', 'eras[3].end_date.year: an era needs an end'],
      ['eras[4] (era)', 'eras[4].end_date.month: 2021-00 is not a date that exists'],
      ['eras[5] (era)', 'eras[5].end_date.year: 2020 is before the start 2021'],
    ],
  );
});

test("an era's text is not carried over, and its line says so, after the notes on repaired text", () => {
  const { outcomes } = plan(
    [era('Talks', { year: 2021 }, { year: 2022 }, '<p>Round after round.</p>')],
    {},
    (slide) => [`${slide.where}: repaired text`],
  );
  assert.deepEqual(outcomes[0]!.notes, [
    'eras[0]: repaired text',
    "eras[0].text.text: an era's text is not carried over (an era has a name and dates)",
  ]);
});
