/** Site-internal URLs. Every link goes through here, so a `base` sub-path reaches all of them. */

function join(base: string, ...segments: string[]): string {
  const path = segments.filter(Boolean).map(encodeURIComponent).join('/');
  return `${base.endsWith('/') ? base : `${base}/`}${path ? `${path}/` : ''}`;
}

/** A file below the base path: `/tijdlijn/organisatie/duo/rss.xml`. */
function file(base: string, ...segments: string[]): string {
  return join(base, ...segments).replace(/\/$/, '');
}

/** The output folder of event pages (`/gebeurtenis/<id>/`): the pages the search index holds. */
export const EVENTS_FOLDER = 'gebeurtenis';

/** The web editor's folder (`/admin/`), a static page outside Astro's pages (src/editor/integration.ts). */
export const EDITOR_FOLDER = 'admin';

export function routes(base: string) {
  return {
    home: () => join(base),
    event: (id: string) => join(base, EVENTS_FOLDER, id),
    organisations: () => join(base, 'organisaties'),
    organisation: (id: string) => join(base, 'organisatie', id),
    tags: () => join(base, 'onderwerpen'),
    tag: (id: string) => join(base, 'onderwerp', id),
    search: () => join(base, 'zoeken'),
    threads: () => join(base, 'draden'),
    thread: (id: string) => join(base, 'draad', id),
    /** Every correction across the site, newest first. */
    corrections: () => join(base, 'correcties'),
    /** The web editor (only when enabled; never linked from reading pages). */
    editor: () => join(base, EDITOR_FOLDER),
    /** Feeds and exports: files, so no trailing slash. */
    rss: () => file(base, 'rss.xml'),
    jsonFeed: () => file(base, 'feed.json'),
    organisationRss: (id: string) => file(base, 'organisatie', id, 'rss.xml'),
    organisationJsonFeed: (id: string) => file(base, 'organisatie', id, 'feed.json'),
    timelineJs: () => file(base, 'timeline.json'),
    csv: () => file(base, 'events.csv'),
    ics: () => file(base, 'events.ics'),
    sitemap: () => file(base, 'sitemap-index.xml'),
    asset: (file: string) => `${join(base)}${file.replace(/^\//, '')}`,
    /** Embed views for iframes in other sites' articles, and the page that explains them. */
    embed: () => join(base, 'embed'),
    embedOrganisation: (id: string) => join(base, 'embed', 'organisatie', id),
    embedThread: (id: string) => join(base, 'embed', 'draad', id),
    /** The host snippet newsroom pages load: a file with a stable address. */
    embedHost: () => file(base, 'embed', 'host.js'),
    embedGuide: () => join(base, 'insluiten'),
  };
}

export type Routes = ReturnType<typeof routes>;

export function anchorId(key: string): string {
  return `t-${key}`;
}
