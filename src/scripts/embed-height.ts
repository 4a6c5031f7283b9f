/**
 * In an embed view (/embed/…): tells the page around the iframe how tall
 * this document is, so its host snippet (/embed/host.js, src/lib/embed.ts) can size the
 * iframe to fit, without an inner scrollbar. It reports at once, on every
 * change of height (fonts, a narrower window, rewrapped text), again when
 * the parent asks (the host snippet may start after the first report), and
 * a few times after loading.
 *
 * The target origin is '*': an embed view is meant to sit in any site's
 * page, so it cannot name its parent's origin, and a height is no secret
 * (anyone can frame the public page and measure it). The receiving side is
 * the one that must check, and host.js accepts a height only from this
 * site's origin and from the iframe it resizes.
 */
import { ASK_MESSAGE, HEIGHT_MESSAGE } from '../lib/embed.ts';

if (parent !== window) {
  const root = document.documentElement;
  let reported = -1;
  const report = (always: boolean) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === reported && !always) return;
    reported = height;
    parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => report(false)).observe(root);
  addEventListener('message', (event) => {
    if (event.source === parent && event.data === ASK_MESSAGE) report(true);
  });
  // Report again once everything has loaded, and twice more after that: a
  // report sent before the host snippet listened is otherwise lost when its
  // request to report again also went astray (seen once in CI, not locally).
  addEventListener('load', () => report(true));
  for (const delay of [500, 2000]) setTimeout(() => report(true), delay);
}
