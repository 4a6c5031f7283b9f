/**
 * What the import tests share: running `npm run import` and `npm run check`
 * as an editor would, and reading a timeline the way TimelineJS itself does
 * in Chromium, so a document and its round trip can be compared by what
 * TimelineJS makes of them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../support/build.ts';

const NODE = join(ROOT, 'node_modules/.bin/node');
export const FIXTURES = join(ROOT, 'tests/fixtures/timelinejs');

export interface Run {
  status: number | null;
  lines: string[];
}

/** `npm run import -- <file> --into <folder> --no-download …`: the fixtures' media addresses are made up, so nothing is fetched (tests/media/import.test.ts downloads from a local server). */
export function runImport(file: string, into: string, ...extra: string[]): Run {
  const result = spawnSync(NODE, ['scripts/import.ts', file, '--into', into, '--no-download', ...extra], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.split('\n').filter(Boolean) };
}

/** `npm run check` on a content folder. */
export function runCheck(content: string): Run {
  const result = spawnSync(NODE, ['scripts/check-content.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, TIJDLIJN_CONTENT: content },
  });
  return { status: result.status, lines: `${result.stdout}${result.stderr}`.split('\n').filter(Boolean) };
}

/** A page that loads TimelineJS from the npm package and the document named in `?doc=`. */
const VIEWER = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>TimelineJS</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="css/timeline.css"><script src="js/timeline.js"></script></head>
<body><div id="timeline-embed" style="width: 1000px; height: 640px"></div>
<script>
  window.loaded = new Promise((resolve) => {
    const timeline = new TL.Timeline('timeline-embed', new URL(new URLSearchParams(location.search).get('doc'), location.href).href, {
      font: null, script_path: new URL('js/', location.href).href, duration: 10,
    });
    timeline.on('loaded', () => resolve(timeline));
  });
</script></body></html>
`;

/** Puts TimelineJS's dist files and the viewer page into a built site, at `_timelinejs/`. */
export function addViewer(outDir: string): void {
  cpSync(join(ROOT, 'node_modules/@knight-lab/timelinejs/dist'), join(outDir, '_timelinejs'), { recursive: true });
  writeFileSync(join(outDir, '_timelinejs/index.html'), VIEWER);
}

export interface ShownDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  /** TimelineJS's precision for the date: `year`, `month`, `full`, `time_…`. */
  format: string;
}

export interface ShownSlide {
  headline: string;
  /** The date as TimelineJS shows it on the slide (its own label, or display_date). */
  date: string;
  start: ShownDate;
  end?: ShownDate | undefined;
  group: string;
  links: string[];
}

export interface ShownTimeline {
  valid: boolean;
  errors: string[];
  title: string;
  events: ShownSlide[];
  eras: { headline: string; start: ShownDate; end: ShownDate }[];
  /** Group labels on the time navigation. */
  groups: string[];
  /** Requests that left this machine. */
  offHost: string[];
  consoleErrors: string[];
}

/** Loads a document in TimelineJS and reads what it made of it: every slide's headline, shown date, parts, group and links; the eras; the groups. */
export async function showInTimelineJs(browser: Browser, viewerUrl: string, doc: string): Promise<ShownTimeline> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  const local = new URL(viewerUrl).origin;
  const offHost: string[] = [];
  const consoleErrors: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(local)) return route.continue();
    offHost.push(route.request().url());
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/net::ERR_FAILED|ERR_NAME_NOT_RESOLVED/.test(message.text()))
      consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`${viewerUrl}?doc=${encodeURIComponent(doc)}`);
  const shown = await page.evaluate(async () => {
    interface TLDate {
      data: Record<string, unknown>;
    }
    interface Slide {
      unique_id: string;
      start_date: TLDate;
      end_date?: TLDate;
      group?: string;
      text?: { headline?: string };
    }
    const timeline = await (
      window as unknown as {
        loaded: Promise<{
          config: { events: Slide[]; eras: Slide[]; title?: Slide; isValid(): boolean; getErrors(): string[] };
        }>;
      }
    ).loaded;
    const parts = (date: TLDate) => {
      const out: Record<string, unknown> = { format: date.data['format'] };
      for (const key of ['year', 'month', 'day', 'hour', 'minute']) {
        const value = date.data[key];
        if (value !== '' && value !== null && value !== undefined) out[key] = Number(value);
      }
      return out;
    };
    const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const decode = (html: string) => {
      const element = document.createElement('div');
      element.innerHTML = html;
      return text(element);
    };
    const { config } = timeline;
    return {
      valid: config.isValid(),
      errors: config.getErrors(),
      title: decode(config.title?.text?.headline ?? ''),
      events: config.events.map((slide) => {
        const element = document.getElementById(slide.unique_id);
        return {
          headline: text(element?.querySelector('.tl-headline')),
          date: text(element?.querySelector('.tl-headline-date')),
          start: parts(slide.start_date),
          end: slide.end_date ? parts(slide.end_date) : undefined,
          group: slide.group ?? '',
          links: [...(element?.querySelectorAll('.tl-text-content a[href]') ?? [])].map((link) =>
            link.getAttribute('href')!,
          ),
        };
      }),
      eras: config.eras.map((era) => ({
        headline: decode(era.text?.headline ?? ''),
        start: parts(era.start_date),
        end: parts(era.end_date!),
      })),
      groups: [...document.querySelectorAll('.tl-timegroup-message')].map(text).filter(Boolean).sort(),
    };
  });
  await page.close();
  return { ...(shown as unknown as Omit<ShownTimeline, 'offHost' | 'consoleErrors'>), offHost, consoleErrors };
}

/** Slides in a stable order for comparing two timelines: by start, then headline. */
export function inOrder(slides: readonly ShownSlide[]): ShownSlide[] {
  const key = (slide: ShownSlide) => [
    slide.start.year,
    slide.start.month ?? 0,
    slide.start.day ?? 0,
    slide.start.hour ?? -1,
    slide.start.minute ?? -1,
  ];
  return [...slides].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let index = 0; index < x.length; index++) if (x[index] !== y[index]) return x[index]! - y[index]!;
    return a.headline < b.headline ? -1 : a.headline > b.headline ? 1 : 0;
  });
}
