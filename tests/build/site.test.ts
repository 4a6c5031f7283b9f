/**
 * The built site, read as HTML: one page and one timeline entry per event,
 * in time order, dates at their real precision, and output that does not
 * depend on the build machine's time zone.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse, type HTMLElement } from 'node-html-parser';
import { build, buildOrThrow, CITRIX_FIXTURE, copyContent, listFiles, readPage } from '../support/build.ts';

const contentEvents = readdirSync(join(CITRIX_FIXTURE, 'events'))
  .filter((name) => name.endsWith('.md'))
  .filter((name) => !/^draft:\s*true\s*$/m.test(readFileSync(join(CITRIX_FIXTURE, 'events', name), 'utf8')))
  .map((name) => name.replace(/\.md$/, ''));

const entriesOf = (html: HTMLElement) => html.querySelectorAll('main article.entry');
const startOf = (entry: HTMLElement) => entry.querySelector('time')!.getAttribute('datetime')!;

describe('the Citrix fixture timeline', () => {
  let outDir: string;
  let home: HTMLElement;
  before(() => {
    outDir = buildOrThrow();
    home = parse(readPage(outDir, 'index.html'));
  });

  test('every event file gives exactly one page and one timeline entry', () => {
    assert.ok(contentEvents.length >= 12, `expected at least 12 events, found ${contentEvents.length}`);
    const pages = readdirSync(join(outDir, 'gebeurtenis')).sort();
    assert.deepEqual(pages, [...contentEvents].sort());
    const entryIds = entriesOf(home).map((entry) => entry.id.replace(/^e-/, ''));
    assert.deepEqual([...entryIds].sort(), [...contentEvents].sort());
    assert.equal(new Set(entryIds).size, entryIds.length, 'an event is listed twice');
  });

  test('events are listed oldest first', () => {
    // Compare by the start of each period: "2020-01" starts before "2020-01-15".
    const starts = entriesOf(home).map(startOf);
    const asInstant = (value: string) =>
      Date.parse(value.length === 7 ? `${value}-01` : value.length === 4 ? `${value}-01-01` : value);
    for (let i = 1; i < starts.length; i++) {
      assert.ok(
        asInstant(starts[i - 1]!) <= asInstant(starts[i]!) + 24 * 3600e3,
        `${starts[i - 1]} listed before ${starts[i]}`,
      );
    }
    const order = entriesOf(home).map((entry) => entry.id);
    const position = (id: string) => order.indexOf(`e-${id}`);
    assert.ok(position('citrix-publiceert-beveiligingsadvies') < position('ncsc-adviseert-citrix-uit-te-schakelen'));
    assert.ok(position('hackpoging-gemeente-zutphen') < position('ncsc-adviseert-citrix-uit-te-schakelen'));
    assert.ok(position('ncsc-adviseert-citrix-uit-te-schakelen') < position('tweede-kamer-stopt-thuiswerken'));
    // Known only to the month: listed at the head of January, before 15 January.
    assert.ok(position('grote-gemeenten-sluiten-externe-toegang') < position('hackpoging-gemeente-zutphen'));
  });

  test('day headings are Dutch and month-only events get no invented day', () => {
    const headings = home.querySelectorAll('main h3').map((heading) => heading.text.trim());
    assert.ok(headings.includes('vrijdag 17 januari 2020'), headings.join(' | '));
    assert.ok(headings.includes('januari 2020, dag onbekend'), headings.join(' | '));
    const monthOnly = home.querySelector('#e-grote-gemeenten-sluiten-externe-toegang')!;
    assert.equal(startOf(monthOnly), '2020-01');
    assert.match(monthOnly.querySelector('.entry-date')!.text, /januari 2020 \(alleen de maand is bekend\)/);
    const section = monthOnly.closest('section')!;
    assert.equal(section.querySelector('h3')!.text.trim(), 'januari 2020, dag onbekend');
  });

  test('an entry shows title link, summary, organisations and number of sources', () => {
    const entry = home.querySelector('#e-tweede-kamer-stopt-thuiswerken')!;
    assert.equal(entry.querySelector('h4 a')!.getAttribute('href'), '/gebeurtenis/tweede-kamer-stopt-thuiswerken/');
    assert.ok(entry.querySelector('.entry-summary')!.text.length > 20);
    assert.match(entry.querySelector('.entry-organisations')!.text, /Tweede Kamer/);
    assert.match(entry.querySelector('.entry-sources')!.text, /^\d+ bron(nen)?$/);
  });

  test('the event page has text, date, organisations, tags, sources and neighbours', () => {
    const page = parse(readPage(outDir, 'gebeurtenis/duo-sluit-citrix-tot-maandag/index.html'));
    assert.match(page.querySelector('h1')!.text, /DUO/);
    const times = page.querySelectorAll('.event-date time').map((time) => time.getAttribute('datetime'));
    assert.deepEqual(times, ['2020-01-17', '2020-01-20']);
    assert.ok(page.querySelector('.event-body p'), 'the body is rendered');
    assert.ok(page.querySelector('a[href="/organisatie/duo/"]'));
    assert.ok(page.querySelector('a[href="/onderwerp/thuiswerken/"]'));
    assert.ok(page.querySelectorAll('.source-list li').length >= 1);
    assert.ok(page.querySelector('a[rel="prev"]') && page.querySelector('a[rel="next"]'));
  });

  test('organisation, tag and index pages exist and list their events', () => {
    const organisation = parse(readPage(outDir, 'organisatie/universiteit-leiden/index.html'));
    const ids = entriesOf(organisation).map((entry) => entry.id);
    assert.ok(
      ids.includes('e-leiden-en-vu-sluiten-citrix-servers') && ids.includes('e-website-universiteit-leiden-instabiel'),
    );
    const index = parse(readPage(outDir, 'organisaties/index.html'));
    const sectors = index.querySelectorAll('main h2').map((heading) => heading.text.trim());
    assert.ok(sectors.includes('Onderwijs en onderzoek') && sectors.includes('Zorg'), sectors.join(', '));
    const tag = parse(readPage(outDir, 'onderwerp/hackpoging/index.html'));
    assert.equal(entriesOf(tag).length, 2);
    assert.ok(readPage(outDir, '404.html').includes('<h1>Pagina niet gevonden</h1>'));
  });

  test('scripts only on the search page, embed views and the Insluiten page, all from files; nothing loads from other hosts', () => {
    for (const file of listFiles(outDir).filter((name) => name.endsWith('.html'))) {
      const html = parse(readPage(outDir, file));
      const code = html
        .querySelectorAll('script')
        .filter(
          (script) =>
            !/^(application\/json|application\/ld\+json|text\/pagefind-template)$/.test(
              script.getAttribute('type') ?? '',
            ),
        );
      // The search page, its own script (which loads Pagefind's when someone searches); an embed view, its height script; the Insluiten page, the host snippet and its copy buttons.
      const expected =
        file === 'insluiten/index.html' ? 2 : file === 'zoeken/index.html' || file.startsWith('embed/') ? 1 : 0;
      assert.equal(code.length, expected, `${file} has ${code.length} scripts`);
      for (const script of code) {
        assert.match(script.getAttribute('src') ?? '', /^\/(pagefind|_astro|embed)\//);
        assert.equal(script.text.trim(), '', 'inline script');
      }
      const loaded = html
        .querySelectorAll('link[href], img[src]')
        .filter((element) => element.getAttribute('rel') !== 'canonical');
      for (const element of loaded) {
        const url = element.getAttribute('href') ?? element.getAttribute('src')!;
        assert.ok(url.startsWith('/'), `${file} loads ${url}`);
      }
      assert.equal(html.querySelector('html')!.getAttribute('lang'), 'nl');
    }
  });
});

describe('dates in a changed copy of the content', () => {
  let outDir: string;
  let home: HTMLElement;
  before(() => {
    const content = copyContent();
    const event = (frontmatter: string) =>
      `---\n${frontmatter}\nsummary: Een test.\nsources:\n  - { title: Testbron, date: 2020-01, language: nl }\n---\nTekst.\n`;
    writeFileSync(
      join(content, 'events/nachtelijk-bericht.md'),
      event('title: Nachtelijk bericht\ndate: 2020-01-16T23:30:00Z'),
    );
    writeFileSync(join(content, 'events/middagbericht.md'), event('title: Middagbericht\ndate: 2020-01-17 14:30'));
    writeFileSync(
      join(content, 'events/nog-niet-klaar.md'),
      event('title: Nog niet klaar\ndate: 2020-01-17\ndraft: true'),
    );
    outDir = buildOrThrow({ content });
    home = parse(readPage(outDir, 'index.html'));
  });

  test('an instant in UTC sits under its day in the site zone', () => {
    const entry = home.querySelector('#e-nachtelijk-bericht')!;
    assert.equal(startOf(entry), '2020-01-17T00:30+01:00');
    assert.equal(entry.querySelector('time')!.text, '00:30');
    assert.equal(entry.closest('section')!.querySelector('h3')!.text.trim(), 'vrijdag 17 januari 2020');
  });

  test('a time without offset is local time, not UTC', () => {
    const entry = home.querySelector('#e-middagbericht')!;
    assert.equal(startOf(entry), '2020-01-17T14:30+01:00');
    assert.equal(entry.querySelector('time')!.text, '14:30');
  });

  test('a draft gets no page and no entry', () => {
    assert.equal(home.querySelector('#e-nog-niet-klaar'), null);
    assert.ok(!listFiles(outDir).some((file) => file.includes('nog-niet-klaar')));
  });
});

describe('the build machine time zone', () => {
  test('TZ=UTC and TZ=Pacific/Auckland give byte-identical HTML', () => {
    const utc = buildOrThrow({ tz: 'UTC' });
    const auckland = buildOrThrow({ tz: 'Pacific/Auckland' });
    const files = listFiles(utc);
    assert.deepEqual(listFiles(auckland), files);
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      assert.equal(readPage(auckland, file), readPage(utc, file), `${file} differs between time zones`);
    }
  });
});

describe('bad content stops the build', () => {
  const brokenBuild = (name: string, text: string) => {
    const content = copyContent();
    writeFileSync(join(content, 'events', name), text);
    return build({ content });
  };

  test('an impossible date names file, line, field and the accepted forms', () => {
    const result = brokenBuild(
      'kapotte-datum.md',
      '---\ntitle: Kapotte datum\ndate: 2020-02-30\nsummary: Test.\nsources:\n  - { title: Bron, date: 2020-01, language: nl }\n---\nTekst.\n',
    );
    assert.notEqual(result.status, 0, 'the build succeeded');
    assert.match(
      result.output,
      /events\/kapotte-datum\.md:3: date: "2020-02-30" is not a date that exists — write one of these forms: 2020, 2020-01, 2020-01-17/,
    );
  });

  test('an empty file is an error, not a missing event', () => {
    const result = brokenBuild('leeg.md', '');
    assert.notEqual(result.status, 0, 'the build succeeded');
    assert.match(result.output, /events\/leeg\.md:1: the file is empty/);
  });
});
