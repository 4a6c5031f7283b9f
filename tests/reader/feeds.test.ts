/**
 * Feeds and exports as other programs read them: RSS through a real feed
 * parser (rss-parser, whose XML parser refuses anything not well-formed),
 * JSON Feed against the spec's required fields, iCalendar through ical.js,
 * CSV through csv-parse. The site is built under a base path and on a
 * machine in Auckland (UTC+13 in January), from a copy of the content with
 * an instant in UTC, a local time, a year-only event and a draft added;
 * every date must still come out in Amsterdam time at its own precision,
 * byte for byte as a build in UTC does.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ICAL from 'ical.js';
import { parse as parseHtml } from 'node-html-parser';
import Parser from 'rss-parser';
import { checkContent, type CheckedEvent } from '../../src/content/check.ts';
import { buildOrThrow, copyContent, listFiles, readPage } from '../support/build.ts';

const BASE = '/tijdlijn/';
const SITE = 'https://tijdlijn.example.org';
const pageUrl = (id: string) => `${SITE}${BASE}gebeurtenis/${id}/`;

let outDir: string;
let utcOutDir: string;
let events: CheckedEvent[];
const read = (file: string) => readPage(outDir, file);

before(() => {
  const content = copyContent();
  const event = (id: string, frontmatter: string, body = 'Tekst.') =>
    writeFileSync(
      join(content, 'events', `${id}.md`),
      `---\n${frontmatter}\nsources:\n  - { title: "Bron, met komma", publisher: NOS, date: 2020-01-17, url: "https://nos.nl/artikel/1?a=1&b=2", language: nl }\n---\n${body}\n`,
    );
  event(
    'nachtelijk-bericht',
    'title: Nachtelijk bericht\ndate: 2020-01-16T23:30:00Z\nsummary: Een bericht van "net na middernacht", met komma\'s & tekens als <b>.\norganisations: [ncsc, duo]',
    'Een **nachtelijk** bericht met een [link](https://example.org/a).\n\nTweede alinea.',
  );
  event(
    'middagbericht',
    'title: Middagbericht\ndate: 2020-01-17 14:30\nend: 2020-01-17 16:00\nsummary: Een bericht om half drie.\norganisations: [duo]',
  );
  event('ergens-in-2019', 'title: Ergens in 2019\ndate: 2019\nsummary: Alleen het jaar is bekend.');
  event('nog-een-concept', 'title: Nog een concept\ndate: 2020-01-17\nsummary: Een concept.\ndraft: true');
  const report = checkContent(content);
  assert.deepEqual(
    report.problems.filter((problem) => problem.severity === 'error'),
    [],
  );
  events = report.events.filter((item) => !item.frontmatter.draft);
  outDir = buildOrThrow({ content, base: BASE, tz: 'Pacific/Auckland' });
  utcOutDir = buildOrThrow({ content, base: BASE, tz: 'UTC' });
});

const byId = (id: string) => events.find((event) => event.id === id)!;
const ids = () => events.map((event) => event.id).sort();
/** Newest first as the feeds order them: by start, later first (ties in reverse timeline order). */
const starts = (dates: string[]) => dates.map((value) => Date.parse(value));
const nonIncreasing = (values: number[]) => values.every((value, index) => index === 0 || values[index - 1]! >= value);

describe('RSS 2.0', () => {
  type Item = Parser.Item & { 'content:encoded'?: string };
  const parser = new Parser<Record<string, unknown>, Item>();

  test('parses with a real feed parser', async () => {
    const xml = read('rss.xml');
    const feed = await parser.parseString(xml);
    assert.equal(feed.title, 'Het Citrix-lek in Nederland');
    assert.equal(feed.link, `${SITE}${BASE}`);
    assert.match(xml, new RegExp(`<atom:link href="${SITE}${BASE}rss.xml" rel="self" type="application/rss\\+xml"/>`));
    assert.match(xml, /<language>nl<\/language>/);
  });

  test('holds every published event once, newest first, with link, summary, organisations and full text', async () => {
    const feed = await parser.parseString(read('rss.xml'));
    const links = feed.items.map((item) => item.link!);
    assert.deepEqual([...links].sort(), ids().map(pageUrl).sort());
    assert.equal(new Set(links).size, links.length);
    assert.ok(nonIncreasing(starts(feed.items.map((item) => item.pubDate!))), 'newest first');
    for (const item of feed.items) {
      const event = byId(item.link!.split('/').at(-2)!);
      assert.equal(item.title, event.frontmatter.title);
      assert.equal(item.guid, item.link);
      assert.equal(item.content, event.frontmatter.summary, `${event.id}: the description is the summary`);
      assert.equal(item['content:encoded']!.includes('<h2>Bronnen</h2>'), true, `${event.id}: full text with sources`);
      // The instant is the start of the event's period.
      assert.equal(Date.parse(item.pubDate!), event.frontmatter.date.epoch, event.id);
    }
    const night = feed.items.find((item) => item.link === pageUrl('nachtelijk-bericht'))!;
    assert.deepEqual(night.categories, ['Nationaal Cyber Security Centrum', 'Dienst Uitvoering Onderwijs']);
    assert.match(night['content:encoded']!, /<strong>nachtelijk<\/strong>/);
    assert.match(
      night['content:encoded']!,
      /<a href="https:\/\/nos\.nl\/artikel\/1\?a=1&amp;b=2">Bron, met komma<\/a> \(NOS, vrijdag 17 januari 2020\)/,
    );
    // Markup-like text in a summary is text: escaped in the XML, read back unchanged.
    assert.ok(
      read('rss.xml').includes(
        '<description>Een bericht van &quot;net na middernacht&quot;, met komma&apos;s &amp; tekens als &lt;b&gt;.</description>',
      ),
    );
  });

  test('dates are RFC 822 in Amsterdam time at the start of the period, whatever the build machine zone', () => {
    const xml = read('rss.xml');
    const pubDate = (id: string) =>
      new RegExp(`<link>${pageUrl(id)}</link>.*?<pubDate>([^<]+)</pubDate>`, 's').exec(xml)?.[1];
    assert.equal(pubDate('nachtelijk-bericht'), 'Fri, 17 Jan 2020 00:30:00 +0100');
    assert.equal(pubDate('middagbericht'), 'Fri, 17 Jan 2020 14:30:00 +0100');
    assert.equal(pubDate('tweede-kamer-stopt-thuiswerken'), 'Fri, 17 Jan 2020 00:00:00 +0100');
    assert.equal(pubDate('grote-gemeenten-sluiten-externe-toegang'), 'Wed, 01 Jan 2020 00:00:00 +0100');
    assert.equal(pubDate('ergens-in-2019'), 'Tue, 01 Jan 2019 00:00:00 +0100');
  });

  test('each organisation has a feed of its own events', async () => {
    const feed = await parser.parseString(read('organisatie/duo/rss.xml'));
    const expected = events
      .filter((event) => event.frontmatter.organisations.includes('duo'))
      .map((event) => pageUrl(event.id));
    assert.deepEqual(feed.items.map((item) => item.link!).sort(), expected.sort());
    assert.equal(feed.title, 'Het Citrix-lek in Nederland: Dienst Uitvoering Onderwijs');
    assert.equal(feed.link, `${SITE}${BASE}organisatie/duo/`);
    for (const file of listFiles(join(outDir, 'organisatie')).filter((name) => name.endsWith('rss.xml'))) {
      await parser.parseString(read(`organisatie/${file}`));
    }
  });
});

/** Problems with a JSON Feed 1.1 document, checked against the spec's required fields and types. */
function jsonFeedProblems(feed: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const isUrl = (value: unknown) => typeof value === 'string' && URL.canParse(value);
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
  if (feed['version'] !== 'https://jsonfeed.org/version/1.1') problems.push('version');
  if (typeof feed['title'] !== 'string' || !feed['title']) problems.push('title');
  if (!Array.isArray(feed['items'])) return [...problems, 'items'];
  for (const key of ['home_page_url', 'feed_url']) if (key in feed && !isUrl(feed[key])) problems.push(key);
  (feed['items'] as Record<string, unknown>[]).forEach((item, index) => {
    if (typeof item['id'] !== 'string' || !item['id']) problems.push(`items[${index}].id`);
    if (typeof item['content_html'] !== 'string' && typeof item['content_text'] !== 'string')
      problems.push(`items[${index}] has no content`);
    if ('url' in item && !isUrl(item['url'])) problems.push(`items[${index}].url`);
    for (const key of ['date_published', 'date_modified']) {
      if (
        key in item &&
        !(typeof item[key] === 'string' && rfc3339.test(item[key]) && !Number.isNaN(Date.parse(item[key])))
      )
        problems.push(`items[${index}].${key}`);
    }
    if ('tags' in item && !(Array.isArray(item['tags']) && item['tags'].every((tag) => typeof tag === 'string')))
      problems.push(`items[${index}].tags`);
    for (const key of Object.keys(item)) {
      const known = [
        'id',
        'url',
        'external_url',
        'title',
        'content_html',
        'content_text',
        'summary',
        'image',
        'banner_image',
        'date_published',
        'date_modified',
        'authors',
        'tags',
        'language',
        'attachments',
      ];
      if (!known.includes(key) && !key.startsWith('_')) problems.push(`items[${index}] has unknown key ${key}`);
    }
  });
  return problems;
}

describe('JSON Feed 1.1', () => {
  const feed = () =>
    JSON.parse(read('feed.json')) as {
      items: Array<Record<string, string | string[] | Record<string, unknown>>>;
    } & Record<string, unknown>;

  test('has every required field of the spec, with the right types', () => {
    assert.deepEqual(jsonFeedProblems(feed()), []);
    assert.equal(feed()['feed_url'], `${SITE}${BASE}feed.json`);
    assert.equal(feed()['home_page_url'], `${SITE}${BASE}`);
    for (const file of listFiles(join(outDir, 'organisatie')).filter((name) => name.endsWith('feed.json'))) {
      assert.deepEqual(jsonFeedProblems(JSON.parse(read(`organisatie/${file}`))), [], file);
    }
  });

  test('holds every published event once, newest first, dates at the start of the period in Amsterdam time', () => {
    const items = feed().items;
    const itemIds = items.map((item) => item['id'] as string);
    assert.deepEqual([...itemIds].sort(), ids().map(pageUrl).sort());
    assert.equal(new Set(itemIds).size, itemIds.length);
    assert.ok(nonIncreasing(starts(items.map((item) => item['date_published'] as string))));
    const item = (id: string) => items.find((entry) => entry['url'] === pageUrl(id))!;
    assert.equal(item('nachtelijk-bericht')['date_published'], '2020-01-17T00:30:00+01:00');
    assert.equal(item('grote-gemeenten-sluiten-externe-toegang')['date_published'], '2020-01-01T00:00:00+01:00');
    assert.equal(item('ergens-in-2019')['date_published'], '2019-01-01T00:00:00+01:00');
    assert.deepEqual(item('grote-gemeenten-sluiten-externe-toegang')['_tijdlijn'], {
      date: '2020-01',
      precision: 'month',
      organisations: ['gemeente-amsterdam', 'gemeente-den-haag', 'gemeente-rotterdam'],
      topics: ['afsluiting', 'dienstverlening'],
    });
    const night = item('nachtelijk-bericht');
    assert.equal(night['summary'], byId('nachtelijk-bericht').frontmatter.summary);
    assert.deepEqual(night['tags'], ['Nationaal Cyber Security Centrum', 'Dienst Uitvoering Onderwijs']);
    assert.match(
      night['content_html'] as string,
      /<p>Een <strong>nachtelijk<\/strong> bericht met een <a href="https:\/\/example\.org\/a">link<\/a>\.<\/p>/,
    );
    assert.match(night['content_html'] as string, /<p>Tweede alinea\.<\/p>/);
    assert.equal(night['content_text'], undefined);
  });
});

describe('feed discovery', () => {
  test('every page advertises the feeds with <link rel="alternate">, an organisation page its own too', () => {
    const alternates = (file: string) =>
      parseHtml(read(file))
        .querySelectorAll('link[rel="alternate"]')
        .map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`);
    assert.deepEqual(alternates('index.html'), [
      `application/rss+xml ${BASE}rss.xml`,
      `application/feed+json ${BASE}feed.json`,
    ]);
    assert.deepEqual(alternates('organisatie/duo/index.html').slice(2), [
      `application/rss+xml ${BASE}organisatie/duo/rss.xml`,
      `application/feed+json ${BASE}organisatie/duo/feed.json`,
    ]);
    for (const entry of alternates('organisatie/duo/index.html')) {
      assert.ok(existsSync(join(outDir, entry.split(' ')[1]!.slice(BASE.length))), entry);
    }
  });

  test('the footer links the feeds and every export, under the base path', () => {
    const footer = parseHtml(read('gebeurtenis/middagbericht/index.html')).querySelector('footer')!;
    const hrefs = footer.querySelectorAll('a').map((link) => link.getAttribute('href')!);
    for (const file of ['rss.xml', 'feed.json', 'timeline.json', 'events.csv', 'events.ics', 'draden/']) {
      assert.ok(hrefs.includes(`${BASE}${file}`), file);
      assert.ok(existsSync(join(outDir, file)), file);
    }
  });
});

describe('iCalendar', () => {
  const calendar = () => new ICAL.Component(ICAL.parse(read('events.ics')));

  test('parses with ical.js: one VEVENT per event with a day or a time, none for month- or year-only events', () => {
    const vevents = calendar()
      .getAllSubcomponents('vevent')
      .map((vevent) => new ICAL.Event(vevent));
    const expected = events.filter(
      (event) => event.frontmatter.date.precision === 'day' || event.frontmatter.date.precision === 'time',
    );
    assert.deepEqual(
      vevents.map((vevent) => vevent.uid).sort(),
      expected.map((event) => `${event.id}@tijdlijn.example.org`).sort(),
    );
    for (const vevent of vevents) {
      const event = byId(vevent.uid.split('@')[0]!);
      assert.equal(vevent.summary, event.frontmatter.title);
      assert.equal(vevent.component.getFirstPropertyValue('url'), pageUrl(event.id));
      if (event.frontmatter.date.precision === 'day') {
        assert.equal(vevent.startDate.isDate, true, `${event.id} is all-day`);
        assert.equal(vevent.startDate.toString(), event.frontmatter.date.written);
      } else {
        assert.equal(vevent.startDate.isDate, false);
        assert.equal(vevent.startDate.zone, ICAL.Timezone.utcTimezone, `${event.id} is in UTC`);
        assert.equal(vevent.startDate.toJSDate().getTime(), event.frontmatter.date.epoch);
      }
    }
  });

  test('day, period and time come out exactly, in UTC for times', () => {
    const text = read('events.ics').replace(/\r\n[ \t]/g, '');
    const block = (id: string) => new RegExp(`BEGIN:VEVENT\\r\\nUID:${id}@[^]*?END:VEVENT`).exec(text)?.[0] ?? '';
    assert.match(
      block('tweede-kamer-stopt-thuiswerken'),
      /\r\nDTSTART;VALUE=DATE:20200117\r\nDTEND;VALUE=DATE:20200118\r\n/,
    );
    assert.match(
      block('duo-sluit-citrix-tot-maandag'),
      /\r\nDTSTART;VALUE=DATE:20200117\r\nDTEND;VALUE=DATE:20200121\r\n/,
    );
    assert.match(block('nachtelijk-bericht'), /\r\nDTSTART:20200116T233000Z\r\n/);
    assert.match(block('middagbericht'), /\r\nDTSTART:20200117T133000Z\r\nDTEND:20200117T150000Z\r\n/);
    assert.equal(block('grote-gemeenten-sluiten-externe-toegang'), '');
    assert.match(text, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  });
});

describe('CSV', () => {
  const csv = () => read('events.csv');

  test('round-trips through a CSV parser: one row per event, every field as it was', () => {
    const rows = parseCsv(csv(), { bom: true, columns: true }) as Record<string, string>[];
    assert.deepEqual(rows.map((row) => row['id']).sort(), ids());
    for (const row of rows) {
      const { frontmatter } = byId(row['id']!);
      assert.equal(row['title'], frontmatter.title);
      assert.equal(row['summary'], frontmatter.summary);
      assert.equal(row['precision'], frontmatter.date.precision);
      assert.equal(row['url'], pageUrl(row['id']!));
      assert.equal(row['sources'], frontmatter.sources.flatMap((source) => source.url ?? []).join(' '));
      assert.equal(row['organisations']!.split('; ').filter(Boolean).length, frontmatter.organisations.length);
    }
    const row = (id: string) => rows.find((entry) => entry['id'] === id)!;
    assert.deepEqual(
      [
        'nachtelijk-bericht',
        'middagbericht',
        'duo-sluit-citrix-tot-maandag',
        'grote-gemeenten-sluiten-externe-toegang',
        'ergens-in-2019',
      ].map((id) => [row(id)['date'], row(id)['end']]),
      [
        ['2020-01-17T00:30+01:00', ''],
        ['2020-01-17T14:30+01:00', '2020-01-17T16:00+01:00'],
        ['2020-01-17', '2020-01-20'],
        ['2020-01', ''],
        ['2019', ''],
      ],
    );
    assert.equal(
      row('nachtelijk-bericht')['organisations'],
      'Nationaal Cyber Security Centrum; Dienst Uitvoering Onderwijs',
    );
    assert.equal(row('nachtelijk-bericht')['sources'], 'https://nos.nl/artikel/1?a=1&b=2');
    // Written back with the same settings, the parsed rows give the same bytes.
    const records = parseCsv(csv(), { bom: true }) as string[][];
    assert.equal(stringify(records, { bom: true, record_delimiter: 'windows' }), csv());
  });

  test('is UTF-8 with a byte-order mark, CRLF line ends and the documented header', () => {
    assert.ok(csv().startsWith('\uFEFFid,date,precision,end,title,summary,organisations,tags,sources,url\r\n'));
  });
});

describe('timeline.json for TimelineJS', () => {
  interface Slide {
    unique_id: string;
    start_date: Record<string, number | string>;
    end_date?: Record<string, number | string>;
    display_date?: string;
    media?: { credit?: string };
  }
  const document = () => JSON.parse(read('timeline.json')) as { title: unknown; events: Slide[] };

  test('one slide per event, dates only as precise as known, display_date for month and year', () => {
    const slides = document().events;
    assert.deepEqual(slides.map((slide) => slide.unique_id).sort(), ids());
    const slide = (id: string) => slides.find((entry) => entry.unique_id === id)!;
    assert.deepEqual(slide('nachtelijk-bericht').start_date, { year: 2020, month: 1, day: 17, hour: 0, minute: 30 });
    assert.deepEqual(slide('duo-sluit-citrix-tot-maandag').start_date, { year: 2020, month: 1, day: 17 });
    assert.deepEqual(slide('duo-sluit-citrix-tot-maandag').end_date, { year: 2020, month: 1, day: 20 });
    assert.deepEqual(slide('grote-gemeenten-sluiten-externe-toegang').start_date, {
      year: 2020,
      month: 1,
      display_date: 'januari 2020',
    });
    assert.equal(slide('grote-gemeenten-sluiten-externe-toegang').display_date, 'januari 2020');
    assert.deepEqual(slide('ergens-in-2019').start_date, { year: 2019, display_date: '2019' });
    assert.equal(slide('duo-sluit-citrix-tot-maandag').display_date, undefined);
    assert.match(
      slide('citrix-publiceert-beveiligingsadvies').media!.credit!,
      /<a href="https:\/\/support\.citrix\.com\/article\/CTX267027">/,
    );
    assert.ok(document().title);
  });
});

describe('sharing and discovery', () => {
  test('every page has a canonical URL with the base path and Open Graph and Twitter card metadata', () => {
    for (const file of listFiles(outDir).filter(
      (name) => name.endsWith('.html') && name !== '404.html' && !name.startsWith('embed/'),
    )) {
      const html = parseHtml(read(file));
      const meta = (key: string) =>
        html.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
      const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute('href');
      const path = file === 'index.html' ? '' : file.replace(/index\.html$/, '');
      assert.equal(canonical, `${SITE}${BASE}${path}`, file);
      assert.equal(meta('og:url'), canonical, file);
      assert.equal(meta('og:site_name'), 'Het Citrix-lek in Nederland', file);
      assert.equal(meta('og:locale'), 'nl_NL', file);
      assert.ok(meta('og:title') && meta('og:description'), file);
      assert.equal(meta('og:type'), file.startsWith('gebeurtenis/') ? 'article' : 'website', file);
      assert.equal(meta('twitter:card'), 'summary', file);
    }
  });

  test('event pages carry JSON-LD: a NewsArticle about the organisations, at the time it happened, citing its sources', () => {
    for (const event of events) {
      const html = parseHtml(read(`gebeurtenis/${event.id}/index.html`));
      const scripts = html.querySelectorAll('script[type="application/ld+json"]');
      assert.equal(scripts.length, 1, event.id);
      const data = JSON.parse(scripts[0]!.text) as Record<string, unknown>;
      assert.equal(data['@context'], 'https://schema.org');
      assert.equal(data['@type'], 'NewsArticle');
      assert.equal(data['url'], pageUrl(event.id));
      assert.equal(data['headline'], event.frontmatter.title);
      assert.equal(data['contentReferenceTime'], html.querySelector('.event-date time')!.getAttribute('datetime'));
      assert.equal((data['about'] as unknown[]).length, event.frontmatter.organisations.length);
      assert.equal((data['citation'] as unknown[]).length, event.frontmatter.sources.length);
    }
    const night = JSON.parse(
      parseHtml(read('gebeurtenis/nachtelijk-bericht/index.html')).querySelector('script[type="application/ld+json"]')!
        .text,
    ) as Record<string, unknown>;
    assert.equal(night['contentReferenceTime'], '2020-01-17T00:30+01:00');
    // "<b>" in the summary cannot open or close an element inside the script.
    const script = parseHtml(read('gebeurtenis/nachtelijk-bericht/index.html')).querySelector(
      'script[type="application/ld+json"]',
    )!.text;
    assert.ok(script.includes('als \\u003cb>.') && !script.includes('<'));
    assert.equal(night['description'], byId('nachtelijk-bericht').frontmatter.summary);
  });

  test('the sitemap lists every page once with absolute URLs under the base path; robots.txt points to it', () => {
    assert.match(read('sitemap-index.xml'), new RegExp(`<loc>${SITE}${BASE}sitemap-0\\.xml</loc>`));
    const locations = [...read('sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    assert.equal(new Set(locations).size, locations.length);
    for (const id of ids()) assert.ok(locations.includes(pageUrl(id)), id);
    for (const path of ['', 'draden/', 'draad/hackpogingen/', 'organisatie/duo/'])
      assert.ok(locations.includes(`${SITE}${BASE}${path}`), path);
    assert.ok(!locations.some((url) => /404|\/embed\//.test(url)));
    assert.ok(!locations.some((url) => url.includes('nog-een-concept')));
    assert.equal(read('robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${SITE}${BASE}sitemap-index.xml\n`);
  });
});

describe('the build machine time zone', () => {
  test('feeds, exports, sitemap and robots.txt are byte-identical when built in UTC and in Auckland', () => {
    const files = listFiles(outDir).filter(
      (name) => /\.(xml|json|csv|ics|txt)$/.test(name) && !name.startsWith('pagefind/'),
    );
    assert.ok(files.length > 8, files.join(', '));
    for (const file of files) assert.equal(readFileSync(join(utcOutDir, file), 'utf8'), read(file), file);
  });
});
