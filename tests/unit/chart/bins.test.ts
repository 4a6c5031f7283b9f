/** The overview chart's bins (src/lib/chart/bins.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { binCount, binKey, binKeys } from '../../../src/lib/chart/bins.ts';

const ZONE = 'Europe/Amsterdam';

describe('chart bins', () => {
  test('decades and centuries are counted as readers name them, with no year 0', () => {
    assert.deepEqual(binKeys('1848-05-01', '1871-01-01', 'decade', ZONE), ['1840', '1850', '1860', '1870']);
    assert.deepEqual(binKeys('-0150-01-01', '0120-01-01', 'century', ZONE), ['-0200', '-0100', '0001', '0100']);
    assert.equal(binKey('-0044-03-15', 'century', ZONE), '-0100');
    assert.equal(binKey('-0001-12-31', 'decade', ZONE), '-0010');
    assert.equal(binKey('0005-01-01', 'decade', ZONE), '0001');
  });
});

describe('binCount agrees with binKeys', () => {
  for (const [first, last] of [
    ['1848-05-01', '1871-01-01'],
    ['-0150-01-01', '0120-01-01'],
    ['-0012-03-01', '0012-05-01'],
    ['2019-12-17', '2020-01-31'],
    ['0001-01-01', '0100-01-01'],
  ] as const) {
    test(`${first} to ${last}`, () => {
      const long = Number(last.slice(0, 4)) - Number(first.slice(0, first.indexOf('-', 1))) > 10;
      for (const unit of long
        ? (['month', 'year', 'decade', 'century'] as const)
        : (['day', 'week', 'month', 'year', 'decade', 'century'] as const)) {
        assert.equal(binCount(first, last, unit, ZONE), binKeys(first, last, unit, ZONE).length, unit);
      }
    });
  }
});
