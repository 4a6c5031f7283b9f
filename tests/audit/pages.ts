/** The pages the audits visit: one of every page type of the Citrix fixture timeline, by path below the base. */
export interface AuditPage {
  name: string;
  path: string;
  /** The search page: wait for results before auditing. */
  search?: boolean;
  /** Served with status 404. */
  notFound?: boolean;
}

export const AUDIT_PAGES: AuditPage[] = [
  { name: 'timeline', path: '' },
  { name: 'event', path: 'gebeurtenis/hackpoging-gemeente-zutphen/' },
  { name: 'organisation', path: 'organisatie/universiteit-leiden/' },
  { name: 'organisations', path: 'organisaties/' },
  { name: 'tag', path: 'onderwerp/hackpoging/' },
  { name: 'tags', path: 'onderwerpen/' },
  { name: 'search with results', path: 'zoeken/?q=citrix', search: true },
  { name: '404', path: 'bestaat-niet/', notFound: true },
];

/** Waits until the search page shows results, each loaded (no search running, no placeholder left). */
export const searchSettled = () => {
  const summary = document.querySelector('[data-search-summary]')?.textContent ?? '';
  const results = document.querySelector('[data-search-results]');
  return (
    /resulta/i.test(summary) &&
    !/Zoeken naar/.test(summary) &&
    !results?.hasAttribute('aria-busy') &&
    (results?.querySelectorAll('.search-result-title').length ?? 0) > 0 &&
    !results?.querySelector('.search-result-loading')
  );
};
