/** Corrections after publication (src/lib/corrections.ts): the latest one, and the log newest first. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Correction } from '../../src/domain.ts';
import { correctionLog, correctionsNewestFirst, latestCorrection } from '../../src/lib/corrections.ts';
import { parseEventDate } from '../../src/lib/dates/parse.ts';

const correction = (date: string, note: string): Correction => ({
  date: parseEventDate(date, 'Europe/Amsterdam'),
  note,
});
const early = correction('2020-01-18', 'first');
const late = correction('2020-01-21T09:15', 'third');
const middle = correction('2020-01-20', 'second');

describe('corrections', () => {
  test('the latest correction, whatever the order written; none without corrections', () => {
    assert.equal(latestCorrection([early, late, middle]), late);
    assert.equal(latestCorrection([]), undefined);
    assert.equal(latestCorrection(undefined), undefined);
  });

  test("an event's corrections newest first, without changing the list as written", () => {
    const written = [early, late, middle];
    assert.deepEqual(
      correctionsNewestFirst(written).map((c) => c.note),
      ['third', 'second', 'first'],
    );
    assert.deepEqual(
      written.map((c) => c.note),
      ['first', 'third', 'second'],
    );
  });

  test('the corrections page: every correction of every event, newest first, with its event', () => {
    const log = correctionLog([
      { id: 'a', corrections: [early, late] },
      { id: 'b', corrections: [middle] },
      { id: 'c' },
    ]);
    assert.deepEqual(
      log.map(({ event, correction }) => `${event.id}: ${correction.note}`),
      ['a: third', 'b: second', 'a: first'],
    );
  });
});
