/**
 * "Today" as a field default. The editor's configuration is written when the
 * site is built, so a default of today's date is a placeholder there, filled
 * in when the editor opens (src/editor/admin.ts), with `todayIn` (src/lib/dates/) in the site's time zone.
 */
export const TODAY = '{{tijdlijn:today}}';

/** A copy of `config` with every TODAY default replaced by `date`. */
export function fillToday<T>(config: T, date: string): T {
  return JSON.parse(JSON.stringify(config), (key, value) => (key === 'default' && value === TODAY ? date : value)) as T;
}
