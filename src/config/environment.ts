/**
 * The environment variables Tijdlijn reads, in one place. Each overrides a
 * default for one build or one command; docs/publishing.md lists them.
 *
 *   TIJDLIJN_CONTENT        the content folder (default: `content`)
 *   TIJDLIJN_SITE           the public origin, e.g. https://example.org (overrides site.yaml)
 *   TIJDLIJN_BASE           the sub-path the site is served under, e.g. /tijdlijn/ (overrides site.yaml)
 *   TIJDLIJN_OUT_DIR        where `astro build` writes the site (default: `dist`)
 *   TIJDLIJN_CACHE_DIR      Astro's cache folder (default: Astro's own)
 *   TIJDLIJN_INCREMENTAL    `0`: render every page again instead of reusing unchanged ones from the previous build
 *   TIJDLIJN_MARKDOWN       `unified`: render Markdown with remark/rehype instead of Sätteri
 *   TIJDLIJN_BUILD_HEAP_MB  Astro's V8 heap limit in MB (default: src/lib/build-heap.ts)
 *
 * Set by the project's own commands for the processes they start:
 *   TIJDLIJN_BUILD            `1` under `npm run build`: a content problem ends the build with its lines
 *   TIJDLIJN_EDITOR_PROXY     the local editor backend (decap-server) `npm run edit` started
 *   TIJDLIJN_EDIT_PORT        `npm run edit`: the dev server's port (default 4321)
 *   TIJDLIJN_EDIT_PROXY_PORT  `npm run edit`: decap-server's port (default 8081)
 */
import { resolve } from 'node:path';

export interface Environment {
  /** Absolute path of the content folder. */
  contentDir: string;
  site: string | undefined;
  base: string | undefined;
  /** Absolute path of the build output. */
  outDir: string;
  cacheDir: string | undefined;
  incremental: boolean;
  markdown: 'satteri' | 'unified';
  /** The heap limit asked for, when it is a positive whole number. */
  buildHeapMb: number | undefined;
  /** Under `npm run build` (scripts/build.ts), not `astro dev`. */
  buildScript: boolean;
  editorProxy: string | undefined;
  editPort: number | undefined;
  editProxyPort: number | undefined;
}

const port = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

export function environment(env: NodeJS.ProcessEnv = process.env): Environment {
  const heap = Number(env.TIJDLIJN_BUILD_HEAP_MB);
  return {
    contentDir: resolve(env.TIJDLIJN_CONTENT || 'content'),
    site: env.TIJDLIJN_SITE || undefined,
    base: env.TIJDLIJN_BASE || undefined,
    outDir: resolve(env.TIJDLIJN_OUT_DIR || 'dist'),
    cacheDir: env.TIJDLIJN_CACHE_DIR || undefined,
    incremental: env.TIJDLIJN_INCREMENTAL !== '0',
    markdown: env.TIJDLIJN_MARKDOWN === 'unified' ? 'unified' : 'satteri',
    buildHeapMb: Number.isInteger(heap) && heap > 0 ? heap : undefined,
    buildScript: env.TIJDLIJN_BUILD === '1',
    editorProxy: env.TIJDLIJN_EDITOR_PROXY || undefined,
    editPort: port(env.TIJDLIJN_EDIT_PORT),
    editProxyPort: port(env.TIJDLIJN_EDIT_PROXY_PORT),
  };
}
