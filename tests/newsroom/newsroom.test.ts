/**
 * Images and corrections on the built site, from a copy of the Citrix
 * fixture (tests/fixtures/citrix-nl/) with images the test makes itself: a 3 MB, 4000 by 3000 camera
 * photo on one event, a small PNG on another, and corrections on two. Built
 * once under a base path; read as HTML, as feeds and exports through their
 * readers, and in Chromium as a 360 pixel wide phone at 2x density.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import Parser from 'rss-parser';
import sharp from 'sharp';
import { checkContent } from '../../src/content/check.ts';
import { sortEvents } from '../../src/lib/timeline.ts';
import { axeViolations } from '../support/axe.ts';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow, CITRIX_FIXTURE, copyContent, listFiles, readPage } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';
import { writePhoto, writeSmallPng } from './photo.ts';

const BASE = '/tijdlijn/';
const SITE = 'https://tijdlijn.example.org';
const PHOTO_EVENT = 'hackpoging-gemeente-zutphen';
const PNG_EVENT = 'tweede-kamer-stopt-thuiswerken';
const pageUrl = (id: string) => `${SITE}${BASE}gebeurtenis/${id}/`;

const PHOTO = {
  alt: 'Het stadhuis van Zutphen aan de Markt, gezien vanaf de overkant',
  caption: 'Het stadhuis, waar de gemeentelijke systemen draaien.',
  credit: 'Foto: Tijdlijn-test, CC0 1.0',
};
const CORRECTIONS = [
  { date: '2020-01-21', note: 'De poging werd op woensdag 15 januari bekend, niet op dinsdag 14 januari.' },
  { date: '2020-01-22T09:15', note: 'De naam van de gemeente stond verkeerd gespeld in de samenvatting.' },
];
const KAMER_CORRECTION = {
  date: '2020-01-20',
  note: 'Het ging om Kamerleden en medewerkers, niet alleen om medewerkers.',
};

let outDir: string;
let photoBytes: number;
const read = (file: string) => readPage(outDir, file);
const html = (file: string) => parse(read(file));

/** Adds frontmatter lines just before an event file's closing "---". */
function addFields(content: string, id: string, lines: string[]): void {
  const file = join(content, 'events', `${id}.md`);
  const text = readFileSync(file, 'utf8');
  const closing = text.indexOf('\n---', 4);
  writeFileSync(file, `${text.slice(0, closing)}\n${lines.join('\n')}${text.slice(closing)}`);
}

before(async () => {
  const content = copyContent();
  photoBytes = await writePhoto(join(content, 'events', 'stadhuis-zutphen.jpg'));
  // In a folder inside the events folder, with the capitals a camera or phone might use.
  mkdirSync(join(content, 'events', 'beelden'));
  await writeSmallPng(join(content, 'events', 'beelden', 'Kamer.PNG'));
  addFields(content, PHOTO_EVENT, [
    'image:',
    '  src: ./stadhuis-zutphen.jpg',
    `  alt: ${PHOTO.alt}`,
    `  caption: ${PHOTO.caption}`,
    `  credit: "${PHOTO.credit}"`,
    'corrections:',
    ...CORRECTIONS.flatMap((correction) => [`  - date: ${correction.date}`, `    note: ${correction.note}`]),
  ]);
  addFields(content, PNG_EVENT, [
    'image:',
    '  src: ./beelden/Kamer.PNG',
    '  alt: ""',
    '  credit: Tijdlijn-test',
    'corrections:',
    `  - { date: ${KAMER_CORRECTION.date}, note: "${KAMER_CORRECTION.note}" }`,
  ]);
  outDir = buildOrThrow({ content, base: BASE });
});

describe('the Citrix fixture itself', () => {
  test('uses no image, so every image on the built site is one this test added', () => {
    const events = checkContent(CITRIX_FIXTURE).events;
    assert.ok(events.length >= 12);
    assert.deepEqual(
      events.filter((event) => event.frontmatter.image).map((event) => event.id),
      [],
    );
    const images = listFiles(CITRIX_FIXTURE).filter((file) =>
      /\.(jpe?g|png|webp|avif|gif|tiff?|heic|svg)$/i.test(file),
    );
    assert.deepEqual(images, []);
  });
});

describe('an image on the event page', () => {
  const page = () => html(`gebeurtenis/${PHOTO_EVENT}/index.html`);

  test('the test photo is a 3 MB camera image', () => {
    assert.ok(photoBytes > 2.5e6 && photoBytes < 4e6, `${photoBytes} bytes`);
  });

  test('is a <picture> with AVIF and WebP sources fitted to the text column, and an <img> with alt, width and height', () => {
    const figure = page().querySelector('article figure.event-image')!;
    const picture = figure.querySelector('picture')!;
    const sources = picture.querySelectorAll('source');
    assert.deepEqual(
      sources.map((source) => source.getAttribute('type')),
      ['image/avif', 'image/webp'],
    );
    for (const source of sources) {
      const widths = source
        .getAttribute('srcset')!
        .split(', ')
        .map((candidate) => Number(/ (\d+)w$/.exec(candidate)![1]));
      assert.deepEqual(widths, [360, 540, 720, 1080, 1408]);
      assert.equal(source.getAttribute('sizes'), '(min-width: 46rem) 44rem, calc(100vw - 2rem)');
    }
    const img = picture.querySelector('img')!;
    assert.equal(img.getAttribute('alt'), PHOTO.alt);
    assert.equal(img.getAttribute('width'), '704');
    assert.equal(img.getAttribute('height'), '528');
    assert.match(img.getAttribute('src')!, new RegExp(`^${BASE}_astro/.+\\.jpg$`), 'a JPEG fallback');
    assert.equal(img.getAttribute('loading'), 'eager', 'the first image on the page loads at once');
    assert.equal(img.getAttribute('fetchpriority'), 'high');
    // Every file the markup names was written, under the base path.
    for (const url of [
      img.getAttribute('src')!,
      ...[...sources, img].flatMap((element) =>
        element
          .getAttribute('srcset')!
          .split(', ')
          .map((candidate) => candidate.split(' ')[0]!),
      ),
    ]) {
      assert.ok(existsSync(join(outDir, url.slice(BASE.length))), url);
    }
  });

  test('has its caption and credit under it, and sits above the text', () => {
    const article = page().querySelector('article')!;
    const caption = article.querySelector('figure.event-image figcaption')!;
    assert.equal(caption.querySelector('.image-caption')!.text, PHOTO.caption);
    assert.equal(caption.querySelector('.image-credit')!.text, PHOTO.credit);
    assert.equal(caption.text.trim(), `${PHOTO.caption} ${PHOTO.credit}`);
    const order = article.childNodes
      .filter((node): node is HTMLElement => node instanceof Object && 'classList' in node)
      .map((element) => element.classList.value[0]);
    assert.ok(order.indexOf('event-image') < order.indexOf('event-body'), order.join(', '));
  });

  test('a decorative image has alt="" and a PNG fallback; no page publishes the 3 MB original', () => {
    const img = html(`gebeurtenis/${PNG_EVENT}/index.html`).querySelector('figure.event-image img')!;
    assert.equal(img.getAttribute('alt'), '');
    assert.match(img.getAttribute('src')!, /\.png$/);
    assert.deepEqual(
      img
        .getAttribute('srcset')!
        .split(', ')
        .map((candidate) => candidate.split(' ')[1]),
      ['360w', '540w', '640w'],
    );
    const large = listFiles(outDir).filter((file) => statSync(join(outDir, file)).size > 500_000);
    assert.deepEqual(large, []);
  });

  test("is the page's og:image: a JPEG of at most 1200 pixels at an absolute address, with its alt text", async () => {
    const head = page().querySelector('head')!;
    const meta = (key: string) =>
      head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    const url = meta('og:image')!;
    assert.match(url, new RegExp(`^${SITE}${BASE}_astro/.+\\.jpg$`));
    const file = join(outDir, url.slice(`${SITE}${BASE}`.length));
    const { width, height, format } = await sharp(file).metadata();
    assert.deepEqual([format, width, height], ['jpeg', 1200, 900]);
    assert.deepEqual(
      [meta('og:image:width'), meta('og:image:height'), meta('og:image:type'), meta('og:image:alt')],
      ['1200', '900', 'image/jpeg', PHOTO.alt],
    );
    assert.equal(meta('twitter:card'), 'summary_large_image');
    assert.equal(
      html('gebeurtenis/ncsc-adviseert-citrix-uit-te-schakelen/index.html').querySelector('meta[property="og:image"]'),
      null,
    );
  });
});

describe('thumbnails on the timeline', () => {
  test('a small WebP with a 2x version, width and height; only the first image on the page loads at once', () => {
    const home = html('index.html');
    const thumbs = home.querySelectorAll('main article.entry img');
    const ids = thumbs.map((img) => img.closest('article')!.id);
    // Timeline order: the Zutphen event (15 January) comes before the Kamer (17 January).
    assert.deepEqual(ids, [`e-${PHOTO_EVENT}`, `e-${PNG_EVENT}`]);
    assert.deepEqual(
      thumbs.map((img) => img.getAttribute('loading')),
      ['eager', 'lazy'],
    );
    for (const img of thumbs) {
      assert.equal(img.getAttribute('class'), 'entry-thumb');
      assert.equal(img.getAttribute('decoding'), 'async');
      assert.deepEqual([img.getAttribute('width'), img.getAttribute('height')], ['112', '84']);
      assert.match(img.getAttribute('srcset')!, /^\S+\.webp 1x, \S+\.webp 2x$/);
    }
    assert.equal(thumbs[0]!.getAttribute('alt'), PHOTO.alt);
    // An organisation page is a page of its own: its first image loads at once.
    assert.equal(
      html('organisatie/tweede-kamer/index.html').querySelector('img.entry-thumb')!.getAttribute('loading'),
      'eager',
    );
  });

  test('cost little HTML: at most 400 bytes an entry', () => {
    const entry = (id: string) => html('index.html').querySelector(`#e-${id}`)!;
    const withImage = entry(PHOTO_EVENT).querySelector('img')!.outerHTML.length;
    assert.ok(withImage - PHOTO.alt.length < 400, `${withImage} bytes`);
  });
});

describe('corrections', () => {
  const page = () => html(`gebeurtenis/${PHOTO_EVENT}/index.html`);

  test('the event page says plainly, above the text, that and when it was corrected, with every note', () => {
    const article = page().querySelector('article')!;
    const notice = article.querySelector('aside.corrections-notice')!;
    assert.equal(notice.querySelector('h2')!.text, 'Gecorrigeerd op woensdag 22 januari 2020, 09:15');
    const items = notice
      .querySelectorAll('li')
      .map((item) => [item.querySelector('time')!.getAttribute('datetime'), item.text]);
    assert.deepEqual(items, [
      ['2020-01-22T09:15+01:00', `woensdag 22 januari 2020, 09:15: ${CORRECTIONS[1]!.note}`],
      ['2020-01-21', `dinsdag 21 januari 2020: ${CORRECTIONS[0]!.note}`],
    ]);
    assert.equal(notice.querySelector('a')!.getAttribute('href'), `${BASE}correcties/`);
    assert.ok(
      read(`gebeurtenis/${PHOTO_EVENT}/index.html`).indexOf('corrections-notice') <
        read(`gebeurtenis/${PHOTO_EVENT}/index.html`).indexOf('class="event-body"'),
    );
    assert.equal(
      html('gebeurtenis/ncsc-adviseert-citrix-uit-te-schakelen/index.html').querySelector('.corrections-notice'),
      null,
    );
  });

  test('never move the event: the timeline keeps date order, and the event stays under its own day', () => {
    const home = html('index.html');
    const listed = home.querySelectorAll('main article.entry').map((entry) => entry.id.replace(/^e-/, ''));
    const content = checkContent(CITRIX_FIXTURE).events.filter((event) => !event.frontmatter.draft);
    assert.deepEqual(
      listed,
      sortEvents(content.map((event) => ({ id: event.id, date: event.frontmatter.date }))).map((event) => event.id),
    );
    assert.equal(
      home.querySelector(`#e-${PHOTO_EVENT}`)!.closest('section')!.querySelector('h3')!.text.trim(),
      'woensdag 15 januari 2020',
    );
  });

  test('/correcties/ lists every correction across the site, newest first, linked to its event; every footer links it', () => {
    const log = html('correcties/index.html');
    assert.equal(log.querySelector('h1')!.text, 'Correcties');
    const rows = log
      .querySelectorAll('ol.corrections-log > li')
      .map((item) => [
        item.querySelector('time')!.getAttribute('datetime'),
        item.querySelector('a')!.getAttribute('href'),
        item.querySelector('.corrections-log-note')!.text,
      ]);
    assert.deepEqual(rows, [
      ['2020-01-22T09:15+01:00', `${BASE}gebeurtenis/${PHOTO_EVENT}/`, CORRECTIONS[1]!.note],
      ['2020-01-21', `${BASE}gebeurtenis/${PHOTO_EVENT}/`, CORRECTIONS[0]!.note],
      ['2020-01-20', `${BASE}gebeurtenis/${PNG_EVENT}/`, KAMER_CORRECTION.note],
    ]);
    assert.ok(html('index.html').querySelector(`footer a[href="${BASE}correcties/"]`));
  });

  test('JSON-LD: dateModified is the latest correction, and the image is an ImageObject with its credit', () => {
    const data = JSON.parse(page().querySelector('script[type="application/ld+json"]')!.text) as Record<
      string,
      unknown
    >;
    assert.equal(data['dateModified'], '2020-01-22T09:15+01:00');
    assert.equal(data['contentReferenceTime'], '2020-01-15');
    const image = data['image'] as Record<string, unknown>;
    assert.equal(image['@type'], 'ImageObject');
    assert.equal(image['creditText'], PHOTO.credit);
    assert.equal(image['caption'], PHOTO.caption);
    assert.match(image['url'] as string, new RegExp(`^${SITE}${BASE}_astro/`));
    const plain = JSON.parse(
      html('gebeurtenis/ncsc-adviseert-citrix-uit-te-schakelen/index.html').querySelector(
        'script[type="application/ld+json"]',
      )!.text,
    ) as Record<string, unknown>;
    assert.equal('dateModified' in plain, false);
    assert.equal(
      page().querySelector('meta[property="article:modified_time"]')!.getAttribute('content'),
      '2020-01-22T09:15+01:00',
    );
  });

  test("the sitemap's lastmod of a corrected page is its latest correction; other pages have none", () => {
    const sitemap = read('sitemap-0.xml');
    const lastmod = (url: string) =>
      new RegExp(`<url><loc>${url}</loc>(?:<lastmod>([^<]+)</lastmod>)?`).exec(sitemap)?.[1];
    assert.equal(Date.parse(lastmod(pageUrl(PHOTO_EVENT))!), Date.parse('2020-01-22T09:15:00+01:00'));
    assert.equal(Date.parse(lastmod(pageUrl(PNG_EVENT))!), Date.parse('2020-01-20T00:00:00+01:00'));
    assert.equal(lastmod(pageUrl('ncsc-adviseert-citrix-uit-te-schakelen')), undefined);
    assert.equal(lastmod(`${SITE}${BASE}`), undefined);
  });
});

describe('feeds and exports', () => {
  interface FeedItem {
    url: string;
    image?: string;
    date_published: string;
    date_modified?: string;
    content_html: string;
    _tijdlijn: Record<string, unknown>;
  }
  const feedItem = (id: string) =>
    (JSON.parse(read('feed.json')) as { items: FeedItem[] }).items.find((item) => item.url === pageUrl(id))!;

  test('JSON Feed: the image, date_modified from the latest correction, the corrections and image details in _tijdlijn', () => {
    const item = feedItem(PHOTO_EVENT);
    assert.match(item.image!, new RegExp(`^${SITE}${BASE}_astro/.+\\.jpg$`));
    assert.ok(existsSync(join(outDir, item.image!.slice(`${SITE}${BASE}`.length))));
    assert.equal(item.date_published, '2020-01-15T00:00:00+01:00');
    assert.equal(item.date_modified, '2020-01-22T09:15:00+01:00');
    assert.deepEqual(item._tijdlijn['corrections'], [
      { date: '2020-01-22T09:15+01:00', note: CORRECTIONS[1]!.note },
      { date: '2020-01-21', note: CORRECTIONS[0]!.note },
    ]);
    assert.deepEqual(item._tijdlijn['image'], PHOTO);
    // The full text says it was corrected and shows the image with its credit.
    assert.match(item.content_html, /^<p><strong>Gecorrigeerd op woensdag 22 januari 2020, 09:15<\/strong><\/p>/);
    assert.ok(
      item.content_html.includes(
        `<figure><img src="${item.image}" alt="${PHOTO.alt}" width="1200" height="900"><figcaption>${PHOTO.caption} <small>${PHOTO.credit}</small></figcaption></figure>`,
      ),
    );
    const plain = feedItem('ncsc-adviseert-citrix-uit-te-schakelen');
    assert.equal('image' in plain || 'date_modified' in plain, false);
  });

  test('RSS: a Media RSS image with alt text and credit, and the figure in the full text', async () => {
    type Item = Parser.Item & {
      media?: { $: Record<string, string>; 'media:description'?: Array<{ _: string }>; 'media:credit'?: string[] };
      'content:encoded'?: string;
    };
    const parser = new Parser<Record<string, unknown>, Item>({ customFields: { item: [['media:content', 'media']] } });
    const feed = await parser.parseString(read('rss.xml'));
    const item = feed.items.find((entry) => entry.link === pageUrl(PHOTO_EVENT))!;
    assert.equal(item.media!.$['url'], feedItem(PHOTO_EVENT).image);
    assert.deepEqual(
      [item.media!.$['medium'], item.media!.$['type'], item.media!.$['width'], item.media!.$['height']],
      ['image', 'image/jpeg', '1200', '900'],
    );
    assert.equal(item.media!['media:description']![0]!._, PHOTO.alt);
    assert.equal(item.media!['media:credit']![0], PHOTO.credit);
    assert.match(item['content:encoded']!, /<figure><img src="[^"]+\.jpg" alt="[^"]+" width="1200" height="900">/);
    assert.equal(
      feed.items.find((entry) => entry.link === pageUrl('ncsc-adviseert-citrix-uit-te-schakelen'))!.media,
      undefined,
    );
  });

  test("TimelineJS: the image as the slide's media, with url, alt, caption and credit; the sources move into the text", () => {
    interface Slide {
      unique_id: string;
      text: { text: string };
      media: { url: string; alt?: string; caption?: string; credit?: string };
    }
    const slides = (JSON.parse(read('timeline.json')) as { events: Slide[] }).events;
    const slide = slides.find((entry) => entry.unique_id === PHOTO_EVENT)!;
    assert.deepEqual(slide.media, {
      url: feedItem(PHOTO_EVENT).image,
      alt: PHOTO.alt,
      caption: PHOTO.caption,
      credit: PHOTO.credit,
    });
    assert.match(slide.text.text, /<p>Bronnen: <cite>Groningse organisaties reageren verdeeld op Citrix-lek<\/cite>/);
    const plain = slides.find((entry) => entry.unique_id === 'ncsc-adviseert-citrix-uit-te-schakelen')!;
    assert.match(plain.media.url, /^<blockquote>/);
  });
});

/** The pages images and corrections change, for the validity and accessibility checks. */
const PAGES = [
  '',
  `gebeurtenis/${PHOTO_EVENT}/`,
  `gebeurtenis/${PNG_EVENT}/`,
  'organisatie/tweede-kamer/',
  'correcties/',
];

test('pages with images and corrections are valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
  const errors: string[] = [];
  for (const path of PAGES) {
    const report = await validator.validateString(read(`${path}index.html`), path || '/');
    for (const message of report.results.flatMap((result) => result.messages)) {
      // The home page's overview chart is not this test's business.
      if (message.selector?.startsWith('#inhoud > figure > ')) continue;
      errors.push(
        `${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message} [${message.selector}]`,
      );
    }
  }
  assert.deepEqual(errors, []);
});

describe('in Chromium, as a phone 360 pixels wide at 2x', () => {
  let site: StaticSite;
  let browser: Browser;
  before(async () => {
    site = await serveStatic(outDir, BASE);
    browser = await openBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the event page fetches well under 150 KB of image for the 3 MB photo, sharp enough for the screen, without layout shift', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const images: Array<{ url: string; type: string; bytes: number; width: number }> = [];
    const reading: Array<Promise<void>> = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'image') return;
      reading.push(
        response.body().then(async (body) => {
          images.push({
            url: response.url(),
            type: response.headers()['content-type'] ?? '',
            bytes: body.length,
            width: (await sharp(body).metadata()).width,
          });
        }),
      );
    });
    await page.goto(`${site.url}gebeurtenis/${PHOTO_EVENT}/`, { waitUntil: 'networkidle' });
    const shown = await page.evaluate(async () => {
      const img = document.querySelector<HTMLImageElement>('figure.event-image img')!;
      await img.decode();
      // Every shift so far (buffered), and any in the next two frames after the image is decoded and laid out.
      let total = 0;
      const add = (entries: PerformanceEntryList) => {
        for (const entry of entries as Array<PerformanceEntry & { value: number }>) total += entry.value;
      };
      const observer = new PerformanceObserver((list) => add(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      add(observer.takeRecords());
      observer.disconnect();
      const shifts = total;
      return { cssWidth: img.getBoundingClientRect().width, shifts };
    });
    await Promise.all(reading);
    const bytes = images.reduce((sum, image) => sum + image.bytes, 0);
    console.log(
      `# image bytes at 360 px, 2x: ${bytes} (${images.map((image) => `${image.type} ${image.bytes}`).join(', ')})`,
    );
    assert.deepEqual(
      images.map((image) => image.type),
      ['image/avif'],
    );
    assert.ok(bytes < 150_000, `${bytes} bytes of images`);
    assert.equal(shown.cssWidth, 328);
    assert.ok(images[0]!.width >= shown.cssWidth * 2, `${images[0]!.width} px for ${shown.cssWidth} CSS px at 2x`);
    assert.equal(shown.shifts, 0, 'layout shift');
    await page.close();
  });

  test('the credit is visible under the image', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    await page.goto(`${site.url}gebeurtenis/${PHOTO_EVENT}/`);
    const credit = page.locator('figure.event-image .image-credit');
    assert.ok(await credit.isVisible());
    assert.equal(await credit.textContent(), PHOTO.credit);
    const [image, caption] = await Promise.all([
      page.locator('figure.event-image img').boundingBox(),
      credit.boundingBox(),
    ]);
    assert.ok(caption!.y >= image!.y + image!.height, 'below the image');
    assert.ok(caption!.height >= 12, `${caption!.height} px high`);
    await page.close();
  });

  // Each page is loaded once, audited in the light colour scheme, then switched to the dark one and
  // audited again; the pages side by side. Both tests read the one audit, each its own scheme's report.
  type SchemeReports = Record<'light' | 'dark', string[]>;
  let audit: Promise<SchemeReports> | undefined;
  const auditPages = async (): Promise<SchemeReports> => {
    const context = await browser.newContext({
      bypassCSP: true,
      colorScheme: 'light',
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
    });
    const reports: SchemeReports = { light: [], dark: [] };
    try {
      await Promise.all(
        PAGES.map(async (path) => {
          const page = await context.newPage();
          await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
          for (const colorScheme of ['light', 'dark'] as const) {
            const violations = (await axeViolations(page, colorScheme)).map(
              (violation) =>
                `${violation.id}: ${violation.help} ${JSON.stringify(violation.nodes.slice(0, 3).map((node) => node.target))}`,
            );
            reports[colorScheme].push(...violations.map((violation) => `${path || '/'} ${violation}`));
          }
        }),
      );
    } finally {
      await context.close();
    }
    return reports;
  };

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`pages with images and corrections have no axe violations (${colorScheme})`, async () => {
      audit ??= auditPages();
      const reports = await audit;
      assert.deepEqual(reports[colorScheme], []);
    });
  }

  test('on the timeline only the first thumbnail loads before the reader scrolls', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'image') fetched.push(request.url());
    });
    await page.goto(site.url, { waitUntil: 'networkidle' });
    assert.equal(fetched.length, 1, fetched.join('\n'));
    assert.match(fetched[0]!, /\.webp$/);
    await page.locator(`#e-${PNG_EVENT} img`).scrollIntoViewIfNeeded();
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLImageElement>('img.entry-thumb')].every(
        (img) => img.complete && img.naturalWidth > 0,
      ),
    );
    assert.equal(fetched.length, 2);
    await page.close();
  });
});
