/**
 * The search page's facets, for its URL: each filter has a URL parameter and
 * maps short URL values (ids, month keys) to the labels in the index, so
 * `/zoeken/?q=zutphen&sector=zorg` can be shared and restored.
 */
import type { Organisation, Tag } from '../domain.ts';

export interface FacetMap {
  /** Filter name in the index (e.g. "Sector") → URL parameter and its values. */
  [filter: string]: { param: string; values: Record<string, string> };
}

export interface FacetLabels {
  organisation: string;
  sector: string;
  tag: string;
  month: string;
}

export function facetMap(
  labels: FacetLabels,
  organisations: Record<string, Organisation>,
  sectors: Record<string, string>,
  tags: Record<string, Tag>,
  /** Month keys (`2020-01`, or `2020` for year-only) with their labels. */
  months: ReadonlyArray<readonly [string, string]>,
): FacetMap {
  const facet = (name: string, values: Record<string, string>) => ({ [name]: { param: name.toLowerCase(), values } });
  return {
    ...facet(
      labels.organisation,
      Object.fromEntries(Object.entries(organisations).map(([id, organisation]) => [id, organisation.name])),
    ),
    ...facet(labels.sector, sectors),
    ...facet(labels.tag, Object.fromEntries(Object.entries(tags).map(([id, tag]) => [id, tag.label]))),
    ...facet(labels.month, Object.fromEntries(months)),
  };
}
