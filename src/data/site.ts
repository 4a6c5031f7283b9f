/**
 * The site context: what every page and component needs to render (settings,
 * taxonomy, dictionary, routes, forge links). `createSiteContext` is a pure
 * function of its inputs; `siteContext()` builds it once per build, on first
 * use, never when this module is imported. The middleware (src/middleware.ts)
 * hands it to every page and component as `Astro.locals.site`.
 */
import { environment } from '../config/environment.ts';
import type { SiteSettings } from '../config/settings.ts';
import { loadTaxonomy, type Taxonomy } from '../content/taxonomy.ts';
import type { Organisation, Tag, Thread } from '../domain.ts';
import { dictionary, type Dictionary } from '../i18n/index.ts';
import { cacheKey } from '../lib/cache-key.ts';
import { erasInOrder, type EraEntry } from '../lib/eras.ts';
import { routes, type Routes } from '../lib/paths.ts';
import { editEventUrl, proposeEventUrl } from '../lib/repository.ts';

/** Links into the timeline's repository for editors; absent when site.yaml names no repository. */
export interface Forge {
  edit(id: string): string;
  propose(): string;
}

export interface SiteContext {
  settings: SiteSettings;
  organisations: Record<string, Organisation>;
  tags: Record<string, Tag>;
  threads: Record<string, Thread>;
  /** Eras from eras.yaml, oldest first, with their range labels (none when the file is left out). */
  eras: EraEntry[];
  t: Dictionary;
  /** BCP 47 locale of the interface and of every date label. */
  locale: string;
  /** IANA zone in which dates are read and shown. */
  zone: string;
  paths: Routes;
  /** An absolute URL on the public site for a path from `paths` (which already holds the base). */
  absoluteUrl(path: string): string;
  forge: Forge | undefined;
  /** What every page's incremental-build key includes: settings, taxonomy and addresses (src/lib/cache-key.ts); undefined when builds are not incremental. */
  siteKey: string | undefined;
}

export interface SiteAddress {
  /** The base path the site is served under, e.g. `/` or `/tijdlijn/`. */
  base: string;
  /** The public origin Astro builds for, if any. */
  site: string | undefined;
  /** The project root, to find the content folder's path inside the repository. */
  root: string;
  /** Whether this build reuses unchanged pages (TIJDLIJN_INCREMENTAL): only then do pages get cache keys. */
  incremental: boolean;
}

export function createSiteContext(
  taxonomy: Pick<Taxonomy, 'settings' | 'organisations' | 'tags' | 'threads' | 'eras'>,
  address: SiteAddress,
): SiteContext {
  const { settings, organisations, tags, threads } = taxonomy;
  const t = dictionary(settings.language);
  const repository = settings.repository;
  return {
    settings,
    organisations,
    tags,
    threads,
    eras: erasInOrder(taxonomy.eras, settings.timeZone, t.locale),
    t,
    locale: t.locale,
    zone: settings.timeZone,
    paths: routes(address.base),
    absoluteUrl: (path) => new URL(path, settings.site).href,
    forge: repository
      ? {
          edit: (id) => editEventUrl(repository, settings.contentDir, address.root, id),
          propose: () => proposeEventUrl(repository, settings.contentDir, address.root),
        }
      : undefined,
    siteKey: address.incremental
      ? cacheKey(settings, organisations, tags, threads, taxonomy.eras, address.base, address.site)
      : undefined,
  };
}

let current: SiteContext | undefined;

/** The context of the timeline being built (TIJDLIJN_CONTENT), made on first use. */
export function siteContext(): SiteContext {
  const { contentDir, incremental } = environment();
  current ??= createSiteContext(loadTaxonomy(contentDir), {
    base: import.meta.env.BASE_URL,
    site: import.meta.env.SITE,
    root: process.cwd(),
    incremental,
  });
  return current;
}
