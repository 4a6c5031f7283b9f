/**
 * Video and audio beyond the event page, from the built media fixture: the
 * TimelineJS export writes them as each slide's `media`, and importing that
 * timeline.json gives the same video and audio fields back (the round trip
 * keeps media); the feeds carry them (an RSS enclosure and Media RSS, JSON
 * Feed attachments) and the page's JSON-LD describes them as VideoObject
 * and AudioObject.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { HtmlValidate } from 'html-validate';
import Parser from 'rss-parser';
import { parse as parseYaml } from 'yaml';
import { ROOT, buildOrThrow, readPage, tempDir } from '../support/build.ts';
import { runCheck, runImport } from '../import/support.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/media');
let outDir: string;

before(() => {
  outDir = buildOrThrow({ content: FIXTURE });
});

/** The frontmatter of an event file. */
const frontmatter = (file: string) =>
  parseYaml(readFileSync(file, 'utf8').split('---\n')[1]!) as Record<string, unknown>;

describe('timeline.json', () => {
  test('each slide with video or audio has it as media, with caption and credit', () => {
    const document = JSON.parse(readFileSync(join(outDir, 'timeline.json'), 'utf8'));
    const media = Object.fromEntries(
      document.events.map((slide: { unique_id: string; media: unknown }) => [slide.unique_id, slide.media]),
    );
    assert.deepEqual(media['press-conference'], {
      url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
      caption: 'The mayor and the head of IT answer questions.',
      credit: 'Video: City Council, CC BY 4.0',
    });
    // The event's image (the video's poster on the page) is the slide's thumbnail: the site's shared JPEG.
    const { thumbnail, ...vimeo } = media['vimeo-explainer'] as { thumbnail: string };
    assert.deepEqual(vimeo, { url: 'https://vimeo.com/76979871', credit: 'Video: Example Films' });
    assert.match(thumbnail, /^https:\/\/timeline\.example\.org\/_astro\/explainer-still\.[\w-]+\.jpg$/);
    assert.deepEqual(media['university-interview'], {
      url: 'https://media.example.org/interview.mp3',
      caption: 'An interview of six minutes.',
      credit: 'Audio: Campus Radio',
    });
  });

  test('the round trip: importing the export gives the same video and audio fields, and the result passes the check', () => {
    const content = join(tempDir('tijdlijn-media-roundtrip-'), 'content');
    const run = runImport(join(outDir, 'timeline.json'), content);
    assert.equal(run.status, 0, run.lines.join('\n'));
    for (const [id, field] of [
      ['press-conference', 'video'],
      ['vimeo-explainer', 'video'],
      ['university-interview', 'audio'],
    ] as const) {
      const original = frontmatter(join(FIXTURE, `events/${id}.md`))[field] as Record<string, string>;
      const imported = frontmatter(join(content, `events/${id}.md`))[field];
      // The title on the play button is the site's own: TimelineJS media has none.
      const { title: _title, ...carried } = original;
      void _title;
      assert.deepEqual(imported, carried, id);
    }
    const check = runCheck(content);
    assert.equal(check.status, 0, check.lines.join('\n'));
  });
});

describe('feeds and structured data', () => {
  test('RSS: the audio file as an enclosure and Media RSS content; the YouTube video as a Media RSS player', async () => {
    const xml = readFileSync(join(outDir, 'rss.xml'), 'utf8');
    const feed = await new Parser({
      customFields: { item: [['media:content', 'media', { keepArray: true }]] },
    }).parseString(xml);
    const item = (title: string) => feed.items.find((entry) => entry.title === title)!;
    assert.deepEqual(
      { ...item('University explains the shutdown').enclosure },
      {
        url: 'https://media.example.org/interview.mp3',
        length: '0',
        type: 'audio/mpeg',
      },
    );
    assert.match(
      xml,
      /<media:content url="https:\/\/www\.youtube\.com\/watch\?v=M7lc1UVf-VE" medium="video"><media:player url="https:\/\/www\.youtube-nocookie\.com\/embed\/M7lc1UVf-VE\?autoplay=1&amp;rel=0"\/><media:title type="plain">The press conference<\/media:title><media:credit>Video: City Council, CC BY 4\.0<\/media:credit>/,
    );
    assert.equal(item('Advice published').enclosure, undefined);
  });

  test('JSON Feed: attachments with the file type, or text/html for a video page', () => {
    const feed = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8'));
    const item = (title: string) => feed.items.find((entry: { title: string }) => entry.title === title);
    assert.deepEqual(item('University explains the shutdown').attachments, [
      {
        url: 'https://media.example.org/interview.mp3',
        mime_type: 'audio/mpeg',
        title: 'University explains the shutdown',
      },
    ]);
    assert.deepEqual(item('Council holds a press conference').attachments, [
      { url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE', mime_type: 'text/html', title: 'The press conference' },
    ]);
    assert.equal(item('Advice published').attachments, undefined);
  });

  test('JSON-LD: a VideoObject with the embed address (no autoplay), an AudioObject with the file', () => {
    const jsonLd = (id: string) =>
      JSON.parse(
        parse(readPage(outDir, `gebeurtenis/${id}/index.html`)).querySelector('script[type="application/ld+json"]')!
          .textContent,
      );
    assert.deepEqual(jsonLd('press-conference').associatedMedia, [
      {
        '@type': 'VideoObject',
        name: 'The press conference',
        description: 'The mayor and the head of IT answer questions.',
        url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
        embedUrl: 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?rel=0',
        creditText: 'Video: City Council, CC BY 4.0',
      },
    ]);
    const [audio] = jsonLd('university-interview').associatedMedia;
    assert.equal(audio['@type'], 'AudioObject');
    assert.equal(audio.contentUrl, 'https://media.example.org/interview.mp3');
    assert.equal(audio.encodingFormat, 'audio/mpeg');
    assert.equal(jsonLd('advice-published').associatedMedia, undefined);
  });
});

test('the media pages are valid HTML (html-validate, recommended rules, as tests/audit/html.test.ts)', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
  for (const id of ['press-conference', 'vimeo-explainer', 'university-interview']) {
    const file = `gebeurtenis/${id}/index.html`;
    const report = await validator.validateString(readPage(outDir, file), file);
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${file}:${message.line}: ${message.ruleId}: ${message.message}`),
    );
    assert.deepEqual(messages, []);
  }
});
