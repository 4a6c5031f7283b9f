/** Headless Chromium from Debian, driven by playwright-core (no browser downloads). */
import { chromium, type Browser, type BrowserServer, type Frame, type LaunchOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * The features Playwright turns off when it launches Chromium (its `disabledFeatures`, playwright-core
 * 1.x). Chromium keeps only the last `--disable-features` switch it is given, so ours repeats them;
 * `tests/support/browser.test.ts` fails when the installed playwright-core's list differs.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Browser machinery no test looks at, which headless Chromium still runs for every window or page:
 * the address bar's drop-down, a web page of its own (two, with the AI mode one) loaded in a renderer
 * process for each new context and updated on each navigation; and the spare renderer process kept
 * warm for the next new site. They cost CPU on every page load (the figures: docs/testing.md).
 */
export const UNUSED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'SpareRendererForSitePerProcess'];

/** The switches every test Chromium starts with, whichever launcher starts it (the Lighthouse file's too). */
export const CHROMIUM_SWITCHES = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_SWITCHES, `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_FEATURES].join(',')}`],
};

/** A Chromium of its own, closed with the Browser (for a benchmark, a script, or a test of the launch itself). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(LAUNCH_OPTIONS);
}

/** The variable through which tests/run.ts tells its test files where the run's Chromium listens. */
export const BROWSER_SERVER_VARIABLE = 'TIJDLIJN_BROWSER_SERVER';

/**
 * One Chromium for a whole test run, which its test files connect to (`openBrowser`), as Playwright's
 * own test runner keeps one browser for the files a worker runs: a launch costs more CPU than the
 * contexts a file opens in it (docs/testing.md).
 */
export function startBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH_OPTIONS);
}

/**
 * The browser a test file works in: the run's Chromium when tests/run.ts started one, else one
 * launched for this file. Each file makes its own contexts in it, so files share no pages, cookies
 * or storage; `close()` closes this file's contexts (and a browser launched for it).
 */
export function openBrowser(): Promise<Browser> {
  const server = process.env[BROWSER_SERVER_VARIABLE];
  return server ? chromium.connect(server) : launchBrowser();
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
