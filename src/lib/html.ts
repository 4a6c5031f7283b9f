/**
 * Escaping text for HTML, the one way the project does it: for element
 * content and for double- or single-quoted attribute values alike. Used
 * where HTML is written as text (feeds, exports, the embed snippet); Astro's
 * templates escape by themselves.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}
