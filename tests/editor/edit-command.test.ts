/**
 * `npm run edit` on a temporary copy of a fixture content folder, with no
 * setting in its site.yaml: it prints the editor's address, serves /admin/
 * there, and decap-server answers on 127.0.0.1, serving that folder.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectCopy, ROOT, tempDir } from '../support/build.ts';

test('npm run edit prints the editor address and serves the editor, saving into the content folder', async () => {
  const content = join(tempDir('tijdlijn-edit-'), 'content');
  cpSync(join(ROOT, 'tests/fixtures/english'), content, { recursive: true });
  assert.doesNotMatch(readFileSync(join(content, 'site.yaml'), 'utf8'), /editor/, 'no editor setting needed');
  const bin = join(ROOT, 'node_modules/.bin');
  // Ports 0: let the command pick free ones, so a running editor does not get in the way.
  // In a copy of the project: Astro's dev server writes its data store into the project's .astro/ folder.
  const child = spawn('npm', ['run', 'edit'], {
    cwd: projectCopy(tempDir()),
    detached: true,
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      TIJDLIJN_CONTENT: content,
      TIJDLIJN_EDIT_PORT: '0',
      TIJDLIJN_EDIT_PROXY_PORT: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  try {
    const address = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address printed within 120 s:\n${output}`)), 120_000);
      child.stdout.on('data', () => {
        const match = /Editor: (http:\/\/127\.0\.0\.1:\d+\/admin\/)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('exit', (code) => reject(new Error(`npm run edit stopped (${code}):\n${output}`)));
      child.on('error', reject);
    });
    const page = await fetch(address);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<meta name="robots" content="noindex, nofollow">/);
    assert.match(html, /"proxy_url":"(http:\/\/127\.0\.0\.1:\d+\/api\/v1)"/);
    assert.equal((await fetch(new URL('editor.js', address))).status, 200);
    assert.equal((await fetch(new URL('decap-cms.js', address))).status, 200);

    // decap-server, on 127.0.0.1, serves this content folder's events.
    const proxyUrl = /"proxy_url":"([^"]+)"/.exec(html)![1]!;
    const entries = await fetch(proxyUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'entriesByFolder',
        params: { branch: 'main', folder: 'events', extension: 'md', depth: 1 },
      }),
    }).then((response) => response.json() as Promise<{ file: { path: string } }[]>);
    assert.deepEqual(entries.map((entry) => entry.file.path).sort(), [
      'events/advice-published.md',
      'events/council-closes-remote-access.md',
      'events/university-shuts-servers.md',
    ]);
  } finally {
    // The whole process group: npm, the command, the dev server and decap-server.
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
});
