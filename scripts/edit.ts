/**
 * `npm run edit`: the web editor on this machine. Starts Decap CMS's local
 * proxy (`decap-server`, which writes the files straight into the content
 * folder and needs no git repository) and Astro's dev server, both bound to
 * 127.0.0.1, and prints the editor's address. Saving writes
 * `<content folder>/events/<id>.md`. Works on any content folder
 * (`TIJDLIJN_CONTENT`) without a setting in site.yaml.
 *
 *   npm run edit                          # content/
 *   TIJDLIJN_CONTENT=../other npm run edit
 *   TIJDLIJN_EDIT_PORT=4400 TIJDLIJN_EDIT_PROXY_PORT=8090 npm run edit   # other ports (default 4321, 8081; a taken port is replaced by a free one)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { environment } from '../src/config/environment.ts';
import { loadSettings } from '../src/config/settings.ts';
import { EDITOR_FOLDER } from '../src/lib/paths.ts';

const HOST = '127.0.0.1';
const ROOT = join(import.meta.dirname, '..');

/** `preferred` if it is free on 127.0.0.1, otherwise a free port the system picks. */
export function freePort(preferred: number): Promise<number> {
  const attempt = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, HOST, () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
      });
    });
  return attempt(preferred).catch(() => attempt(0));
}

/** The editor's address for a dev server port and the site's base path. */
export function editorAddress(port: number, base: string): string {
  return `http://${HOST}:${port}${base}${EDITOR_FOLDER}/`;
}

async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  child: ChildProcess,
  timeoutMs = 120_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${what} stopped (exit code ${child.exitCode})`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
}

async function main(): Promise<number> {
  const { contentDir, editPort, editProxyPort } = environment();
  const settings = loadSettings(contentDir);
  // 0 lets the system pick a free port (the tests do).
  const proxyPort = await freePort(editProxyPort ?? 8081);
  const sitePort = await freePort(editPort ?? 4321);
  const proxyUrl = `http://${HOST}:${proxyPort}/api/v1`;

  const children: ChildProcess[] = [];
  const stop = () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('exit', stop);

  // decap-server reads its settings from the environment: the folder it serves, its port and address.
  const proxy = spawn(process.execPath, [createRequire(import.meta.url).resolve('decap-server')], {
    cwd: contentDir,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      MODE: 'fs',
      GIT_REPO_DIRECTORY: contentDir,
      PORT: String(proxyPort),
      BIND_HOST: HOST,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    },
  });
  children.push(proxy);
  await waitFor(
    async () =>
      (
        await fetch(proxyUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ action: 'info' }),
        })
      ).ok,
    'decap-server',
    proxy,
  );

  const site = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', HOST, '--port', String(sitePort)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        TIJDLIJN_CONTENT: contentDir,
        TIJDLIJN_EDITOR_PROXY: proxyUrl,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  children.push(site);
  const address = editorAddress(sitePort, settings.base);
  await waitFor(async () => (await fetch(address)).ok, 'the dev server', site);

  console.log(`
Editor: ${address}
Saving writes ${join(contentDir, 'events')}/<id>.md (decap-server on ${proxyUrl}).
Check with \`npm run check\`, then commit the new file. Stop with Ctrl+C.
`);
  const code = await new Promise<number>((resolve) => {
    for (const child of children) child.on('exit', (exitCode) => resolve(exitCode ?? 0));
  });
  stop();
  return code;
}

if (import.meta.main) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`npm run edit: ${error.message}`);
      process.exit(1);
    },
  );
}
