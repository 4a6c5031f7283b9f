/**
 * Years as historians count them and as luxon counts them (src/lib/dates/years.ts): historians have no
 * year 0, so 1 BC is luxon's year 0 and 44 BC its year -43.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEventDate } from '../../../src/lib/dates/parse.ts';
import { historianYear, toAstronomical, writtenYear, yearText } from '../../../src/lib/dates/years.ts';
import { ZONE } from '../../support/dates.ts';

describe('historians and astronomers', () => {
  test('AD years are the same in both counts; before Christ they are one apart', () => {
    assert.equal(toAstronomical(2020), 2020);
    assert.equal(toAstronomical(1), 1);
    assert.equal(toAstronomical(-1), 0);
    assert.equal(toAstronomical(-44), -43);
    assert.equal(historianYear(0), -1);
    assert.equal(historianYear(-43), -44);
    assert.equal(historianYear(1), 1);
  });

  test('the two mappings undo each other on every year from 9999 BC to AD 9999', () => {
    for (let year = -9999; year <= 9999; year++) {
      if (year === 0) continue;
      assert.equal(historianYear(toAstronomical(year)), year);
    }
  });
});

describe('writtenYear and yearText', () => {
  test('years as the date forms write them: four digits, a minus before Christ', () => {
    assert.equal(writtenYear(-44), '-0044');
    assert.equal(writtenYear(476), '0476');
    assert.equal(writtenYear(2020), '2020');
    assert.equal(parseEventDate(writtenYear(-44), ZONE).written, '-0044');
  });

  test("a luxon year is written as the historian's: year 0 is -0001", () => {
    assert.equal(yearText(0), '-0001');
    assert.equal(yearText(-43), '-0044');
    assert.equal(yearText(622), '0622');
  });
});
