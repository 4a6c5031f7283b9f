/** The search page's result line (src/lib/search-text.ts), in the site's language. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dictionary } from '../../src/i18n/index.ts';
import { jsonForScript, searchText, summaryText } from '../../src/lib/search-text.ts';

describe('summaryText', () => {
  const text = searchText(dictionary('nl'));

  test('no query: every event counted; one, many and no results name the term', () => {
    assert.equal(summaryText(text, 14, ''), '14 resultaten');
    assert.equal(summaryText(text, 1, 'vpn'), '1 resultaat voor vpn');
    assert.equal(summaryText(text, 3, 'vpn'), '3 resultaten voor vpn');
    assert.equal(summaryText(text, 0, 'vpn'), 'Geen resultaten voor vpn');
  });

  test('English has its own words', () => {
    assert.notEqual(summaryText(searchText(dictionary('en')), 3, 'vpn'), summaryText(text, 3, 'vpn'));
  });
});

describe('jsonForScript', () => {
  test('JSON that cannot close the script element it sits in, and parses back the same', () => {
    const value = { term: '</script><script>alert(1)</script>' };
    const json = jsonForScript(value);
    assert.doesNotMatch(json, /<\/script/i);
    assert.deepEqual(JSON.parse(json), value);
  });
});
