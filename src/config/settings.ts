/**
 * Site settings: one typed configuration per timeline, read from
 * `<content folder>/site.yaml`. Another timeline is another content folder
 * with its own site.yaml; the code stays the same.
 *
 * TIJDLIJN_CONTENT chooses the folder; TIJDLIJN_SITE and TIJDLIJN_BASE
 * override `site` and `base` (src/config/environment.ts).
 *
 * A wrong setting is a problem like any in an event file: one line with file,
 * line, field, what is wrong and what to write instead (lib/problems.ts), with
 * the hints of settings-hints.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { isValidZone } from '../lib/dates/index.ts';
import { FrontmatterError, parseYaml, type FieldPath } from '../lib/frontmatter.ts';
import { LANGUAGES } from '../i18n/index.ts';
import { ContentError, formatProblems, problemFile, problemsFromIssues, type Problem } from '../lib/problems.ts';
import { describe, required, text } from '../lib/schema-basics.ts';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { environment } from './environment.ts';
import { NESTED_FIELDS, SETTINGS_FIELDS, closestLanguage, closestZone, settingsHint } from './settings-hints.ts';

const webAddress = (protocols: RegExp, what: string) => z.url({ protocol: protocols, error: required(what) });

export const settingsSchema = z
  .object({
    title: text(),
    description: text(),
    /** Interface language: chooses the UI dictionary and date locale. */
    language: z.enum(LANGUAGES, {
      error: (issue) => {
        if (issue.input === undefined || issue.input === null) return required('a language code')(issue);
        const suggestion = typeof issue.input === 'string' ? closestLanguage(issue.input) : undefined;
        return `${JSON.stringify(issue.input)} is not a language the interface has ${suggestion ? `(did you mean "${suggestion}"?)` : `(it has ${LANGUAGES.join(' and ')})`}`;
      },
    }),
    /** IANA time zone in which dates without an offset are read and all dates are shown. */
    timeZone: z.string({ error: required('a time zone name') }).superRefine((zone, ctx) => {
      if (isValidZone(zone)) return;
      const suggestion = closestZone(zone);
      ctx.addIssue({
        code: 'custom',
        message: `"${zone}" is not an IANA time zone${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
      });
    }),
    /** Public origin of the site, used for canonical URLs and feeds. */
    site: webAddress(/^https?$/, 'a web address starting with https://'),
    /** Sub-path the site is served under; "/" for the root. */
    base: z
      .string({ error: required('a path') })
      .regex(/^\/(?:[\w.-]+\/)*$/, 'must start and end with "/"')
      .default('/'),
    /** Repository for "edit this event" links; leave out to hide them. */
    repository: z
      .object(
        { url: webAddress(/^https$/, 'a web address starting with https://'), branch: text().default('main') },
        { error: required('a group of fields (url, branch)') },
      )
      .strict()
      .optional(),
    /**
     * The web editor at /admin/ (Decap CMS, docs/editor.md). Off
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
         * (Netlify's service is the default). docs/editor.md.
         */
        auth: z
          .object({
            url: z.url({ protocol: /^https$/ }).optional(),
            endpoint: z.string().min(1).optional(),
            siteDomain: z
              .string()
              .regex(/^[a-z0-9.-]+$/i, 'must be a host name such as "mijn-tijdlijn.netlify.app"')
              .optional(),
          })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    /** Sectors that organisations belong to: id → label. */
    sectors: z.record(
      z.string().regex(SLUG_PATTERN, 'sector ids must be lowercase words joined by -, such as zorg'),
      text(),
      { error: required('a group of sectors, one "id: Label" per line') },
    ),
    /**
     * Most events on one timeline page. A larger timeline is split into year
     * and month pages, and organisation and topic pages are paginated.
     */
    pageSize: z
      .number({ error: required('a whole number') })
      .int('must be a whole number')
      .min(10, 'must be 10 or more')
      .default(150),
    /** Who publishes the timeline: the event pages' NewsArticle `publisher` (the site's title and address when left out). */
    publisher: z
      .object(
        {
          name: text(),
          /** An image the site (or another host) serves; search engines fetch it, readers' pages do not load it. */
          logo: webAddress(/^https?$/, 'a web address starting with https://').optional(),
          url: webAddress(/^https?$/, 'a web address starting with https://').optional(),
        },
        { error: required('a group of fields (name, logo, url)') },
      )
      .strict()
      .optional(),
    /** Who writes the entries: the event pages' NewsArticle `author` (left out when not set). */
    author: z
      .object(
        {
          name: text(),
          url: webAddress(/^https?$/, 'a web address starting with https://').optional(),
          type: z.enum(['Organization', 'Person'], { error: 'must be Organization or Person' }).default('Organization'),
        },
        { error: required('a group of fields (name, url, type)') },
      )
      .strict()
      .optional(),
  })
  .strict();

export type SiteSettings = z.infer<typeof settingsSchema> & {
  /** Absolute path of the content folder these settings came from. */
  contentDir: string;
};

export interface SettingsResult {
  /** The settings, when site.yaml (with the environment's overrides) is valid. */
  settings?: SiteSettings;
  problems: Problem[];
}

const OVERRIDES = { site: 'TIJDLIJN_SITE', base: 'TIJDLIJN_BASE' } as const;
const REQUIRED = Object.entries(SETTINGS_FIELDS)
  .filter(([, field]) => field.required)
  .map(([name]) => name);
/** Problems in file order; those without a line (from the environment) last. */
const byLine = (a: Problem, b: Problem) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER);

/** Reads and checks `site.yaml`: the settings, or every problem with them, each with its line. */
export function readSettings(
  contentDir = environment().contentDir,
  env: NodeJS.ProcessEnv = process.env,
): SettingsResult {
  const path = resolve(contentDir, 'site.yaml');
  const file = problemFile(path);
  const problem = (message: string, hint: string, line?: number): SettingsResult => ({
    problems: [{ severity: 'error', file, line, message, hint }],
  });
  if (!existsSync(path))
    return problem(
      'is missing',
      `create it with the timeline's settings: ${REQUIRED.join(', ')} (see README.md, "Another timeline")`,
    );
  let yaml;
  try {
    yaml = parseYaml(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path)));
  } catch (error) {
    if (error instanceof FrontmatterError) return problem(error.message, error.hint, error.line);
    if (error instanceof TypeError) return problem('is not valid UTF-8 text', 'save the file as UTF-8 text');
    return problem(`cannot be read: ${(error as Error).message}`, 'check that the file exists and is readable');
  }
  const { data } = yaml;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return problem(
      `must be a list of settings, one "name: value" per line, not ${describe(data)}`,
      'write e.g. title: Het Citrix-lek on the first line (see README.md, "Another timeline")',
      1,
    );
  }
  if (Object.keys(data).length === 0) {
    return problem(
      'has no settings',
      `write the timeline's settings, one per line: ${REQUIRED.map((field) => `${field}:`).join(', ')} (see README.md, "Another timeline")`,
      1,
    );
  }
  const { site, base } = environment(env);
  const overrides = { ...(site ? { site } : {}), ...(base ? { base } : {}) };
  const result = settingsSchema.safeParse({ ...data, ...overrides });
  if (result.success) return { settings: { ...result.data, contentDir }, problems: [] };
  const problems = problemsFromIssues(result.error.issues, {
    file,
    // Missing settings are reported on the first line.
    lineOf: (path: FieldPath) => (path.length > 0 && path[0]! in overrides ? undefined : (yaml.lineOf(path) ?? 1)),
    hintFor: (path: FieldPath) => settingsHint(String(path[0]), (data as { language?: unknown }).language),
    fieldsAt: (path: FieldPath) => (path.length > 0 && NESTED_FIELDS[String(path[0])]) || Object.keys(SETTINGS_FIELDS),
  });
  // A value from the environment is not in the file: say where it came from.
  return {
    problems: problems.sort(byLine).map((found) => {
      const top = found.field?.split('.')[0];
      const variable = top !== undefined && top in overrides ? OVERRIDES[top as keyof typeof OVERRIDES] : undefined;
      return variable
        ? {
            ...found,
            message: `${found.message} (from ${variable})`,
            hint: `set ${variable} to a valid value, or unset it to use site.yaml`,
          }
        : found;
    }),
  };
}

/** Reads and checks `site.yaml`; throws a ContentError with its problems when it is wrong. */
export function loadSettings(
  contentDir = environment().contentDir,
  env: NodeJS.ProcessEnv = process.env,
): SiteSettings {
  const { settings, problems } = readSettings(contentDir, env);
  if (!settings) throw new ContentError(problems);
  return settings;
}

/**
 * For astro.config.mjs, which reads the settings before Astro can report an
 * error: the settings, or the problems printed one per line and the process
 * ended with exit code 1, without a stack trace (`npm run build`, `npm run dev`).
 */
export function loadSettingsOrExit(
  contentDir = environment().contentDir,
  env: NodeJS.ProcessEnv = process.env,
): SiteSettings {
  const { settings, problems } = readSettings(contentDir, env);
  if (settings) return settings;
  console.error(settingsStopMessage(problems));
  process.exit(1);
}

/** What a build prints when it stops on problems in `site.yaml`: one line each, then what to do. */
export function settingsStopMessage(problems: readonly Problem[]): string {
  return `${formatProblems(problems)}\nThe site settings have ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}: fix site.yaml, then build again.`;
}
