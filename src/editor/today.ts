/**
 * "Today" as a field default. The editor's configuration is written when the
 * site is built, so a default of today's date is a placeholder there, filled
 * in when the editor opens (src/editor/admin.ts), in the site's time zone.
 */
import { DateTime } from 'luxon';

export const TODAY = '{{tijdlijn:today}}';

/** Today's date in `zone`, in the day form (2020-01-17). */
export function today(zone: string, now: DateTime = DateTime.now()): string {
  return now.setZone(zone).toISODate()!;
}

/** A copy of `config` with every TODAY default replaced by `date`. */
export function fillToday<T>(config: T, date: string): T {
  return JSON.parse(JSON.stringify(config), (key, value) => (key === 'default' && value === TODAY ? date : value)) as T;
}
