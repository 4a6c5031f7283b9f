/**
 * Embedding the timeline in someone else's article: the message the embed
 * view sends its parent page, and the snippet a newsroom copies from the
 * Insluiten page. Pure functions, so the unit tests check exactly what the
 * page shows.
 *
 * How the pieces fit (docs/publishing.md, "Embedding in an article"):
 *   - `/embed/…` pages show a timeline without header, footer or search;
 *     `<base target="_top">` makes every link open in the top window.
 *   - `src/scripts/embed-height.ts` (in the embed pages) posts
 *     `{ type: 'tijdlijn:height', height }` to the parent whenever the page's
 *     height changes, and again when the parent asks with `tijdlijn:ask`.
 *   - `hostScript()`, served as `/embed/host.js` (on the newsroom page), sets the height of each
 *     iframe showing this site, accepting messages only from this site's
 *     origin and only from that iframe's window.
 */

import { escapeHtml } from './html.ts';

/** The type of the message an embed view posts to its parent; the host script (below) listens for it. */
export const HEIGHT_MESSAGE = 'tijdlijn:height';
/** What the host snippet sends an embed view to have it report its height again. */
export const ASK_MESSAGE = 'tijdlijn:ask';
/** The iframe's height in CSS pixels before the host snippet sets it, and for good without JavaScript. */
export const FALLBACK_HEIGHT = 600;

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
  const frame = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" height="${FALLBACK_HEIGHT}" loading="lazy" style="width:100%;height:${FALLBACK_HEIGHT}px;border:0"></iframe>`;
  return `${frame}\n<script src="${escapeHtml(host)}" async></script>`;
}

/** What an embed view lists: every event, or only the latest `limit` when there are more (so no embed page grows with the archive). */
export function embeddedEvents<T>(
  events: readonly T[],
  limit: number,
): { shown: T[]; total: number; trimmed: boolean } {
  const trimmed = events.length > limit;
  return { shown: trimmed ? events.slice(-limit) : [...events], total: events.length, trimmed };
}

/**
 * The host script newsroom pages load (`/embed/host.js`, under 1 KB): it sets
 * each iframe of this site to the height its embed view reports, accepting a
 * message only from this site's origin and only from that iframe's window,
 * and asks frames that loaded first to report again. Plain JavaScript for
 * any browser, written out with the message names above.
 */
export function hostScript(): string {
  return `/* Tijdlijn: fits this site's /embed/ iframes to their content. See its README. */
(() => {
  const me = document.currentScript;
  if (!me) return;
  const prefix = me.src.replace(/host\\.js([?#].*)?$/, ''); // origin + base + "embed/"
  const origin = new URL(prefix).origin;
  const frames = () => [...document.querySelectorAll('iframe')].filter((frame) => frame.src.startsWith(prefix));
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== origin || !data || data.type !== '${HEIGHT_MESSAGE}') return;
    const height = Math.ceil(data.height);
    if (!(height > 0 && height < 1e6)) return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source) frame.style.height = \`\${height}px\`;
    }
  });
  // Frames that loaded first report again. ('*': a frame not loaded yet has this page's origin.)
  for (const frame of frames()) frame.contentWindow?.postMessage('${ASK_MESSAGE}', '*');
})();
`;
}
