/**
 * TimelineJS text is HTML; an event body is Markdown. sanitize-html first
 * keeps what Markdown can say (paragraphs, emphasis, lists, quotes, links,
 * code, a few harmless inline elements) and drops anything that could run in
 * a reader's browser, telling which; turndown then writes the Markdown.
 * Images and embedded frames point at other hosts, which reading pages never
 * load: they become links, and the report says so.
 */
import sanitizeHtml from 'sanitize-html';
import TurndownService from 'turndown';
import { plainText } from '../lib/markdown.ts';

export interface Converted {
  markdown: string;
  /** What was not carried over as it was, one phrase each: `a <script> element (dropped)`. */
  dropped: string[];
}

const MARKDOWN_TAGS = [
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'strong',
  'b',
  'em',
  'i',
  's',
  'del',
  'code',
  'pre',
  'a',
  'sup',
  'sub',
  'abbr',
];
/** Layout elements without meaning of their own: their text is kept, the element is left out without a word. */
const TRANSPARENT = new Set([
  'span',
  'div',
  'font',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'center',
  'small',
  'big',
  'u',
  'mark',
  'cite',
  'q',
  'ins',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'dl',
  'dt',
  'dd',
  'time',
  'label',
  'nobr',
  'wbr',
  'kbd',
  'samp',
  'var',
  'tt',
]);
/** Elements whose content must never show as text. */
const NON_TEXT = [
  'script',
  'style',
  'textarea',
  'noscript',
  'template',
  'title',
  'head',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'select',
  'option',
];
const SAFE_SCHEMES = ['http', 'https', 'mailto'];
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background']);

function unsafeScheme(url: string): string | undefined {
  // Browsers drop control characters and spaces from an address before reading its scheme.
  // eslint-disable-next-line no-control-regex
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
  return scheme && !SAFE_SCHEMES.includes(scheme) ? scheme : undefined;
}

const turndown = new TurndownService({
  headingStyle: 'atx',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '_',
  strongDelimiter: '**',
  hr: '---',
});
// Harmless inline HTML the checker allows stays HTML: Markdown has no form for it.
turndown.keep(['sup', 'sub', 'abbr']);

/** Converts TimelineJS HTML to Markdown, with what was dropped or changed on the way. */
export function htmlToMarkdown(html: string): Converted {
  const dropped: string[] = [];
  const note = (what: string) => {
    if (!dropped.includes(what)) dropped.push(what);
  };
  const clean = sanitizeHtml(html, {
    allowedTags: [...MARKDOWN_TAGS, ...TRANSPARENT],
    allowedAttributes: { a: ['href', 'title'], abbr: ['title'], ol: ['start'] },
    allowedSchemes: SAFE_SCHEMES,
    allowProtocolRelative: false,
    nonTextTags: NON_TEXT,
    disallowedTagsMode: 'discard',
    onOpenTag: (name, attributes) => {
      for (const [attribute, value] of Object.entries(attributes)) {
        if (/^on/i.test(attribute)) note(`an ${attribute} attribute on <${name}> (dropped: it runs code)`);
        else if (attribute === 'style' && /expression|url\s*\(/i.test(value))
          note(`a style attribute on <${name}> (dropped)`);
        else if (URL_ATTRIBUTES.has(attribute.toLowerCase())) {
          const scheme = unsafeScheme(value);
          if (scheme) note(`a ${scheme}: address in <${name} ${attribute}> (dropped)`);
        }
      }
      if (name === 'img' || name === 'iframe' || name === 'video' || name === 'audio' || name === 'source') return;
      if (!MARKDOWN_TAGS.includes(name) && !TRANSPARENT.has(name))
        note(`a <${name}> element (dropped${NON_TEXT.includes(name) ? ', with its content' : ''})`);
    },
    transformTags: {
      // Reading pages load nothing from other hosts: an image or frame becomes a link to it.
      img: (_name, attributes) => embedLink('image', attributes, note),
      iframe: (_name, attributes) => embedLink('embedded frame', attributes, note),
      video: (_name, attributes) => embedLink('video', attributes, note),
      audio: (_name, attributes) => embedLink('audio', attributes, note),
      h1: 'h2',
    },
  });
  const markdown = turndown
    .turndown(clean)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { markdown, dropped };
}

function embedLink(kind: string, attributes: Record<string, string>, note: (what: string) => void): sanitizeHtml.Tag {
  const src = attributes['src'] ?? '';
  if (!src || unsafeScheme(src)) {
    note(`an ${kind} without a web address (dropped)`);
    return { tagName: 'span', attribs: {} };
  }
  note(`an ${kind} from ${src} (kept as a link: the site shows no media from other hosts)`);
  return { tagName: 'a', attribs: { href: src }, text: attributes['alt'] || attributes['title'] || src };
}

/** Text without markup, for headlines, the site description and summaries. */
export function htmlToText(html: string): string {
  return plainText(htmlToMarkdown(html).markdown).replace(/\s+/g, ' ').trim();
}
