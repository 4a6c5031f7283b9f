/**
 * The project's own Markdown work, with remark (unified): plain text and
 * excerpts (the TimelineJS import's summaries and its report), and the checker's look at bodies for
 * markup that could run in a reader's browser. Rendering to HTML is Astro's
 * job; its output passes through the sanitiser (src/lib/sanitise.ts) before it
 * reaches a page.
 */
import type { Html, Link, Image, Definition, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(body: string): Root {
  return parser.parse(body);
}

/** The body as plain text: one paragraph per block (paragraph, heading, list item, table cell, code). */
export function plainText(body: string): string {
  const blocks: string[] = [];
  visit(parseMarkdown(body), (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
      const text = toString(node, { includeHtml: false }).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
      return 'skip';
    }
    return undefined;
  });
  return blocks.join('\n\n');
}

/** At most `limit` characters of plain text, cut at a word boundary with an ellipsis. */
export function excerpt(body: string, limit = 200): string {
  const text = plainText(body).replace(/\s+/g, ' ');
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit / 2)).replace(/[\s,.;:]+$/, '')}…`;
}

export interface UnsafeMarkup {
  /** Line in the body (1-based). */
  line: number;
  what: string;
}

const DANGEROUS_ELEMENTS = /<\s*(script|iframe|style|object|embed|frame|frameset|link|meta|base|form)\b/i;
// Browsers also take `/` or a closing quote as the end of the previous attribute: <svg/onload=…>, <img src="x"onerror=…>.
const EVENT_HANDLER = /<[^>]*[\s/"'](on[a-z]+)\s*=/i;
// Browsers ignore tabs and newlines inside a URL, and leading control characters and spaces: "java\tscript:" runs.
const scheme = (name: string) => name.split('').join('[\\t\\n\\r]*');
const SCRIPT_SCHEME = `(?:${['javascript', 'vbscript', 'data'].map(scheme).join('|')})[\\t\\n\\r]*:`;
const SCRIPT_URL = new RegExp(`^[\\u0000-\\u0020]*${SCRIPT_SCHEME}`, 'i');
const SCRIPT_URL_IN_HTML = new RegExp(
  `\\b(?:href|src|action|formaction|xlink:href)\\s*=\\s*["']?[\\u0000-\\u0020]*${SCRIPT_SCHEME}`,
  'i',
);

/** Raw HTML with character references decoded, as a browser reads attribute values (`jav&#x61;script&colon;`). */
function decodeReferences(html: string): string {
  const char = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '');
  return html
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => char(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, decimal: string) => char(Number(decimal)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n');
}

/**
 * What any unsafe markup needs somewhere in the body: raw HTML (`<`), a
 * character reference (`&`, which Markdown decodes inside link URLs), or a
 * script scheme's name followed by a colon. A body with none of these is
 * safe without parsing it, which is most bodies (the parse is the checker's
 * largest cost on a big timeline).
 */
const MAYBE_UNSAFE = new RegExp(`[<&]|${SCRIPT_SCHEME}`, 'i');

/** Markup in a body that could run script: raw elements, event handlers, script URLs. */
export function findUnsafeMarkup(body: string): UnsafeMarkup[] {
  const found: UnsafeMarkup[] = [];
  if (!MAYBE_UNSAFE.test(body)) return found;
  const tree = parseMarkdown(body);
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 1;
  visit(tree, (node) => {
    if (node.type === 'html') {
      const value = (node as Html).value;
      const element = DANGEROUS_ELEMENTS.exec(value);
      if (element) found.push({ line: lineOf(node), what: `<${element[1]!.toLowerCase()}> element` });
      const handler = EVENT_HANDLER.exec(value);
      if (handler) found.push({ line: lineOf(node), what: `event-handler attribute ${handler[1]!.toLowerCase()}=` });
      if (SCRIPT_URL_IN_HTML.test(decodeReferences(value)))
        found.push({ line: lineOf(node), what: 'a javascript: (or data:) URL' });
    }
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const url = (node as Link | Image | Definition).url;
      // Browsers drop control characters and spaces from an address before reading its scheme.
      // eslint-disable-next-line no-control-regex
      const scheme = url.replace(/[\u0000-\u0020]/g, '').split(':')[0]!;
      if (SCRIPT_URL.test(url)) found.push({ line: lineOf(node), what: `a ${scheme.toLowerCase()}: link` });
    }
  });
  return found;
}
