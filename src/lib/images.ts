/**
 * How event images are sized for the layout. The event page's text column is
 * at most 44rem (704 CSS pixels: `--measure` 46rem less 1rem padding either
 * side) and 100vw less that padding below it; timeline thumbnails are 112 by
 * 84 pixels (80 wide on narrow screens, see global.css). Astro's image
 * pipeline makes each width in AVIF and WebP, with a JPEG (or PNG or GIF)
 * fallback; the browser picks from `srcset` with `sizes`.
 */
import type { ImageMetadata } from 'astro';

/**
 * An image's width, height and format, read without publishing the original
 * file: Astro copies the original (a 3 MB camera file) into the site as soon
 * as anything outside its image pipeline reads the imported image's fields.
 * Its own components read a `clone` (plain data) instead, and so does this.
 */
export function dimensions(src: ImageMetadata): Pick<ImageMetadata, 'width' | 'height' | 'format'> {
  const { width, height, format } = (src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src;
  return { width, height, format };
}

/** `sizes` of the event page's image: the width of the text column. */
export const FIGURE_SIZES = '(min-width: 46rem) 44rem, calc(100vw - 2rem)';

/** The widest the event page shows an image, in CSS pixels. */
export const FIGURE_MAX_WIDTH = 704;

/** Candidate widths: 360 and 540 px phones at 1x, 720 at 2x, and the full column at 1.5x and 2x. */
const FIGURE_WIDTHS = [360, 540, 720, 1080, 1408];

/** The `srcset` widths for an image `original` pixels wide: never wider than the file itself. */
export function figureWidths(original: number): number[] {
  return [
    ...new Set([...FIGURE_WIDTHS.filter((width) => width < original), Math.min(original, FIGURE_WIDTHS.at(-1)!)]),
  ];
}

/** The `<img>` fallback inside `<picture>`, for browsers without AVIF or WebP: PNG and GIF stay themselves (transparency, drawings), the rest becomes JPEG. */
export function fallbackFormat(format: string): 'jpg' | 'png' | 'gif' {
  return format === 'png' || format === 'gif' ? format : 'jpg';
}

/** Timeline thumbnails: cropped to 4:3 at this size, with a 2x version in `srcset`. */
export const THUMBNAIL = { width: 112, height: 84 } as const;

const pagesWithAnImage = new WeakSet<object>();

/**
 * True for the first image rendered on a page, false for every later one:
 * only that one loads at once, the rest lazily. `page` is the render's
 * `Astro.locals`, one object per page that every component on it shares.
 */
export function firstImageOn(page: object): boolean {
  if (pagesWithAnImage.has(page)) return false;
  pagesWithAnImage.add(page);
  return true;
}
