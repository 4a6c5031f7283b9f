/**
 * Builds the reference site (bench/site.ts runs it in a copy of this folder):
 * `astro build`, then, once Astro has exited, Pagefind over the event pages,
 * as the project's `npm run build` does. Logs the same lines the benchmark
 * reads its phases from, "[search] indexed N events in X ms" included.
 *
 *   REFERENCE_CONTENT=<content folder> [REFERENCE_OUT_DIR=dist] node build.ts
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const root = import.meta.dirname;
const outDir = resolve(root, process.env.REFERENCE_OUT_DIR ?? 'dist');
const astro = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
});
const code = await new Promise<number>((done) => astro.on('close', (exit) => done(exit ?? 1)));
if (code !== 0) process.exit(code);

const started = performance.now();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
if (!index) throw new Error(errors.join('\n'));
const added = await index.addDirectory({ path: outDir, glob: 'gebeurtenis/**/*.html' });
if (added.errors.length) throw new Error(added.errors.join('\n'));
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
console.log(`[search] indexed ${added.page_count} events in ${Math.round(performance.now() - started)} ms`);
