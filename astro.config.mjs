// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { join } from 'node:path';
import { environment } from './src/config/environment.ts';
import { loadSettingsOrExit } from './src/config/settings.ts';
import { recordedLastModified } from './src/content/modified.ts';
import { editorIntegration } from './src/editor/integration.ts';

const env = environment();
const settings = loadSettingsOrExit(env.contentDir);
const eventPage = new RegExp(`^${settings.base}gebeurtenis/([^/]+)/$`);

/**
 * Markdown renderer. Sätteri (Astro's default) unless TIJDLIJN_MARKDOWN=unified
 * asks for the remark/rehype pipeline; docs/performance.md has the
 * measurements behind the choice. Either way the HTML is sanitised afterwards.
 * Text stays as written: no "smart" quotes, dashes or ellipses (both renderers
 * have them on by default), so the pages, feeds and timeline.json say exactly
 * what the editor, or an imported TimelineJS document, wrote.
 */
const markdown = {
  processor:
    env.markdown === 'unified' ? unified({ smartypants: false }) : satteri({ features: { smartPunctuation: false } }),
  // No syntax highlighting: Shiki colours code with style attributes, which the sanitiser strips and
  // the Content-Security-Policy (below) would block anyway.
  syntaxHighlight: /** @type {const} */ (false),
};

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  outDir: env.outDir,
  // A separate cache per content folder, so builds of different timelines never share a data store.
  ...(env.cacheDir ? { cacheDir: env.cacheDir } : {}),
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown,
  // The search index is not an integration: `npm run build` (scripts/build.ts) builds it after Astro exits.
  integrations: [
    // sitemap-index.xml and sitemap-0.xml: every page, absolute URLs with the base path; not the 404
    // page, nor the embed views (/embed/…), which are kept out of search engines, nor the web editor
    // (/admin/, a static file written after the pages, so never a page here either).
    // An event page's lastmod is its latest correction; pages without one have none. The events
    // loader recorded them from the checker's data (src/content/modified.ts): no file is parsed for it here.
    sitemap({
      filter: (page) => !new RegExp(`^${settings.base}(?:404/?$|embed/|admin/)`).test(new URL(page).pathname),
      serialize: (item) => {
        const id = eventPage.exec(new URL(item.url).pathname)?.[1];
        const lastmod = id === undefined ? undefined : recordedLastModified()?.get(decodeURIComponent(id));
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    // The web editor at /admin/ (Decap CMS), only when site.yaml enables it or `npm run edit` runs it;
    // its page has its own Content-Security-Policy, not the one below (src/editor/page.ts).
    editorIntegration(settings),
  ],
  // Scripts and styles as files, never inline: pages stay cacheable and a strict CSP needs no hashes.
  // Vite's own cache beside Astro's when a cache folder is given, so that builds with their own
  // folders (the tests run several at once) never write one in node_modules/.vite together.
  // The search page's worker (src/scripts/search/worker.ts) as an ES module, as the page starts it.
  vite: {
    build: { assetsInlineLimit: 0 },
    worker: { format: 'es' },
    ...(env.cacheDir ? { cacheDir: join(env.cacheDir, 'vite') } : {}),
  },
  // A Content-Security-Policy on every page, as a <meta> element (a static host may send no headers).
  // Astro writes script-src and style-src: 'self' plus the hash of anything inline it emits. The rest
  // allows this site's own files only, no other origin: default-src covers fetch, workers and frames.
  // Pagefind's worker compiles its WebAssembly under its own (empty) policy, so no 'wasm-unsafe-eval';
  // its stylesheet draws icons from data: SVGs. tests/audit/csp.test.ts holds the policy to this.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // Pages that return a cacheKey from getStaticPaths (events, organisations and their feeds, topics,
  // threads, embed views) are copied from the previous build when neither their key nor their code
  // changed (src/lib/cache-key.ts; tests/build/incremental.test.ts holds the output to a cold build's).
  // On by default; TIJDLIJN_INCREMENTAL=0 renders every page (docs/performance.md).
  experimental: { incrementalBuild: env.incremental },
  // Nothing on these pages needs client-side routing or prefetching.
  prefetch: false,
  devToolbar: { enabled: false },
});
