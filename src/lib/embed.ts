/**
 * Embedding the timeline in someone else's article: the message the embed
 * view sends its parent page, and the snippet a newsroom copies from the
 * Insluiten page. Pure functions, so the unit tests check exactly what the
 * page shows.
 *
 * How the pieces fit (README, "Embedding in an article"):
 *   - `/embed/…` pages show a timeline without header, footer or search;
 *     `<base target="_top">` makes every link open in the top window.
 *   - `src/scripts/embed-height.ts` (in the embed pages) posts
 *     `{ type: 'tijdlijn:height', height }` to the parent whenever the page's
 *     height changes, and again when the parent asks with `tijdlijn:ask`.
 *   - `public/embed/host.js` (on the newsroom page) sets the height of each
 *     iframe showing this site, accepting messages only from this site's
 *     origin and only from that iframe's window.
 */

/** The type of the message an embed view posts to its parent. Also written out in public/embed/host.js. */
export const HEIGHT_MESSAGE = 'tijdlijn:height';
/** What the host snippet sends an embed view to have it report its height again. */
export const ASK_MESSAGE = 'tijdlijn:ask';
/** The iframe's height in CSS pixels before the host snippet sets it, and for good without JavaScript. */
export const FALLBACK_HEIGHT = 600;

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetOptions {
  /** Absolute URL of the embed view. */
  src: string;
  /** Absolute URL of the host snippet, `…/embed/host.js`. */
  host: string;
  /** The iframe's accessible name. */
  title: string;
}

/**
 * The HTML a newsroom pastes into an article: the iframe and the host
 * snippet. The height is given twice: as the `height` attribute for pages
 * whose Content-Security-Policy drops inline `style` attributes, and in
 * `style` so that it wins over the page's own iframe CSS.
 */
export function embedSnippet({ src, host, title }: SnippetOptions): string {
  const frame = `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" height="${FALLBACK_HEIGHT}" loading="lazy" style="width:100%;height:${FALLBACK_HEIGHT}px;border:0"></iframe>`;
  return `${frame}\n<script src="${escapeAttribute(host)}" async></script>`;
}

/** What an embed view lists: every event, or only the latest `limit` when there are more (so no embed page grows with the archive). */
export function embeddedEvents<T>(events: readonly T[], limit: number): { shown: T[]; total: number; trimmed: boolean } {
  const trimmed = events.length > limit;
  return { shown: trimmed ? events.slice(-limit) : [...events], total: events.length, trimmed };
}
