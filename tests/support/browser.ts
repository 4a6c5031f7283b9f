/** Headless Chromium from Debian, driven by playwright-core (no browser downloads). */
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Resolves once the page (or frame) has rendered `count` more frames: what a
 * click, a message or a resize set off in the page has then had its turn at
 * layout and paint. For "nothing happened" checks, instead of a fixed sleep.
 */
export function renderedFrames(target: Pick<Page, 'evaluate'> | Pick<Frame, 'evaluate'>, count = 2): Promise<void> {
  return target.evaluate(
    (frames) =>
      new Promise<void>((resolve) => {
        let left = frames;
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    count,
  );
}
