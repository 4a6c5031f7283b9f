/**
 * Lists of the taxonomy for index pages: organisations by sector, tags, and
 * organisations by name, each with its number of events. One collation for
 * every list a reader scans by name.
 */
import type { Organisation, Tag } from '../domain.ts';

/** Events per id, as built by `indexEvents`. */
type EventIndex = ReadonlyMap<string, readonly unknown[]>;

const collator = (locale?: string) => new Intl.Collator(locale, { sensitivity: 'base', numeric: true });

export interface Counted {
  id: string;
  eventCount: number;
}

export interface SectorGroup {
  id: string;
  label: string;
  organisations: Array<Organisation & { id: string; eventCount: number }>;
}

/** Sectors in the order the settings list them; organisations by name within each. */
export function organisationsBySector(
  organisations: Record<string, Organisation>,
  sectors: Record<string, string>,
  eventsByOrganisation: EventIndex,
  locale?: string,
): SectorGroup[] {
  const compare = collator(locale);
  return Object.entries(sectors)
    .map(([id, label]) => ({
      id,
      label,
      organisations: Object.entries(organisations)
        .filter(([, organisation]) => organisation.sector === id)
        .map(([orgId, organisation]) => ({
          ...organisation,
          id: orgId,
          eventCount: eventsByOrganisation.get(orgId)?.length ?? 0,
        }))
        .sort((a, b) => compare.compare(a.name, b.name)),
    }))
    .filter((sector) => sector.organisations.length > 0);
}

export function tagsWithCounts(tags: Record<string, Tag>, eventsByTag: EventIndex, locale?: string) {
  const compare = collator(locale);
  return Object.entries(tags)
    .map(([id, tag]) => ({ ...tag, id, eventCount: eventsByTag.get(id)?.length ?? 0 }))
    .sort((a, b) => compare.compare(a.label, b.label));
}

/** Every organisation by name, with its number of events (the embed guide's list). */
export function organisationsByName(
  organisations: Record<string, Organisation>,
  eventsByOrganisation: EventIndex,
  locale?: string,
): Array<Organisation & Counted> {
  const compare = collator(locale);
  return Object.entries(organisations)
    .map(([id, organisation]) => ({ ...organisation, id, eventCount: eventsByOrganisation.get(id)?.length ?? 0 }))
    .sort((a, b) => compare.compare(a.name, b.name));
}
