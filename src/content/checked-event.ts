/**
 * An event file that passed its own checks, as the checker hands it on: to
 * the rules across events (check-across.ts), the image file checks
 * (check-images.ts) and Astro's loader (loader.ts).
 */
import type { EventFields } from '../domain.ts';
import type { FieldPath } from '../lib/frontmatter.ts';

export interface CheckedEvent {
  id: string;
  /** Path relative to the project root. */
  file: string;
  frontmatter: EventFields;
  body: string;
  /** The frontmatter as written, before the schema turned it into values (for Astro's parseData). */
  raw: Record<string, unknown>;
  lineOf(path: FieldPath): number | undefined;
}

/**
 * What the checks across events (check-across.ts) and of image files (check-images.ts) read of an
 * event: a CheckedEvent has it, and so has the build's cached verdict of an unchanged file (check-cache.ts).
 */
export interface EventSummary {
  id: string;
  file: string;
  frontmatter: Pick<EventFields, 'title' | 'date' | 'published' | 'draft' | 'related' | 'image'>;
  lineOf(path: FieldPath): number | undefined;
}
