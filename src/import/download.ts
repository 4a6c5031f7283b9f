/**
 * Fetching the images a TimelineJS document's slides point to, so the
 * imported events keep their pictures. Only the slides' media addresses are
 * fetched (http and https, or a file next to the document by relative
 * path), only when the address names an image file, with a time limit and a
 * size cap counted while the bytes stream in. What comes back must say it
 * is an image (Content-Type) and be one (its first bytes); else the reason
 * is one line of the report and the link stays in the text.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { isImageFileName } from '../content/image-schema.ts';
import type { ImportedDocument } from './slides.ts';

export interface DownloadOptions {
  /** Largest image taken, in bytes (default 20 MB). */
  maxBytes?: number | undefined;
  /** Time limit per image, in milliseconds (default 30 s). */
  timeoutMs?: number | undefined;
  /** The folder of the imported document: relative media paths are read from there. */
  documentFolder: string;
}

export type FetchedImage = { ok: true; bytes: Uint8Array; extension: string } | { ok: false; why: string };

export const DEFAULT_MAX_IMAGE_BYTES = 20 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 30_000;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The image type by its first bytes (JPEG, PNG, GIF, WebP, AVIF, TIFF), as a file extension; undefined for anything else. */
export function imageTypeOf(bytes: Uint8Array): string | undefined {
  const ascii = (start: number, end: number) => String.fromCharCode(...bytes.slice(start, end));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(0, 4) === 'GIF8') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (ascii(4, 8) === 'ftyp' && /^avi[fs]$/.test(ascii(8, 12))) return 'avif';
  if (ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*') return 'tiff';
  return undefined;
}

/** Whether a slide's media address is an image the importer fetches: a web address or relative path whose name is an image file. */
export function isImageAddress(address: string): boolean {
  if (/^https?:\/\//i.test(address)) {
    try {
      return isImageFileName(new URL(address).pathname);
    } catch {
      return false;
    }
  }
  return !/^[a-z][a-z0-9+.-]*:/i.test(address) && !address.startsWith('<') && isImageFileName(address);
}

function checked(bytes: Uint8Array): FetchedImage {
  const extension = imageTypeOf(bytes);
  return extension
    ? { ok: true, bytes, extension }
    : { ok: false, why: 'is not an image (its first bytes are no JPEG, PNG, GIF, WebP, AVIF or TIFF)' };
}

async function fetchOne(address: string, maxBytes: number, timeoutMs: number): Promise<FetchedImage> {
  let response: Response;
  try {
    response = await fetch(address, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const name = (error as Error).name;
    return {
      ok: false,
      why:
        name === 'TimeoutError'
          ? `could not be downloaded within ${timeoutMs / 1000} s`
          : `could not be downloaded: ${((error as Error).cause as Error | undefined)?.message ?? (error as Error).message}`,
    };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return { ok: false, why: `could not be downloaded: the server answered ${response.status} ${response.statusText}` };
  }
  const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type && !type.startsWith('image/') && type !== 'application/octet-stream') {
    await response.body?.cancel();
    return { ok: false, why: `is not an image: the server says it is ${type}` };
  }
  const length = Number(response.headers.get('content-length'));
  if (length > maxBytes) {
    await response.body?.cancel();
    return {
      ok: false,
      why: `is too large: ${megabytes(length)}, more than the ${megabytes(maxBytes)} the import takes`,
    };
  }
  // Counted as it streams: a server that sends more than it announced is cut off at the cap.
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for await (const chunk of response.body ?? []) {
      received += chunk.length;
      if (received > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, why: `is too large: more than the ${megabytes(maxBytes)} the import takes` };
      }
      chunks.push(chunk);
    }
  } catch (error) {
    return {
      ok: false,
      why:
        (error as Error).name === 'TimeoutError'
          ? `could not be downloaded within ${timeoutMs / 1000} s`
          : `could not be downloaded: ${(error as Error).message}`,
    };
  }
  return checked(Buffer.concat(chunks));
}

function readLocal(address: string, options: DownloadOptions, maxBytes: number): FetchedImage {
  let path: string;
  try {
    path = resolve(options.documentFolder, decodeURI(address));
  } catch {
    return { ok: false, why: 'is not a file name (a % that is no escape)' };
  }
  const inside = relative(options.documentFolder, path);
  if (isAbsolute(address) || inside.startsWith('..') || isAbsolute(inside))
    return {
      ok: false,
      why: 'is outside the folder of the document: only files next to it (or in a folder inside it) are taken',
    };
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { ok: false, why: `is not next to the document: there is no ${path}` };
  }
  if (size > maxBytes)
    return {
      ok: false,
      why: `is too large: ${megabytes(size)}, more than the ${megabytes(maxBytes)} the import takes`,
    };
  return checked(readFileSync(path));
}

/** Fetches every slide's image (four at a time); the result by media address. */
export async function fetchSlideImages(
  document: ImportedDocument,
  options: DownloadOptions,
): Promise<Map<string, FetchedImage>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMAGE_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const addresses = [
    ...new Set(document.events.map((slide) => slide.media?.url ?? '').filter((url) => url && isImageAddress(url))),
  ];
  const results = new Map<string, FetchedImage>();
  let next = 0;
  const work = async () => {
    while (next < addresses.length) {
      const address = addresses[next++]!;
      results.set(
        address,
        /^https?:\/\//i.test(address)
          ? await fetchOne(address, maxBytes, timeoutMs)
          : readLocal(address, options, maxBytes),
      );
    }
  };
  await Promise.all(Array.from({ length: 4 }, work));
  return results;
}
