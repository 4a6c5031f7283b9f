/**
 * The forms an editor may write a date in (src/lib/dates/forms.ts): the web editor checks a date's shape
 * as it is typed with DATE_FORM_PATTERN, and every form the field reference lists must pass it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACCEPTED_DATE_FORMS,
  DATE_FORM_PATTERN,
  DateParseError,
  HISTORIC_DATE_FORMS,
  isValidZone,
} from '../../../src/lib/dates/forms.ts';
import { parseEventDate } from '../../../src/lib/dates/parse.ts';

const shape = new RegExp(DATE_FORM_PATTERN);

describe('DATE_FORM_PATTERN', () => {
  test('every listed form has the shape, and parses', () => {
    for (const form of [...ACCEPTED_DATE_FORMS, ...HISTORIC_DATE_FORMS, '2020-01-17 14:30', '2020-01-17T14:30:15']) {
      assert.match(form, shape, form);
      assert.doesNotThrow(() => parseEventDate(form, 'Europe/Amsterdam'), form);
    }
  });

  test('day-first dates, slashes, words and five-digit years do not have the shape', () => {
    for (const written of ['17-01-2020', '2020/01/17', '17 januari 2020', '12020', '2020-1-17', 'gisteren']) {
      assert.doesNotMatch(written, shape, written);
    }
  });

  test('the shape is no promise that the date exists: the parser decides', () => {
    assert.match('2021-02-29', shape);
    assert.throws(() => parseEventDate('2021-02-29', 'Europe/Amsterdam'), DateParseError);
  });
});

describe('isValidZone', () => {
  test('IANA names are zones; a city alone, an abbreviation or a typo is not', () => {
    assert.equal(isValidZone('Europe/Amsterdam'), true);
    assert.equal(isValidZone('America/New_York'), true);
    assert.equal(isValidZone('UTC'), true);
    assert.equal(isValidZone('Amsterdam'), false);
    assert.equal(isValidZone('Europe/Amsterdan'), false);
  });
});

describe('DateParseError', () => {
  test('carries its own "what to write instead" when it has a better one than the field hint', () => {
    const error = new DateParseError('"0000" is year 0', 'write -0001 or 0001');
    assert.equal(error.name, 'DateParseError');
    assert.equal(error.hint, 'write -0001 or 0001');
    assert.equal(new DateParseError('is not a date').hint, undefined);
  });
});
