/**
 * The checker's look at event images: the file an event's \`image.src\` names
 * exists next to it (with its exact name), and sharp can read it to the end.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { closestId } from '../lib/suggest.ts';
import type { EventSummary } from './checked-event.ts';
import { problemFile, type Problem } from './problems.ts';
import { imagePath, isImageFileName } from './image-schema.ts';
import { exampleImage } from './schema-hints.ts';

/**
 * The folder of the event file being parsed: an image's `src` is relative to
 * it. Set around each parse, which is synchronous, so the one cached schema
 * serves every file.
 */
let eventFolder: string | undefined;

/** Runs a synchronous schema parse with image paths read relative to `folder`. */
export function inEventFolder<T>(folder: string, parse: () => T): T {
  eventFolder = folder;
  try {
    return parse();
  } finally {
    eventFolder = undefined;
  }
}

/** The checker's image `src`: the schema's path rules, then the file itself, as Astro's image() will look for it. */
export function imageFile(language?: string) {
  const example = `src: ${exampleImage(language)}`;
  return imagePath(language).superRefine((src, ctx) => {
    if (eventFolder === undefined) return;
    const path = resolve(eventFolder, src);
    const folder = dirname(path);
    const name = basename(path);
    const fail = (message: string, hint: string) => ctx.addIssue({ code: 'custom', message, params: { hint } });
    // Compare names as listed: on a case-insensitive disk, existsSync('foto.jpg') is true for Foto.JPG, which the build server will not find.
    const listed = existsSync(folder) && statSync(folder).isDirectory() ? readdirSync(folder) : [];
    if (!listed.includes(name)) {
      const suggestion = closestId(name, listed.filter(isImageFileName));
      const suggested = suggestion && relative(eventFolder, join(folder, suggestion)).split(sep).join('/');
      fail(
        `"${src}" does not exist: there is no ${problemFile(path)}${suggested ? ` (did you mean "${suggested.startsWith('.') ? suggested : `./${suggested}`}"?)` : ''}`,
        `put the image file next to the event file and write its exact name (capitals count), e.g. ${example}`,
      );
      return;
    }
    const stats = statSync(path);
    if (stats.isDirectory())
      fail(
        `"${src}" is a folder, not an image file`,
        'write the name of the image file inside it, e.g. src: ./beelden/foto.jpg',
      );
    else if (stats.size === 0) fail(`"${src}" is an empty file`, 'save the image again, as JPEG, PNG, WebP or AVIF');
  });
}

/** Image formats (as sharp names them) the pipeline turns into AVIF and WebP; `heif` only with AV1, which is AVIF. */
const READABLE_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'tiff', 'heif']);

/**
 * Opens every image the events name and decodes it to the last byte, with
 * sharp, the library Astro's image service uses: a file that is no image, a
 * HEIC photo or a damaged (cut-off) file is refused here, on the event's
 * `image.src` line, instead of failing in the middle of the build or being
 * published unconverted. Asynchronous (sharp is), so it runs beside
 * `checkContent`: see `checkContentWithImages`.
 */
export async function checkImageFiles(events: readonly EventSummary[]): Promise<Problem[]> {
  const withImages = events.filter((event) => event.frontmatter.image);
  if (withImages.length === 0) return [];
  const { default: sharp } = await import('sharp');
  const problems: Problem[][] = [];
  let next = 0;
  const work = async () => {
    while (next < withImages.length) {
      const index = next++;
      const event = withImages[index]!;
      const src = event.frontmatter.image!.src;
      const path = resolve(dirname(resolve(event.file)), src);
      const problem = (message: string, hint: string): Problem[] => [
        {
          severity: 'error',
          file: event.file,
          line: event.lineOf(['image', 'src']),
          field: 'image.src',
          message,
          hint,
        },
      ];
      let metadata;
      try {
        metadata = await sharp(path).metadata();
      } catch {
        problems[index] = problem(
          `"${src}" is not an image the site can read`,
          'save it again as JPEG, PNG, WebP or AVIF: this file is damaged or no image at all',
        );
        continue;
      }
      if (metadata.format === 'heif' && metadata.compression !== 'av1') {
        problems[index] = problem(
          `"${src}" is a HEIC photo, which the site cannot convert`,
          'export it as JPEG (on an iPhone: Settings, Camera, Formats, Most Compatible)',
        );
        continue;
      }
      if (!READABLE_FORMATS.has(metadata.format)) {
        problems[index] = problem(
          `"${src}" is ${metadata.format === 'svg' ? 'an SVG drawing' : `a ${metadata.format.toUpperCase()} file`}, which the site does not convert`,
          'export it as PNG (a drawing or screenshot) or JPEG (a photo)',
        );
        continue;
      }
      try {
        // A small decode still reads all the image data: a file cut off halfway fails here.
        await sharp(path, { failOn: 'truncated' }).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
      } catch {
        problems[index] = problem(
          `"${src}" is damaged: its image data cannot be read to the end`,
          'save or export the image again from the original',
        );
      }
    }
  };
  await Promise.all(Array.from({ length: 4 }, work));
  return problems.flat();
}
