/**
 * The last line of defence for event text: rendered HTML keeps only what
 * cannot run (sanitize-html), whatever the checker (src/lib/markdown.ts,
 * findUnsafeMarkup) let through.
 */
import { createHash } from 'node:crypto';
import sanitizeHtml from 'sanitize-html';

/** What `sanitizeEventHtml` keeps. */
const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'del',
    'ins',
    'mark',
    'sub',
    'sup',
    'small',
    'abbr',
    'cite',
    'q',
    'code',
    'pre',
    'kbd',
    'a',
    'img',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'caption',
    'span',
    'section',
    'input',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'id', 'aria-describedby', 'aria-label', 'data-footnote-ref', 'data-footnote-backref'],
    img: ['src', 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
    abbr: ['title'],
    th: ['align', 'scope'],
    td: ['align'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    li: ['id'],
    section: ['class', 'data-footnotes'],
    input: ['type', 'checked', 'disabled'],
    ol: ['start'],
    code: ['class'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  // Drop the content of elements that must never show up as text either.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe'],
};

/**
 * A fingerprint of the sanitiser's rules. The events loader stores it with
 * each body it sanitised, so a body cached by an earlier build under other
 * rules is sanitised again (`src/data/event-body.ts`).
 */
export const SANITIZER_RULES = createHash('sha256').update(JSON.stringify(SANITIZE_OPTIONS)).digest('hex').slice(0, 16);

/**
 * Keeps the harmless part of rendered event HTML: text formatting, lists,
 * tables, quotes, links (http, https, mailto) and images; drops everything
 * that could run, whatever the checker let through.
 */
export function sanitizeEventHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
