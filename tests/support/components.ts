/**
 * Renders one Astro component to HTML outside a site build, with Astro's
 * container API: a Vite server in middleware mode compiles the component,
 * and the test hands it props and the site context (`Astro.locals.site`)
 * as the middleware would. One server serves every render of a test file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';
import { loadTaxonomy } from '../../src/content/taxonomy.ts';
import { createSiteContext, type SiteContext } from '../../src/data/site.ts';
import { ROOT } from './build.ts';

let server: Promise<ViteDevServer> | undefined;
let container: Promise<AstroContainer> | undefined;

async function startServer(): Promise<ViteDevServer> {
  const config = await getViteConfig(
    {
      server: { middlewareMode: true, hmr: false, watch: null },
      appType: 'custom',
      logLevel: 'silent',
      cacheDir: mkdtempSync(join(tmpdir(), 'tijdlijn-vite-')),
    },
    { root: ROOT, logLevel: 'silent' },
  )({ command: 'serve', mode: 'development' });
  return createServer(config);
}

/** The site context of a content folder, as a build of it would make it (base `/`). */
export function siteContextOf(contentDir: string, base = '/'): SiteContext {
  return createSiteContext(loadTaxonomy(contentDir), { base, site: undefined, root: ROOT, incremental: false });
}

/** The HTML of `src/components/<name>.astro` rendered with these props and site context. */
export async function renderComponent(
  name: string,
  props: Record<string, unknown>,
  site: SiteContext,
): Promise<string> {
  server ??= startServer();
  container ??= AstroContainer.create();
  const module = await (await server).ssrLoadModule(`/src/components/${name}.astro`);
  return (await container).renderToString(module['default'], { props, locals: { site } });
}

/** Stops the Vite server; call once, after the file's last render. */
export async function closeComponents(): Promise<void> {
  if (server) await (await server).close();
  server = undefined;
}
