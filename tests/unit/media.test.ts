/** Reading video and audio addresses: the player to load, the origin the page's policy allows, or what is wrong. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mediaFieldFor, mediaPolicy, playable, readMediaAddress } from '../../src/lib/media.ts';

test('every way of writing a YouTube address plays the same video from youtube-nocookie.com', () => {
  for (const url of [
    'https://www.youtube.com/watch?v=M7lc1UVf-VE&t=42',
    'https://youtu.be/M7lc1UVf-VE',
    'https://m.youtube.com/watch?v=M7lc1UVf-VE',
    'https://www.youtube.com/embed/M7lc1UVf-VE',
    'https://www.youtube.com/shorts/M7lc1UVf-VE',
    'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE',
  ]) {
    const media = playable({ url }, 'video');
    assert.equal(media?.url, 'https://www.youtube.com/watch?v=M7lc1UVf-VE', url);
    assert.equal(media?.player, 'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&rel=0', url);
    assert.equal(media?.origin, 'https://www.youtube-nocookie.com');
  }
});

test('Vimeo plays from player.vimeo.com with dnt=1, keeping the hash of an unlisted video', () => {
  assert.equal(
    playable({ url: 'https://vimeo.com/76979871' }, 'video')?.player,
    'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1',
  );
  const unlisted = playable({ url: 'https://vimeo.com/76979871/abcdef1234' }, 'video');
  assert.equal(unlisted?.url, 'https://vimeo.com/76979871/abcdef1234');
  assert.equal(unlisted?.player, 'https://player.vimeo.com/video/76979871?dnt=1&autoplay=1&h=abcdef1234');
});

test('files play from their own origin, with their MIME type', () => {
  const audio = playable({ url: 'https://media.example.org/a/interview.MP3' }, 'audio');
  assert.deepEqual(
    [audio?.kind, audio?.mimeType, audio?.origin, audio?.directive],
    ['file', 'audio/mpeg', 'https://media.example.org', 'media-src'],
  );
  assert.equal(playable({ url: 'https://cdn.example.org/clip.webm' }, 'video')?.mimeType, 'video/webm');
});

test('what cannot be played says why and what to write instead', () => {
  const problem = (url: string, field: 'video' | 'audio') => {
    const reading = readMediaAddress(url, field);
    assert.ok(!reading.ok, url);
    return `${reading.message} — ${reading.hint}`;
  };
  assert.match(
    problem('http://youtu.be/M7lc1UVf-VE', 'video'),
    /not an https address — .*https:\/\/youtu\.be\/M7lc1UVf-VE$/,
  );
  assert.match(problem('https://youtu.be/short', 'video'), /no YouTube video id/);
  assert.match(problem('https://vimeo.com/channels/staff', 'video'), /no Vimeo video number/);
  assert.match(problem('https://www.dailymotion.com/video/x7', 'video'), /neither YouTube nor Vimeo/);
  assert.match(problem('https://example.org/talk.mp3', 'video'), /is an audio file — write it as audio:/);
  assert.match(problem('https://example.org/clip.mp4', 'audio'), /is a video file — write it as video:/);
  assert.match(problem('not an address', 'audio'), /is not a web address/);
});

test("a page's policy lists each directive once, with only its media's origins", () => {
  const media = [
    playable({ url: 'https://youtu.be/M7lc1UVf-VE' }, 'video')!,
    playable({ url: 'https://media.example.org/a.mp3' }, 'audio')!,
  ];
  assert.deepEqual(mediaPolicy(media), [
    'frame-src https://www.youtube-nocookie.com',
    'media-src https://media.example.org',
  ]);
  assert.deepEqual(mediaPolicy([]), []);
});

test('the importer knows which media addresses become video or audio fields', () => {
  assert.equal(mediaFieldFor('http://www.youtube.com/watch?v=M7lc1UVf-VE'), 'video');
  assert.equal(mediaFieldFor('https://example.org/a.ogg'), 'audio');
  assert.equal(mediaFieldFor('https://example.org/photo.jpg'), undefined);
});
