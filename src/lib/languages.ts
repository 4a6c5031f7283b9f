/** A language's name in the reader's language ("nl" is "Dutch" on an English site), for source lists. */
const namers = new Map<string, Intl.DisplayNames>();

export function languageName(code: string, locale: string): string {
  let namer = namers.get(locale);
  if (!namer) namers.set(locale, (namer = new Intl.DisplayNames([locale], { type: 'language' })));
  try {
    return namer.of(code) ?? code;
  } catch {
    // Not a language code Intl knows (the checker accepts any code): show it as written.
    return code;
  }
}
