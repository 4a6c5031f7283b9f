/**
 * `npm run check` on bad video and audio fields: one line per problem,
 * naming the file, the line, the field, what is wrong and what to write
 * instead. Run on a copy of the media fixture with events added.
 */
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, tempDir } from '../support/build.ts';
import { runCheck } from '../import/support.ts';

const event = (media: string) =>
  `---\ntitle: A bad recording\ndate: 2020-01-20\nsummary: Its media field is wrong.\n${media}\nsources:\n  - { title: Note, date: 2020-01-20, language: en }\n---\n`;

test('each bad video or audio field is one line with what to write instead', () => {
  const content = join(tempDir('tijdlijn-media-check-'), 'content');
  cpSync(join(ROOT, 'tests/fixtures/media'), content, { recursive: true });
  const cases: Record<string, string> = {
    'not-https': 'video:\n  url: http://www.youtube.com/watch?v=M7lc1UVf-VE',
    'bad-id': 'video:\n  url: https://youtu.be/abc',
    'unknown-host': 'video:\n  url: https://www.dailymotion.com/video/x7tgad0',
    'youtube-as-audio': 'audio:\n  url: https://www.youtube.com/watch?v=M7lc1UVf-VE',
    'misspelt-field': 'video:\n  url: https://vimeo.com/76979871\n  titel: The film',
  };
  for (const [id, media] of Object.entries(cases)) writeFileSync(join(content, `events/${id}.md`), event(media));
  const check = runCheck(content);
  assert.equal(check.status, 1);
  const lineFor = (id: string) => {
    const lines = check.lines.filter((line) => line.includes(`events/${id}.md:`));
    assert.equal(lines.length, 1, `${id}:\n${check.lines.join('\n')}`);
    return lines[0]!;
  };
  assert.match(
    lineFor('not-https'),
    /not-https\.md:6: video\.url: "http:\/\/www\.youtube\.com\/watch\?v=M7lc1UVf-VE" is not an https address — write it with https:\/\/ .*: https:\/\/www\.youtube\.com\/watch\?v=M7lc1UVf-VE$/,
  );
  assert.match(
    lineFor('bad-id'),
    /bad-id\.md:6: video\.url: "https:\/\/youtu\.be\/abc" has no YouTube video id .* — copy the address from the video's Share button, e\.g\. https:\/\/www\.youtube\.com\/watch\?v=/,
  );
  assert.match(
    lineFor('unknown-host'),
    /unknown-host\.md:6: video\.url: .* is on www\.dailymotion\.com, which is neither YouTube nor Vimeo, .* — link a YouTube or Vimeo video, or write the address of the file itself/,
  );
  assert.match(
    lineFor('youtube-as-audio'),
    /audio\.url: .* is a YouTube video — write it as video: \{ url: https:\/\/www\.youtube\.com\/watch\?v=M7lc1UVf-VE \} instead of audio:$/,
  );
  assert.match(
    lineFor('misspelt-field'),
    /misspelt-field\.md:7: video\.titel: unknown field "titel" — did you mean "title"\? The fields here are: url, title, caption, credit$/,
  );
});
