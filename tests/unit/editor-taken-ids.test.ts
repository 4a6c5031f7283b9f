/**
 * The file names the web editor asks its backend for (src/editor/taken-ids.ts), so a new event gets
 * the first free id: through Decap's local proxy, or GitHub's tree of the events folder. Whatever goes
 * wrong, the answer is an empty list (Decap's own check still refuses to overwrite a file).
 */
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { takenNames, type TakenIdsSource } from '../../src/editor/taken-ids.ts';

interface Call {
  url: string;
  init?: RequestInit | undefined;
}

/** A fetch that records what it was asked and answers `body` as JSON with `status`. */
function fakeFetch(body: unknown, status = 200) {
  const calls: Call[] = [];
  const fetcher = (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  };
  return { calls, fetcher };
}

const local: TakenIdsSource = {
  kind: 'local',
  proxyUrl: 'http://127.0.0.1:8081/api/v1',
  folder: 'content/events',
  branch: 'main',
};
const github: TakenIdsSource = { kind: 'github', repo: 'krant/tijdlijn', folder: 'content/events', branch: 'main' };

describe('takenNames', () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  test("through the local proxy: asks for the folder's Markdown files and returns their names", async () => {
    const { calls, fetcher } = fakeFetch([
      { file: { path: 'content/events/2020-01-17-ziekenhuis.md' } },
      { file: { path: 'content/events/2019-12-17-citrix-advies.md' } },
      { file: {} },
    ]);
    assert.deepEqual(await takenNames(local, fetcher), ['2020-01-17-ziekenhuis.md', '2019-12-17-citrix-advies.md']);
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.url, 'http://127.0.0.1:8081/api/v1');
    assert.equal(calls[0]!.init?.method, 'POST');
    assert.deepEqual(JSON.parse(String(calls[0]!.init?.body)), {
      action: 'entriesByFolder',
      params: { branch: 'main', folder: 'content/events', extension: 'md', depth: 1 },
    });
  });

  test("through GitHub: reads the folder's tree on the branch, files only, with the editor's login", async () => {
    (globalThis as { localStorage?: unknown }).localStorage = {
      getItem: (key: string) => (key === 'decap-cms-user' ? JSON.stringify({ token: 'gho_abc' }) : null),
    };
    const { calls, fetcher } = fakeFetch({
      tree: [
        { path: 'a.md', type: 'blob' },
        { path: 'beelden', type: 'tree' },
        { path: 'b.md', type: 'blob' },
      ],
    });
    assert.deepEqual(await takenNames(github, fetcher), ['a.md', 'b.md']);
    assert.equal(calls[0]!.url, 'https://api.github.com/repos/krant/tijdlijn/git/trees/main%3Acontent%2Fevents');
    assert.equal((calls[0]!.init?.headers as Record<string, string>).authorization, 'token gho_abc');
  });

  test('through GitHub without a login: asks without an authorization header', async () => {
    const { calls, fetcher } = fakeFetch({ tree: [{ path: 'a.md', type: 'blob' }] });
    assert.deepEqual(await takenNames(github, fetcher), ['a.md']);
    assert.equal((calls[0]!.init?.headers as Record<string, string>).authorization, undefined);
  });

  test('a refusal, an unreadable answer, a network error or no backend give an empty list', async () => {
    assert.deepEqual(await takenNames(local, fakeFetch({ error: 'nope' }, 500).fetcher), []);
    assert.deepEqual(await takenNames(github, fakeFetch({ message: 'Not Found' }, 404).fetcher), []);
    const garbled = () => Promise.resolve(new Response('<html>', { status: 200 }));
    assert.deepEqual(await takenNames(local, garbled), []);
    const offline = () => Promise.reject(new TypeError('fetch failed'));
    assert.deepEqual(await takenNames(github, offline), []);
    let asked = false;
    const never = () => {
      asked = true;
      return Promise.reject(new Error('not to be called'));
    };
    assert.deepEqual(await takenNames({ kind: 'none' }, never), []);
    assert.equal(asked, false);
  });
});
