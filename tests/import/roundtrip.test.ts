/**
 * The round trip, as a newsroom moving over would do it: `npm run import`
 * on Knight Lab's own example timelines (NUKnightLab/TimelineJS3) and on a
 * Sheets-template CSV, `npm run check` with no edits, a build, and then the
 * built timeline.json and the original document both loaded in TimelineJS
 * in Chromium: the same events with the same headlines, dates at the same
 * precision, shown dates (display dates included), groups and eras.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse as parseHtml } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow, tempDir } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import {
  addViewer,
  FIXTURES,
  inOrder,
  runCheck,
  runImport,
  showInTimelineJs,
  type Run,
  type ShownSlide,
  type ShownTimeline,
} from './support.ts';

let browser: Browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

interface Case {
  name: string;
  file: string;
  /** Slides (title, eras and events) in the document: one report line each. */
  slides: number;
}

const CASES: Case[] = [
  {
    name: "Knight Lab's Women in Computing (JSON: images, quotes, videos, periods)",
    file: 'women-in-computing.json',
    slides: 11,
  },
  { name: "Knight Lab's eras example (JSON: eras, years before 1000)", file: 'eras.json', slides: 24 },
  {
    name: "Knight Lab's Mark Twain (JSON: times to the second, headlines with markup)",
    file: 'mark-twain.json',
    slides: 18,
  },
  {
    name: 'a newsroom sheet (Sheets CSV: 12-hour times, groups, eras, display date, HTML)',
    file: 'newsroom-sheet.csv',
    slides: 10,
  },
  // Years before Christ are written -0044 in the content; the date module reads them after issue 12 ("Dates for any timeline").
  {
    name: 'BCE years, needs the BCE dates of issue 12 (Sheets CSV: Rome from 509 BC to AD 476)',
    file: 'history-bce-sheet.csv',
    slides: 6,
  },
];

/** Imports, checks and builds a fixture; serves the site with TimelineJS and the original document beside it. */
function roundTrip(file: string) {
  const state = {} as {
    imported: Run;
    checked: Run;
    content: string;
    outDir: string;
    site: StaticSite;
    original: ShownTimeline;
    exported: ShownTimeline;
    json: { events: Record<string, unknown>[]; eras?: unknown[] };
  };
  before(async () => {
    state.content = join(tempDir('tijdlijn-import-'), 'content');
    state.imported = runImport(join(FIXTURES, file), state.content);
    state.checked = runCheck(state.content);
    const outDir = (state.outDir = buildOrThrow({ content: state.content }));
    addViewer(outDir);
    mkdirSync(join(outDir, '_source'));
    copyFileSync(join(FIXTURES, file), join(outDir, '_source', basename(file)));
    state.site = await serveStatic(outDir, '/');
    state.json = JSON.parse(readFileSync(join(outDir, 'timeline.json'), 'utf8'));
    state.original = await showInTimelineJs(browser, `${state.site.url}_timelinejs/`, `../_source/${basename(file)}`);
    state.exported = await showInTimelineJs(browser, `${state.site.url}_timelinejs/`, '../timeline.json');
  });
  after(async () => {
    await state.site?.close();
  });
  return state;
}

for (const { name, file, slides } of CASES) {
  describe(name, () => {
    const state = roundTrip(file);

    test('the import prints one line per slide, then the check of what it wrote, and exits 0', () => {
      assert.equal(state.imported.status, 0, state.imported.lines.join('\n'));
      const perSlide = state.imported.lines.filter(
        (line) => line.includes(`${file}: `) && !line.includes(': (document)'),
      );
      assert.equal(perSlide.length, slides, perSlide.join('\n'));
      assert.ok(
        perSlide.every((line) =>
          /: (?:line \d+|title|events\[\d+\]|eras\[\d+\])(?: \((?:title slide|era)\))?: → /.test(line),
        ),
        perSlide.join('\n'),
      );
      assert.match(state.imported.lines.at(-1)!, /events written, 0 slides not carried over; .* checked: 0 errors\.$/);
    });

    test('npm run check passes with no edits', () => {
      assert.equal(state.checked.status, 0, state.checked.lines.join('\n'));
      assert.match(state.checked.lines.at(-1)!, / 0 errors, 0 warnings\.$/);
    });

    test('TimelineJS reads the built timeline.json without errors or requests to other hosts', () => {
      assert.equal(state.exported.valid, true, state.exported.errors.join('\n'));
      assert.deepEqual(state.exported.consoleErrors, []);
      assert.deepEqual(state.exported.offHost, []);
      assert.equal(state.original.valid, true, state.original.errors.join('\n'));
    });

    test('the same events: headlines, dates at the same precision, shown dates, groups, links', () => {
      const original = inOrder(state.original.events);
      const exported = inOrder(state.exported.events);
      assert.equal(exported.length, original.length);
      // A document without a title headline gets its file name as the site's title (site.yaml needs one).
      assert.equal(state.exported.title, state.original.title || file.replace(/\.[^.]+$/, ''));
      const headlines = new Set(original.map((slide) => slide.headline));
      const unmatched = [...exported];
      for (const slide of original) {
        // Each slide's counterpart has the same start and headline; a slide without a headline got a title from
        // its text or media (the report says so), which is no other slide's headline.
        const index = unmatched.findIndex(
          (back) =>
            JSON.stringify(back.start) === JSON.stringify(slide.start) &&
            (slide.headline ? back.headline === slide.headline : !headlines.has(back.headline)),
        );
        assert.notEqual(index, -1, `no counterpart for ${JSON.stringify(slide)}`);
        const [back] = unmatched.splice(index, 1) as [ShownSlide];
        // An end equal to the start is no period: TimelineJS draws both the same.
        if (slide.end && JSON.stringify(slide.end) !== JSON.stringify(slide.start))
          assert.deepEqual(back.end, slide.end, slide.headline);
        // TimelineJS shows no date on a slide without a headline; with the title it got, it shows the date.
        if (slide.headline) assert.equal(back.date, slide.date, slide.headline);
        else assert.ok(back.date, back.headline);
        assert.equal(back.group, slide.group, slide.headline);
        for (const link of slide.links) assert.ok(back.links.includes(link), `${slide.headline}: ${link}`);
      }
      assert.deepEqual(state.exported.groups, state.original.groups);
    });

    test('the same eras, with their names and dates', () => {
      const key = (era: ShownTimeline['eras'][number]) => JSON.stringify(era);
      assert.deepEqual(state.exported.eras.map(key).sort(), state.original.eras.map(key).sort());
    });

    if (file === 'history-bce-sheet.csv') {
      test('44 BC is written -0044-03-15 and exported as TimelineJS writes it: year -44, shown as 44 BCE', () => {
        assert.match(readFileSync(join(state.content, 'events/caesar-is-killed.md'), 'utf8'), /^date: -0044-03-15$/m);
        const caesar = state.json.events.find(
          (event) => (event['text'] as { headline: string }).headline === 'Caesar is killed',
        )!;
        assert.deepEqual(caesar['start_date'], { year: -44, month: 3, day: 15 });
        assert.match(state.exported.events.find((slide) => slide.headline === 'Caesar is killed')!.date, /44 BCE/);
      });
    }

    if (file === 'newsroom-sheet.csv') {
      test('groups, eras and the display date are in timeline.json; text is as the sheet wrote it', () => {
        const slide = (headline: string) =>
          state.json.events.find((event) => (event['text'] as { headline: string }).headline === headline)!;
        assert.equal(slide('Union calls a strike vote')['group'], 'Union');
        assert.equal(slide('Ships wait outside the harbour')['display_date'], 'early spring 2021');
        assert.equal(state.json.eras?.length, 2);
        // Straight quotes and the apostrophe as written; the sheet's &mdash; is the character it stands for.
        assert.match(
          (slide('Union calls a strike vote')['text'] as { text: string }).text,
          /"We have waited long enough," says the chair — it's the first vote since 1998\./,
        );
        assert.doesNotMatch(JSON.stringify(state.json), /[“”‘’]/);
      });

      test('readers see the eras: listed on the home page with their dates, and labelled above the month each begins in', () => {
        const home = parseHtml(readFileSync(join(state.outDir, 'index.html'), 'utf8'));
        assert.deepEqual(
          home.querySelectorAll('.eras li').map((item) => item.text.replace(/\s+/g, ' ').trim()),
          [
            'The long dispute Monday 1 March 2021 – Monday 12 April 2021',
            'Talks Tuesday 13 April 2021 – Monday 31 May 2021',
          ],
        );
        const labelled = home
          .querySelectorAll('section.period')
          .map((section): [string, string[]] => [
            section.querySelector('.period-heading')!.text.trim(),
            section.querySelectorAll(':scope > .era-label strong').map((name) => name.text),
          ]);
        assert.deepEqual(
          labelled.filter(([, names]) => names.length > 0),
          [
            ['March 2021', ['The long dispute']],
            ['April 2021', ['Talks']],
          ],
        );
      });
    }
  });
}
