/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs, on unless TIJDLIJN_INCREMENTAL=0). A page that returns a `cacheKey` from `getStaticPaths`
 * is copied from the previous build instead of rendered again when its key
 * and its code are both unchanged. Astro hashes the code; the key must cover
 * everything else the page shows: its props, the event text it renders, and
 * the site's settings and taxonomy (`siteKey` in src/data/site.ts).
 */
import { createHash } from 'node:crypto';

/** Maps and Sets would turn into `{}` in JSON and hide their contents from the key. */
function entries(_key: string, value: unknown): unknown {
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}

/** A short hash of the inputs' JSON (luxon dates as ISO strings, Maps and Sets as lists). */
export function cacheKey(...inputs: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(inputs, entries)).digest('base64url').slice(0, 24);
}

/**
 * A getStaticPaths entry with its cacheKey from the site's key and the page's
 * own inputs; as it is, and nothing hashed, when there is no site key
 * (incremental builds are off: src/data/site.ts).
 */
export function withCacheKey<Path extends object>(
  path: Path,
  siteKey: string | undefined,
  ...inputs: unknown[]
): Path | (Path & { cacheKey: string }) {
  return siteKey === undefined ? path : { ...path, cacheKey: cacheKey(siteKey, ...inputs) };
}
