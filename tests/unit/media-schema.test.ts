/**
 * An event's `video:` and `audio:` fields (src/content/media-schema.ts): which
 * addresses each takes, and the line `npm run check` prints for each mistake
 * (through the checker, src/content/check.ts), saying what to write instead.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEventText } from '../../src/content/check.ts';
import { MEDIA_FIELDS, mediaSchema } from '../../src/content/media-schema.ts';
import { formatProblems, type Problem } from '../../src/content/problems.ts';
import type { SchemaContext } from '../../src/content/schema.ts';

const context: SchemaContext = {
  timeZone: 'UTC',
  organisationIds: new Set(),
  tagIds: new Set(),
  sectorIds: new Set(),
  language: 'en',
};

/** Checks an event file whose other fields are right, with `media` (YAML) on lines 7 and on. */
function check(media: string) {
  const problems: Problem[] = [];
  const text = [
    '---',
    'title: Strike',
    'date: 2021-03-08',
    'summary: The port stops.',
    'sources:',
    '  - { title: News, date: 2021-03-08, language: en }',
    media,
    '---',
    'The port stops.',
    '',
  ].join('\n');
  const event = checkEventText('content/events/strike.md', 'strike', text, context, problems);
  return { frontmatter: event?.frontmatter, lines: formatProblems(problems).split('\n').filter(Boolean) };
}
const at = 'content/events/strike.md:7:';
const VIDEO_EXAMPLE =
  'add a block like: video: { url: "https://www.youtube.com/watch?v=M7lc1UVf-VE", title: De persconferentie, credit: "Video: NOS" }';

describe('what video: and audio: take', () => {
  test('video: a YouTube or Vimeo address or a video file, with an optional title, caption and credit, trimmed', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=M7lc1UVf-VE',
      'https://youtu.be/M7lc1UVf-VE',
      'https://vimeo.com/76979871',
      'https://example.org/clip.mp4',
      'https://example.org/clip.webm',
    ]) {
      const { frontmatter, lines } = check(`video: { url: "${url}" }`);
      assert.deepEqual(lines, [], url);
      assert.deepEqual(frontmatter?.video, { url });
    }
    const { frontmatter } = check(
      'video: { url: " https://vimeo.com/76979871 ", title: " The press conference ", caption: Gate 4, credit: "Video: NOS" }',
    );
    assert.deepEqual(frontmatter?.video, {
      url: 'https://vimeo.com/76979871',
      title: 'The press conference',
      caption: 'Gate 4',
      credit: 'Video: NOS',
    });
  });

  test('audio: an audio file', () => {
    for (const url of ['https://example.org/interview.mp3', 'https://example.org/a.m4a', 'https://example.org/a.ogg']) {
      const { frontmatter, lines } = check(`audio: { url: "${url}" }`);
      assert.deepEqual(lines, [], url);
      assert.deepEqual(frontmatter?.audio, { url });
    }
  });

  test('an event without video or audio has neither', () => {
    const { frontmatter, lines } = check('draft: false');
    assert.deepEqual(lines, []);
    assert.equal(frontmatter?.video, undefined);
    assert.equal(frontmatter?.audio, undefined);
  });

  test('MEDIA_FIELDS, the table the messages and the web editor list, has the fields of the schema; only url is required', () => {
    for (const field of ['video', 'audio'] as const) {
      const shape = mediaSchema(field).unwrap().shape;
      assert.deepEqual(Object.keys(MEDIA_FIELDS), Object.keys(shape));
      for (const [name, { required }] of Object.entries(MEDIA_FIELDS)) {
        assert.equal(shape[name as keyof typeof shape].safeParse(undefined).success, !required, `${field}.${name}`);
      }
    }
  });
});

describe('what the checker says', () => {
  test('an address the field cannot play: what it is, and how to write it', () => {
    assert.deepEqual(check('video: { url: "https://example.org/interview.mp3" }').lines, [
      `${at} video.url: "https://example.org/interview.mp3" is an audio file — write it as audio: { url: https://example.org/interview.mp3 } instead of video:`,
    ]);
    assert.deepEqual(check('audio: { url: "https://youtu.be/M7lc1UVf-VE" }').lines, [
      `${at} audio.url: "https://youtu.be/M7lc1UVf-VE" is a YouTube video — write it as video: { url: https://youtu.be/M7lc1UVf-VE } instead of audio:`,
    ]);
    assert.deepEqual(check('video: { url: "http://example.org/clip.mp4" }').lines, [
      `${at} video.url: "http://example.org/clip.mp4" is not an https address — write it with https:// (readers' browsers refuse plain http media on an https page): https://example.org/clip.mp4`,
    ]);
    assert.deepEqual(check('video: { url: "youtube.com/watch?v=M7lc1UVf-VE" }').lines, [
      `${at} video.url: "youtube.com/watch?v=M7lc1UVf-VE" is not a web address — write the full address starting with https://, e.g. url: https://www.youtube.com/watch?v=M7lc1UVf-VE, https://vimeo.com/76979871 or https://example.org/clip.mp4`,
    ]);
    assert.deepEqual(check('video: { url: "https://www.youtube.com/watch?v=M7lc1UVf" }').lines, [
      `${at} video.url: "https://www.youtube.com/watch?v=M7lc1UVf" has no YouTube video id (11 letters, digits, - or _) where one belongs — copy the address from the video's Share button, e.g. https://www.youtube.com/watch?v=M7lc1UVf-VE or https://youtu.be/M7lc1UVf-VE`,
    ]);
    const [page] = check('audio: { url: "https://example.org/story" }').lines;
    assert.match(
      page!,
      /^content\/events\/strike\.md:7: audio\.url: "https:\/\/example\.org\/story" is on example\.org, which is not a known player, and is not an audio file the browser can play/,
    );
    assert.match(page!, /\(mp3, m4a, aac, ogg, oga, opus, wav, flac, weba\) — write the address of the file itself/);
  });

  test('no address, an empty one, or one that is not text: said so, with an example of the field', () => {
    assert.deepEqual(check('video: { title: The press conference }').lines, [
      `${at} video.url: is missing — ${VIDEO_EXAMPLE}`,
    ]);
    assert.deepEqual(check('video: { url: "  " }').lines, [`${at} video.url: is empty — ${VIDEO_EXAMPLE}`]);
    assert.deepEqual(check('video: { url: 3 }').lines, [
      `${at} video.url: must be a web address, not number 3 — ${VIDEO_EXAMPLE}`,
    ]);
  });

  test('video: written as an address or a list instead of a group of fields, or left empty', () => {
    assert.deepEqual(check('video: https://youtu.be/M7lc1UVf-VE').lines, [
      `${at} video: must be a group of fields (url, title, caption, credit), not text "https://youtu.be/M7lc1UVf-VE" — ${VIDEO_EXAMPLE}`,
    ]);
    assert.deepEqual(check('video: [https://youtu.be/M7lc1UVf-VE]').lines, [
      `${at} video: must be a group of fields (url, title, caption, credit), not a list — ${VIDEO_EXAMPLE}`,
    ]);
    assert.deepEqual(check('video:').lines, [`${at} video: is empty — ${VIDEO_EXAMPLE}`]);
  });

  test('an empty title or a caption that is not text, and a field it does not know, with the nearest one', () => {
    assert.deepEqual(check('video: { url: "https://example.org/clip.mp4", title: "" }').lines, [
      `${at} video.title: is empty — ${VIDEO_EXAMPLE}`,
    ]);
    assert.deepEqual(check('video: { url: "https://example.org/clip.mp4", caption: [Gate 4] }').lines, [
      `${at} video.caption: must be text, not a list — ${VIDEO_EXAMPLE}`,
    ]);
    assert.deepEqual(check('audio: { url: "https://example.org/a.mp3", credits: NOS }').lines, [
      `${at} audio.credits: unknown field "credits" — did you mean "credit"? The fields here are: url, title, caption, credit`,
    ]);
  });

  test('each problem with the address is one issue, at url, carrying its own hint', () => {
    const result = mediaSchema('video').safeParse({ url: 'https://example.org/interview.mp3' });
    assert.equal(result.success, false);
    assert.equal(result.error!.issues.length, 1);
    const [issue] = result.error!.issues;
    assert.deepEqual(issue!.path, ['url']);
    assert.equal(issue!.code, 'custom');
    assert.equal(
      (issue as { params?: { hint?: string } }).params?.hint,
      'write it as audio: { url: https://example.org/interview.mp3 } instead of video:',
    );
  });
});
