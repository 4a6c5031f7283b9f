/**
 * Site settings: one typed configuration per timeline, read from
 * `<content folder>/site.yaml`. Another timeline is another content folder
 * with its own site.yaml; the code stays the same.
 *
 * Environment overrides (for deployment and tests):
 *   TIJDLIJN_CONTENT  the content folder (default: `content`)
 *   TIJDLIJN_SITE     the public origin, e.g. https://example.org
 *   TIJDLIJN_BASE     the sub-path the site is served under, e.g. /tijdlijn/
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { isValidZone } from '../lib/dates.ts';
import { LANGUAGES } from '../i18n/index.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "zorg"');

export const settingsSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    /** Interface language: chooses the UI dictionary and date locale. */
    language: z.enum(LANGUAGES),
    /** IANA time zone in which dates without an offset are read and all dates are shown. */
    timeZone: z.string().refine(isValidZone, 'must be an IANA time zone such as "Europe/Amsterdam"'),
    /** Public origin of the site, used for canonical URLs and feeds. */
    site: z.url({ protocol: /^https?$/ }),
    /** Sub-path the site is served under; "/" for the root. */
    base: z.string().regex(/^\/(?:[\w.-]+\/)*$/, 'must start and end with "/", e.g. "/" or "/tijdlijn/"').default('/'),
    /** Repository for "edit this event" links; leave out to hide them. */
    repository: z
      .object({ url: z.url({ protocol: /^https$/ }), branch: z.string().min(1).default('main') })
      .optional(),
    /**
     * The web editor at /admin/ (Decap CMS, README "The web editor"). Off
     * unless enabled; it commits through `repository`'s forge with the
     * editorial workflow. `auth` is the OAuth provider for GitHub logins.
     * `npm run edit` turns it on for the local dev server by itself.
     */
    editor: z
      .object({
        enabled: z.boolean().default(false),
        /**
         * The OAuth service for the GitHub login: `url` and `endpoint` of your own
         * provider, or `siteDomain`, the Netlify site whose GitHub provider to use
         * (Netlify's service is the default). README "Setting up the GitHub login".
         */
        auth: z
          .object({
            url: z.url({ protocol: /^https$/ }).optional(),
            endpoint: z.string().min(1).optional(),
            siteDomain: z.string().regex(/^[a-z0-9.-]+$/i, 'must be a host name such as "mijn-tijdlijn.netlify.app"').optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /** Sectors that organisations belong to: id → label. */
    sectors: z.record(slug, z.string().min(1)),
    /**
     * Most events on one timeline page. A larger timeline is split into year
     * and month pages, and organisation and topic pages are paginated.
     */
    pageSize: z.number().int().min(10).default(150),
  })
  .strict();

export type SiteSettings = z.infer<typeof settingsSchema> & {
  /** Absolute path of the content folder these settings came from. */
  contentDir: string;
};

export function contentDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.TIJDLIJN_CONTENT || 'content');
}

/** Where `astro build` writes the site: TIJDLIJN_OUT_DIR, or `dist/`. */
export function outDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.TIJDLIJN_OUT_DIR || 'dist');
}

/** Whether Astro reuses unchanged pages from the previous build: TIJDLIJN_INCREMENTAL=1. */
export function incrementalBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TIJDLIJN_INCREMENTAL === '1';
}

/** Reads and checks `site.yaml`; throws an error naming the file and field when it is wrong. */
export function loadSettings(contentDir = contentDirFromEnv(), env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const file = resolve(contentDir, 'site.yaml');
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: cannot read the site settings: ${(error as Error).message}`);
  }
  const overrides = {
    ...(env.TIJDLIJN_SITE ? { site: env.TIJDLIJN_SITE } : {}),
    ...(env.TIJDLIJN_BASE ? { base: env.TIJDLIJN_BASE } : {}),
  };
  const result = settingsSchema.safeParse({ ...(raw as object), ...overrides });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${file}: the site settings are not valid:\n${problems.join('\n')}`);
  }
  return { ...result.data, contentDir };
}
