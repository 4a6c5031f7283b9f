/**
 * The list of results: 50 at a time, each a placeholder until its text is
 * fetched (at once for the first few, else when it scrolls into view), drawn
 * from Pagefind's data with addresses on this site only.
 */
import { INDEX_FIELDS } from '../../lib/search-fields.ts';
import type { Result, ResultData } from './pagefind.ts';

/** Results certainly in view after a search: their text is fetched at once, not a frame later. */
const FIRST_IN_VIEW = 6;

/** Makes the excerpt's text and `<mark>` elements from Pagefind's excerpt, nothing else. */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild!;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

function paragraph(className: string, ...content: Array<string | Node>): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.append(...content);
  return p;
}

/** A result's HTML from its data; an address elsewhere than this site becomes the home page. */
function fillResult(item: HTMLLIElement, data: ResultData, home: string): void {
  const href = data.meta.url ?? data.url;
  const title = document.createElement('h2');
  title.className = 'search-result-title';
  const link = document.createElement('a');
  link.href = /^\/(?!\/)/.test(href) ? href : home;
  link.textContent = data.meta.title ?? href;
  title.append(link);
  const date = data.meta[INDEX_FIELDS.date];
  const organisations = data.meta[INDEX_FIELDS.organisations];
  item.replaceChildren(
    ...(date ? [paragraph('search-result-date', date)] : []),
    title,
    ...(data.excerpt ? [paragraph('search-result-excerpt', ...excerptNodes(data.excerpt))] : []),
    ...(organisations ? [paragraph('search-result-organisations', organisations)] : []),
  );
  item.classList.remove('search-result-loading');
}

/** Draws results into `list`; `home` is the site's home page. */
export function resultList(list: HTMLOListElement, home: string) {
  const pending = new WeakMap<Element, Result>();
  const fill = (item: HTMLLIElement, result: Result) => void result.data().then((data) => fillResult(item, data, home));
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const result = pending.get(entry.target);
        if (result) fill(entry.target as HTMLLIElement, result);
      }
    },
    { rootMargin: '400px 0px' },
  );
  const placeholder = (result: Result): HTMLLIElement => {
    const item = document.createElement('li');
    item.className = 'search-result search-result-loading';
    pending.set(item, result);
    observer.observe(item);
    return item;
  };
  return {
    /** Replaces the list with `results`; the first few are fetched at once. */
    show(results: readonly Result[]): void {
      observer.disconnect();
      const items = results.map(placeholder);
      items.slice(0, FIRST_IN_VIEW).forEach((item, index) => {
        observer.unobserve(item);
        fill(item, results[index]!);
      });
      list.replaceChildren(...items);
    },
    /** Adds `results` at the end of the list. */
    append(results: readonly Result[]): void {
      list.append(...results.map(placeholder));
    },
  };
}
