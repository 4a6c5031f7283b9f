/**
 * The editor as an Astro integration (src/editor/integration.ts): which editor a build gets, and the
 * page it writes for a content folder, with the backend the editor saves through and asks for the
 * names already taken. The editor in a browser is tested in tests/editor/.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import type { SiteSettings } from '../../src/config/settings.ts';
import { loadTaxonomy } from '../../src/content/taxonomy.ts';
import type { AdminPayload } from '../../src/editor/admin.ts';
import { decapFiles, editorBackend, editorPage } from '../../src/editor/integration.ts';
import { ROOT } from '../support/build.ts';

const english = loadTaxonomy(join(ROOT, 'tests/fixtures/english'));
const proxy = { TIJDLIJN_EDITOR_PROXY: 'http://127.0.0.1:8081/api/v1' };

function withRepository(url: string): SiteSettings {
  return { ...english.settings, repository: { url, branch: 'redactie' }, editor: { enabled: true } };
}

/** The payload and the connections the written page allows. */
function read(html: string): { payload: AdminPayload; connect: string } {
  const page = parse(html);
  const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
  return {
    payload: JSON.parse(page.getElementById('tijdlijn-editor')!.textContent) as AdminPayload,
    connect: policy.split('; ').find((directive) => directive.startsWith('connect-src'))!,
  };
}

describe('editorBackend', () => {
  test('no editor unless site.yaml enables it or a local proxy is given', () => {
    assert.equal(editorBackend(english.settings, {}), undefined);
    assert.deepEqual(editorBackend({ editor: { enabled: true } }, {}), { kind: 'forge' });
  });

  test('the local proxy wins over the published editor', () => {
    assert.deepEqual(editorBackend({ editor: { enabled: true } }, proxy), {
      kind: 'local',
      proxyUrl: proxy.TIJDLIJN_EDITOR_PROXY,
    });
  });
});

describe('editorPage', () => {
  test("local: saves through the proxy, asks it for the events folder's names, previews with the taxonomy", () => {
    const { payload, connect } = read(
      editorPage(english.settings, { kind: 'local', proxyUrl: proxy.TIJDLIJN_EDITOR_PROXY }, ROOT),
    );
    assert.deepEqual(payload.taken, {
      kind: 'local',
      proxyUrl: proxy.TIJDLIJN_EDITOR_PROXY,
      folder: 'events',
      branch: 'main',
    });
    assert.equal(connect, "connect-src 'self' blob: http://127.0.0.1:8081");
    assert.equal(payload.preview.language, 'en');
    assert.equal(payload.preview.timeZone, 'Europe/London');
    for (const [id, organisation] of Object.entries(english.organisations)) {
      assert.equal(payload.preview.organisations[id], organisation.name);
    }
  });

  test("GitHub: the events folder's path in the repository, on the repository's branch, through GitHub's API", () => {
    const settings = withRepository('https://github.com/krant/tijdlijn');
    const { payload, connect } = read(editorPage(settings, { kind: 'forge' }, ROOT));
    assert.deepEqual(payload.taken, {
      kind: 'github',
      repo: 'krant/tijdlijn',
      folder: 'tests/fixtures/english/events',
      branch: 'redactie',
    });
    assert.equal(connect, "connect-src 'self' blob: https://api.github.com");
  });

  test('GitLab: taken names are not asked for (Decap still refuses to overwrite a file)', () => {
    const { payload, connect } = read(
      editorPage(withRepository('https://gitlab.com/krant/tijdlijn'), { kind: 'forge' }, ROOT),
    );
    assert.deepEqual(payload.taken, { kind: 'none' });
    assert.equal(connect, "connect-src 'self' blob: https://gitlab.com");
  });
});

describe('decapFiles', () => {
  test("Decap CMS's script, the chunks it loads later and its licence notice, from the installed package", () => {
    const names = decapFiles().map((file) => file.name);
    assert.ok(names.includes('decap-cms.js'), names.join(', '));
    assert.ok(names.includes('decap-cms.js.LICENSE.txt'), names.join(', '));
    assert.ok(
      names.some((name) => /^\d+\.decap-cms\.js$/.test(name)),
      `no lazily loaded chunk among ${names.join(', ')}`,
    );
    for (const file of decapFiles()) assert.ok(existsSync(file.path), file.path);
  });

  test('nothing else of the package: no source maps, not the other build (cms.js) beside it', () => {
    const strays = decapFiles()
      .map((file) => file.name)
      .filter((name) => name.endsWith('.map') || /^(?:[\w-]+\.)?cms\.js$/.test(name));
    assert.deepEqual(strays, []);
    const installed = readdirSync(dirname(decapFiles().find((file) => file.name === 'decap-cms.js')!.path));
    assert.ok(
      installed.some((name) => name.endsWith('.map') || /^\d+\.cms\.js$/.test(name)),
      'the package holds them',
    );
  });
});
