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
