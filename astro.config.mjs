// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { loadSettings } from './src/config/settings.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

const settings = loadSettings();

/**
 * Markdown renderer. Sätteri (Astro's default) unless TIJDLIJN_MARKDOWN=unified
 * asks for the remark/rehype pipeline; README "Markdown rendering" has the
 * measurements behind the choice. Either way the HTML is sanitised afterwards.
 */
const markdown = process.env.TIJDLIJN_MARKDOWN === 'unified' ? { processor: unified() } : {};

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  outDir: process.env.TIJDLIJN_OUT_DIR || './dist',
  // A separate cache per content folder, so builds of different timelines never share a data store.
  ...(process.env.TIJDLIJN_CACHE_DIR ? { cacheDir: process.env.TIJDLIJN_CACHE_DIR } : {}),
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown,
  integrations: [pagefindIndex({ language: settings.language, eventsFolder: 'gebeurtenis' })],
  // Scripts and styles as files, never inline: pages stay cacheable and a strict CSP needs no hashes.
  vite: { build: { assetsInlineLimit: 0 } },
  // Nothing on these pages needs client-side routing or prefetching.
  prefetch: false,
  devToolbar: { enabled: false },
});
