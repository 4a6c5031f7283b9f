/**
 * The web editor (`/admin/`) as an Astro integration: off unless enabled.
 *
 * - `site.yaml` `editor: { enabled: true }` builds the published editor, which
 *   commits through `repository`'s forge with the editorial workflow.
 * - `TIJDLIJN_EDITOR_PROXY=<url>` (set by `npm run edit`, and by the tests)
 *   builds or serves the local editor, which saves through Decap's local
 *   proxy (`decap-server`) at that address, whatever site.yaml says.
 *
 * The files are written into the output after Astro has built the pages
 * (`astro:build:done`) and served from memory by the dev server, so /admin/
 * is no Astro page: it is in no sitemap, search index or feed, and has its
 * own Content-Security-Policy (src/editor/page.ts). Decap CMS's files come
 * from the installed `decap-cms` package; nothing is loaded from a CDN.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { environment } from '../config/environment.ts';
import type { SiteSettings } from '../config/settings.ts';
import { loadTaxonomy } from '../content/taxonomy.ts';
import { dictionary } from '../i18n/index.ts';
import { editorConfig, forgeBackend, type EditorBackend } from './config.ts';
import { EDITOR_FOLDER } from '../lib/paths.ts';
import { contentPath } from '../lib/repository.ts';
import type { AdminPayload } from './admin.ts';
import { adminPage, backendOrigins } from './page.ts';
import type { TakenIdsSource } from './taken-ids.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Which editor to build: none, the local one or the published one. */
export function editorBackend(
  settings: Pick<SiteSettings, 'editor'>,
  env: NodeJS.ProcessEnv = process.env,
): EditorBackend | undefined {
  const { editorProxy } = environment(env);
  if (editorProxy) return { kind: 'local', proxyUrl: editorProxy };
  return settings.editor?.enabled ? { kind: 'forge' } : undefined;
}

/** Decap CMS's browser files: the script, its lazily loaded chunks, its WebAssembly and its licence notice. */
export function decapFiles(): { name: string; path: string }[] {
  const dist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
  return readdirSync(dist)
    .filter((name) => /^(?:[\w-]+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(name))
    .map((name) => ({ name, path: join(dist, name) }));
}

// gray-matter (inside the project's frontmatter reader) requires `fs` for reading files by name,
// which the editor never does; the browser bundle gets an empty module in its place.
const noFs: Plugin = {
  name: 'no-fs',
  setup(builder) {
    builder.onResolve({ filter: /^(?:node:)?fs$/ }, () => ({ path: 'fs', namespace: 'empty' }));
    builder.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

/** The editor's own script, src/editor/admin.ts bundled for the browser. */
export async function bundleEditorScript(): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [join(HERE, 'admin.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    plugins: [noFs],
  });
  return result.outputFiles[0]!.contents;
}

/** The editor's page and its payload, for a content folder. */
export function editorPage(settings: SiteSettings, backend: EditorBackend, root = process.cwd()): string {
  const taxonomy = loadTaxonomy(settings.contentDir);
  const t = dictionary(settings.language);
  const folder = backend.kind === 'local' ? 'events' : `${contentPath(settings.contentDir, root)}/events`;
  const config = editorConfig({
    settings,
    organisations: taxonomy.organisations,
    tags: taxonomy.tags,
    threads: taxonomy.threads,
    t,
    backend,
    folder,
  });
  const branch = settings.repository?.branch ?? 'main';
  const forge = backend.kind === 'forge' && settings.repository ? forgeBackend(settings.repository.url) : undefined;
  const taken: TakenIdsSource =
    backend.kind === 'local'
      ? { kind: 'local', proxyUrl: backend.proxyUrl, folder, branch }
      : forge?.name === 'github'
        ? { kind: 'github', repo: forge.repo, folder, branch }
        : { kind: 'none' };
  const payload: AdminPayload = {
    config: config as AdminPayload['config'],
    preview: {
      language: settings.language,
      timeZone: settings.timeZone,
      organisations: Object.fromEntries(
        Object.entries(taxonomy.organisations).map(([id, organisation]) => [id, organisation.name]),
      ),
      tags: Object.fromEntries(Object.entries(taxonomy.tags).map(([id, tag]) => [id, tag.label])),
    },
    taken,
    stylesheet: 'site.css',
  };
  const origins = backendOrigins(backend, forge, settings.editor?.auth?.url);
  return adminPage({
    language: settings.language,
    title: `${t.editorTitle} · ${settings.title}`,
    noScript: t.editorNoScript,
    payload,
    ...origins,
  });
}

const STYLESHEET = resolve(HERE, '../styles/global.css');

/** Writes the editor into `<outDir>/admin/`. */
export async function writeEditor(outDir: string, settings: SiteSettings, backend: EditorBackend): Promise<void> {
  const dir = join(outDir, EDITOR_FOLDER);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), editorPage(settings, backend));
  writeFileSync(join(dir, 'editor.js'), await bundleEditorScript());
  copyFileSync(STYLESHEET, join(dir, 'site.css'));
  for (const file of decapFiles()) copyFileSync(file.path, join(dir, file.name));
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  wasm: 'application/wasm',
  txt: 'text/plain; charset=utf-8',
};

export function editorIntegration(settings: SiteSettings, env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  const backend = editorBackend(settings, env);
  return {
    name: 'tijdlijn-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!backend) return;
        await writeEditor(fileURLToPath(dir), settings, backend);
        logger.info(
          `web editor written to ${EDITOR_FOLDER}/ (${backend.kind === 'local' ? `local, saving through ${backend.proxyUrl}` : 'published, editorial workflow'})`,
        );
      },
      'astro:server:setup': ({ server }) => {
        if (!backend) return;
        const prefix = `${settings.base}${EDITOR_FOLDER}/`;
        const files = new Map(decapFiles().map((file) => [file.name, file.path]));
        let script: Promise<Uint8Array> | undefined;
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0]!;
          if (path === prefix.slice(0, -1)) {
            response.writeHead(301, { location: prefix }).end();
            return;
          }
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length) || 'index.html';
          const send = (body: string | Uint8Array) => {
            response.writeHead(200, {
              'content-type': TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
              'cache-control': 'no-store',
            });
            response.end(body);
          };
          // The page is made on every request, so a change to the taxonomy shows after a reload.
          if (name === 'index.html') return send(editorPage(settings, backend));
          if (name === 'editor.js') {
            script ??= bundleEditorScript();
            script.then(send, next);
            return;
          }
          if (name === 'site.css') return send(readFileSync(STYLESHEET));
          const file = files.get(name);
          if (file) return send(readFileSync(file));
          next();
        });
      },
    },
  };
}
