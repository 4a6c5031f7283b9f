// @ts-check
// The reference site for `npm run bench`: the least an Astro 7 site needs to publish the same
// corpus, one page per event plus an index. No checker, feeds, search page or integrations.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://reference.example.org',
  outDir: process.env.REFERENCE_OUT_DIR ?? 'dist',
  ...(process.env.REFERENCE_CACHE_DIR ? { cacheDir: process.env.REFERENCE_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
