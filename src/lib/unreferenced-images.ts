/**
 * Image files in the build's `_astro/` folder that no published file points to.
 *
 * With incremental builds on, Astro also writes the original of every event image
 * (a 3 MB camera JPEG, say) to `_astro/`, although pages only use the AVIF, WebP and
 * fallback sizes made from it. A cold build without the cache does not. Removing the
 * images nothing refers to keeps both builds' output the same, and keeps originals
 * off the host.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, relative } from 'node:path';

const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.tif', '.tiff', '.svg']);
/** Files that can name an asset: pages, styles, scripts, feeds, exports, manifests. */
const TEXT_EXTENSIONS = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.xml',
  '.json',
  '.txt',
  '.webmanifest',
  '.ics',
  '.csv',
]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The images under `<outDir>/_astro/` whose file name appears in no text file of the output. */
export function unreferencedImages(outDir: string): string[] {
  const assets = join(outDir, '_astro');
  let candidates: string[];
  try {
    candidates = filesUnder(assets).filter((file) => IMAGE_EXTENSIONS.has(extname(file).toLowerCase()));
  } catch {
    return [];
  }
  if (candidates.length === 0) return [];
  const unseen = new Map(candidates.map((file) => [relative(assets, file).split('\\').join('/'), file]));
  for (const file of filesUnder(outDir)) {
    if (!TEXT_EXTENSIONS.has(extname(file).toLowerCase())) continue;
    const text = readFileSync(file, 'utf8');
    for (const name of unseen.keys()) if (text.includes(name)) unseen.delete(name);
    if (unseen.size === 0) return [];
  }
  return [...unseen.values()];
}

/** Removes what `unreferencedImages` finds; returns the paths removed, relative to `outDir`. */
export function removeUnreferencedImages(outDir: string): string[] {
  const unused = unreferencedImages(outDir);
  for (const file of unused) rmSync(file);
  return unused.map((file) => relative(outDir, file));
}
