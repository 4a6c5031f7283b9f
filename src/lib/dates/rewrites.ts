/**
 * What to write instead of a date in a common but refused form: the checker's
 * "did you mean" for dates. Every suggestion is parsed by the date module
 * before it is offered, so it is always a date that exists.
 */
import { parseEventDate } from './parse.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Month names and abbreviations, Dutch and English, by their first three letters (plus Dutch "mrt"). */
const MONTH_PREFIXES: Record<string, number> = {
  jan: 1,
  feb: 2,
  maa: 3,
  mar: 3,
  mrt: 3,
  apr: 4,
  mei: 5,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * For a date written in a common but refused form (17-01-2020, 2020/01/17,
 * 17 januari 2020), what to write instead; both readings when it is ambiguous.
 */
export function rewriteDate(written: string, timeZone: string): string | undefined {
  const iso = (year: string, month: number, day?: number) => {
    const value = `${year}-${String(month).padStart(2, '0')}${day === undefined ? '' : `-${String(day).padStart(2, '0')}`}`;
    try {
      parseEventDate(value, timeZone);
      return value;
    } catch {
      return undefined;
    }
  };
  const label = (month: number, day: number) => `${day} ${MONTHS[month - 1]}`;
  let match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(written);
  if (match) {
    const [a, b, year] = [Number(match[1]), Number(match[2]), match[3]!];
    const dayFirst = iso(year, b, a);
    const monthFirst = a === b ? undefined : iso(year, a, b);
    if (dayFirst && monthFirst)
      return `it could be ${label(b, a)} or ${label(a, b)}: write ${dayFirst} or ${monthFirst}`;
    const only = dayFirst ?? monthFirst;
    return only ? `write ${only}` : undefined;
  }
  match = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/.exec(written);
  if (match) {
    const value = iso(match[1]!, Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
    return value ? `write ${value}` : undefined;
  }
  // Years with an era in words: "44 v.Chr.", "44 BC", "500 BCE"; "476 n.Chr.", "AD 476", "476 CE".
  match = /^(\d{1,4})\s*(?:v\.?\s?Chr\.?|B\.?C\.?E?\.?)$/i.exec(written);
  if (match && Number(match[1]) > 0) return `write -${Number(match[1])} (a minus sign is a year before Christ)`;
  match = /^(?:(?:A\.?D\.?)\s*(\d{1,4})|(\d{1,4})\s*(?:n\.?\s?Chr\.?|A\.?D\.?|C\.?E\.?))$/i.exec(written);
  if (match && Number(match[1] ?? match[2]) > 0) return `write ${Number(match[1] ?? match[2])}`;
  match = /^(?:(\d{1,2})\.?\s+)?([a-z]+)\.?\s+(\d{4})$/i.exec(written);
  const month = match ? MONTH_PREFIXES[match[2]!.slice(0, 3).toLowerCase()] : undefined;
  if (match && month) {
    const value = iso(match[3]!, month, match[1] === undefined ? undefined : Number(match[1]));
    return value ? `write ${value}` : undefined;
  }
  return undefined;
}
