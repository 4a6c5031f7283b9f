/**
 * An event image's file as the editor names it: the image types the site
 * converts, and the rules for the `src` an editor writes. The event schema
 * (schema.ts) uses `imagePath`; the checker adds its own checks on disk
 * (check-images.ts), and the importer decides what to download by file name.
 */
import { z } from 'astro/zod';
import { required } from '../lib/schema-basics.ts';
import { IMAGE_TYPES, exampleImage } from './schema-hints.ts';

/** Image types Astro's image pipeline turns into AVIF and WebP, by file extension (any case; Astro knows no `.tif`). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif', 'tiff'] as const;

/** Whether a file name has one of the IMAGE_EXTENSIONS (any case). */
export function isImageFileName(name: string): boolean {
  return (IMAGE_EXTENSIONS as readonly string[]).includes(/\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '');
}
/**
 * An image's `src` as written: a relative path to a file of a type the image
 * pipeline converts, inside the event's folder. In Astro, `image()` then
 * resolves it; the checker adds its own file checks (see content/check.ts).
 */
export function imagePath(language?: string) {
  const example = `src: ${exampleImage(language)}`;
  return z
    .string({ error: required('a file name') })
    .trim()
    .min(1, { error: 'is empty', abort: true })
    .superRefine((value, ctx) => {
      // `continue: false`: a path that breaks a rule is not looked for on disk as well.
      const fail = (message: string, hint: string) =>
        ctx.addIssue({ code: 'custom', message, params: { hint }, continue: false });
      const name = value.split(/[\\/]/).pop() ?? value;
      if (/^[a-z][a-z0-9+.-]+:/i.test(value)) {
        fail(
          `"${value}" is a web address; the site publishes only images it holds itself`,
          `save the image next to the event file and write its name, e.g. ${example}`,
        );
      } else if (/^[\\/]/.test(value)) {
        fail(`"${value}" is an absolute path`, `write the path relative to the event file, e.g. ${example}`);
      } else if (
        value
          .split(/[\\/]/)
          .reduce(
            (depth, part) =>
              depth < 0 ? depth : part === '..' ? depth - 1 : part === '.' || part === '' ? depth : depth + 1,
            0,
          ) < 0
      ) {
        fail(
          `"${value}" points outside the events folder`,
          `put the image in the events folder (or a folder inside it) and write e.g. ${example}`,
        );
      } else if (!isImageFileName(name)) {
        fail(
          `"${value}" is not an image type the site can convert`,
          `use a ${IMAGE_TYPES} file (a HEIC photo from a phone: export it as JPEG)`,
        );
      }
    });
}
