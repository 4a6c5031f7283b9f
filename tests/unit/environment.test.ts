import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { describe, test } from 'node:test';
import { environment } from '../../src/config/environment.ts';

describe('environment', () => {
  test('defaults: the content folder and dist/ below the working folder, nothing else set', () => {
    assert.deepEqual(environment({}), {
      contentDir: resolve('content'),
      site: undefined,
      base: undefined,
      outDir: resolve('dist'),
      cacheDir: undefined,
      incremental: true,
      markdown: 'satteri',
      buildHeapMb: undefined,
      buildScript: false,
      editorProxy: undefined,
      editPort: undefined,
      editProxyPort: undefined,
    });
  });

  test('every TIJDLIJN_ variable is read', () => {
    const env = environment({
      TIJDLIJN_CONTENT: '/tmp/andere-tijdlijn',
      TIJDLIJN_SITE: 'https://example.org',
      TIJDLIJN_BASE: '/tijdlijn/',
      TIJDLIJN_OUT_DIR: 'uit',
      TIJDLIJN_CACHE_DIR: '/tmp/cache',
      TIJDLIJN_INCREMENTAL: '1',
      TIJDLIJN_MARKDOWN: 'unified',
      TIJDLIJN_BUILD_HEAP_MB: '2048',
      TIJDLIJN_BUILD: '1',
      TIJDLIJN_EDITOR_PROXY: 'http://127.0.0.1:8081/api/v1',
      TIJDLIJN_EDIT_PORT: '0',
      TIJDLIJN_EDIT_PROXY_PORT: '8090',
    });
    assert.equal(env.contentDir, '/tmp/andere-tijdlijn');
    assert.equal(env.site, 'https://example.org');
    assert.equal(env.base, '/tijdlijn/');
    assert.equal(env.outDir, resolve('uit'));
    assert.equal(env.cacheDir, '/tmp/cache');
    assert.equal(env.incremental, true);
    assert.equal(env.markdown, 'unified');
    assert.equal(env.buildHeapMb, 2048);
    assert.equal(env.buildScript, true);
    assert.equal(env.editorProxy, 'http://127.0.0.1:8081/api/v1');
    assert.equal(env.editPort, 0, 'port 0: the system picks a free one');
    assert.equal(env.editProxyPort, 8090);
  });

  test('TIJDLIJN_INCREMENTAL=0 renders every page again; anything else keeps incremental builds on', () => {
    assert.equal(environment({ TIJDLIJN_INCREMENTAL: '0' }).incremental, false);
    assert.equal(environment({ TIJDLIJN_INCREMENTAL: '1' }).incremental, true);
  });

  test('values that mean nothing fall back to the default', () => {
    const env = environment({
      TIJDLIJN_INCREMENTAL: 'ja',
      TIJDLIJN_MARKDOWN: 'marked',
      TIJDLIJN_BUILD_HEAP_MB: '-5',
      TIJDLIJN_SITE: '',
      TIJDLIJN_EDIT_PORT: 'vier',
    });
    assert.equal(env.incremental, true);
    assert.equal(env.markdown, 'satteri');
    assert.equal(env.buildHeapMb, undefined);
    assert.equal(env.site, undefined);
    assert.equal(env.editPort, undefined);
  });
});
