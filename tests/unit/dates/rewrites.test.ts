/** What to write instead of a date in a common but refused form (src/lib/dates/rewrites.ts). */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rewriteDate } from '../../../src/lib/dates/rewrites.ts';

const ZONE = 'Europe/Amsterdam';

describe('rewriteDate', () => {
  test('day-first dates and slashes get the form to write', () => {
    assert.equal(rewriteDate('17-01-2020', ZONE), 'write 2020-01-17');
    assert.equal(rewriteDate('2020/01/17', ZONE), 'write 2020-01-17');
    assert.equal(rewriteDate('17 januari 2020', ZONE), 'write 2020-01-17');
    assert.equal(rewriteDate('March 2020', ZONE), 'write 2020-03');
  });

  test('an ambiguous date offers both readings', () => {
    assert.equal(rewriteDate('02-03-2020', ZONE), 'it could be 2 March or 3 February: write 2020-03-02 or 2020-02-03');
  });

  test('eras in words become the signed year', () => {
    assert.equal(rewriteDate('44 v.Chr.', ZONE), 'write -44 (a minus sign is a year before Christ)');
    assert.equal(rewriteDate('AD 476', ZONE), 'write 476');
  });

  test('nothing is suggested that does not exist, or for what it cannot read', () => {
    assert.equal(rewriteDate('31-02-2020', ZONE), undefined);
    assert.equal(rewriteDate('gisteren', ZONE), undefined);
  });
});
