import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cacheKey, withCacheKey } from '../../src/lib/cache-key.ts';

describe('cacheKey', () => {
  test('the same inputs give the same key; any change gives another', () => {
    const props = { title: 'Kamer stopt', organisations: ['tweede-kamer'] };
    assert.equal(cacheKey('site', props), cacheKey('site', { ...props }));
    assert.notEqual(cacheKey('site', props), cacheKey('site', { ...props, title: 'Kamer stopt niet' }));
    assert.notEqual(cacheKey('site', props), cacheKey('other site', props));
  });

  test('what a Map or Set holds is part of the key', () => {
    assert.notEqual(cacheKey(new Map([['a', 1]])), cacheKey(new Map([['a', 2]])));
    assert.notEqual(cacheKey(new Set(['a'])), cacheKey(new Set(['b'])));
  });
});

describe('withCacheKey', () => {
  const path = { params: { id: 'x' }, props: { n: 1 } };
  test('without a site key (builds not incremental) the entry stays as it is', () => {
    assert.deepEqual(withCacheKey(path, undefined, path.props), path);
  });

  test('with a site key the entry gets the key of the site key and its inputs', () => {
    assert.deepEqual(withCacheKey(path, 'k', path.props), { ...path, cacheKey: cacheKey('k', path.props) });
  });
});
