/**
 * Year, month and day keys (src/lib/dates/keys.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEventDate } from '../../../src/lib/dates/parse.ts';
import { dayKey, monthKey, previousYearKey, yearKey } from '../../../src/lib/dates/keys.ts';
import { formatYearKey } from '../../../src/lib/dates/labels.ts';
import { ZONE, parse } from '../../support/dates.ts';

describe('keys and periods', () => {
  test('monthKey and dayKey are null when the date does not know them', () => {
    assert.equal(monthKey(parse(2020), ZONE), null);
    assert.equal(dayKey(parse('2020-01'), ZONE), null);
    assert.equal(monthKey(parse('2020-01'), ZONE), '2020-01');
    assert.equal(dayKey(parse('2020-01-17'), ZONE), '2020-01-17');
  });
});

describe('years before 1000 and before Christ', () => {
  const inZone = (value: unknown) => parseEventDate(value, ZONE);
  test('keys are four digits with a sign before Christ, and the year before AD 1 is 1 BC', () => {
    assert.equal(yearKey(inZone(-1), ZONE), '-0001');
    assert.equal(yearKey(inZone(1), ZONE), '0001');
    assert.equal(dayKey(inZone('-0044-03-15'), ZONE), '-0044-03-15');
    assert.equal(previousYearKey('0001', ZONE), '-0001');
    assert.equal(formatYearKey('-0001', ZONE, 'en-GB'), '1 BC');
  });
});
