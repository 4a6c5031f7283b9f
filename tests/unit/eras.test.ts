/** Eras on the timeline (src/lib/eras.ts): order, range labels, and the section each era's label goes above. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEventDate } from '../../src/lib/dates/index.ts';
import { eraLabels, erasInOrder } from '../../src/lib/eras.ts';

const ZONE = 'UTC';
const era = (name: string, start: string, end: string) => ({
  name,
  start: parseEventDate(start, ZONE),
  end: parseEventDate(end, ZONE),
});

test('eras are listed oldest first with their range in the site language', () => {
  const eras = erasInOrder(
    { talks: era('Talks', '2021-04-13', '2021-05-31'), dispute: era('The long dispute', '2021-03', '2021-04-12') },
    ZONE,
    'en-GB',
  );
  assert.deepEqual(
    eras.map((entry) => [entry.id, entry.range]),
    [
      ['dispute', 'March 2021 – Monday 12 April 2021'],
      ['talks', 'Tuesday 13 April 2021 – Monday 31 May 2021'],
    ],
  );
  assert.equal(erasInOrder({ talks: era('Talks', '2021', '2022') }, ZONE, 'nl-NL')[0]!.range, '2021 – 2022');
});

test("an era's label goes above the month its start falls in, else the first section it overlaps; an era without events is left out", () => {
  const eras = erasInOrder(
    {
      dispute: era('Dispute', '2021-03-01', '2021-04-12'),
      talks: era('Talks', '2021-04-13', '2021-05-31'),
      later: era('Later', '2023', '2024'),
    },
    ZONE,
    'en-GB',
  );
  // The year section 2021 (events known only to the year) comes first, but the months say more.
  const labels = eraLabels(['2020', '2021', '2021-03', '2021-04', '2021-05'], eras, ZONE);
  assert.deepEqual(
    [...labels].map(([key, list]) => [key, list.map((entry) => entry.id)]),
    [
      ['2021-03', ['dispute']],
      ['2021-04', ['talks']],
    ],
  );
  // An era that starts before the first section is labelled where it first shows.
  const early = erasInOrder({ long: era('Long', '2019', '2021-04') }, ZONE, 'en-GB');
  assert.deepEqual(
    [...eraLabels(['2020', '2021-03'], early, ZONE)].map(([key]) => key),
    ['2020'],
  );
  // A year-only section overlaps every era inside that year.
  assert.deepEqual(
    [...eraLabels(['2021'], eras, ZONE)].map(([key, list]) => [key, list.map((entry) => entry.id)]),
    [['2021', ['dispute', 'talks']]],
  );
});
