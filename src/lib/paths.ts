/** Site-internal URLs. Every link goes through here, so a `base` sub-path reaches all of them. */

function join(base: string, ...segments: string[]): string {
  const path = segments.filter(Boolean).map(encodeURIComponent).join('/');
  return `${base.endsWith('/') ? base : `${base}/`}${path ? `${path}/` : ''}`;
}

export function routes(base: string) {
  return {
    home: () => join(base),
    event: (id: string) => join(base, 'gebeurtenis', id),
    organisations: () => join(base, 'organisaties'),
    organisation: (id: string) => join(base, 'organisatie', id),
    tags: () => join(base, 'onderwerpen'),
    tag: (id: string) => join(base, 'onderwerp', id),
    search: () => join(base, 'zoeken'),
    /** An anchor on the timeline for a month (`2020-01`), year (`2020`) or day (`2020-01-17`). */
    timelineAnchor: (key: string) => `${join(base)}#${anchorId(key)}`,
    asset: (file: string) => `${join(base)}${file.replace(/^\//, '')}`,
  };
}

export type Routes = ReturnType<typeof routes>;

export function anchorId(key: string): string {
  return `t-${key}`;
}
