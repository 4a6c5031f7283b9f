import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INDEX_FIELDS, SEARCH_PARAMS, SEARCH_SORTS } from '../../src/lib/search-fields.ts';

test('the index, the address and the sort menu share their names, and none clash', () => {
  // "oldest first" sorts by the index's date field, under the name the address uses for it.
  assert.equal(SEARCH_SORTS.date, INDEX_FIELDS.date);
  assert.notEqual(SEARCH_SORTS.relevance, SEARCH_SORTS.date);
  assert.equal(new Set(Object.values(SEARCH_PARAMS)).size, Object.keys(SEARCH_PARAMS).length);
  // Pagefind keys: lowercase letters only, as its [content] selectors want them.
  for (const name of Object.values(INDEX_FIELDS)) assert.match(name, /^[a-z]+$/);
});
