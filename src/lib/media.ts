/**
 * Video and audio an event points to: a YouTube or Vimeo video, or a plain
 * https address of a video or audio file. One place reads an address into
 * what the site needs of it: the player to load when the reader presses
 * play (YouTube's privacy-enhanced youtube-nocookie.com, Vimeo with dnt=1),
 * the origin the page's Content-Security-Policy must allow for it, and the
 * address readers and feeds link to. Nothing here fetches anything.
 */

export type MediaField = 'video' | 'audio';
export type MediaKind = 'youtube' | 'vimeo' | 'file';

export interface PlayableMedia {
  kind: MediaKind;
  /** `video` or `audio`: a YouTube or Vimeo address is always video. */
  type: MediaField;
  /** The address to link to (and to write back in exports): the watch page or the file. */
  url: string;
  /** What the player loads: the embed address for YouTube/Vimeo (in an iframe), the file for <video>/<audio>. */
  player: string;
  /** The origin the Content-Security-Policy must allow: in frame-src for an embed, media-src for a file. */
  origin: string;
  /** `frame-src` or `media-src`. */
  directive: 'frame-src' | 'media-src';
  /** The file's MIME type, for <source type> and feed enclosures. */
  mimeType?: string | undefined;
}

export const YOUTUBE_PLAYER = 'https://www.youtube-nocookie.com';
export const VIMEO_PLAYER = 'https://player.vimeo.com';

/** File extensions a browser plays, by field, with their MIME types. */
export const MEDIA_FILE_TYPES: Record<MediaField, Record<string, string>> = {
  video: { mp4: 'video/mp4', m4v: 'video/mp4', webm: 'video/webm', ogv: 'video/ogg' },
  audio: {
    mp3: 'audio/mpeg',
    m4a: 'audio/mp4',
    aac: 'audio/aac',
    ogg: 'audio/ogg',
    oga: 'audio/ogg',
    opus: 'audio/ogg',
    wav: 'audio/wav',
    flac: 'audio/flac',
    weba: 'audio/webm',
  },
};

const YOUTUBE_HOSTS = new Set([
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'youtu.be',
  'youtube-nocookie.com',
  'www.youtube-nocookie.com',
]);
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com']);
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{6,12}$/;

/** Why an address cannot be played, and what to write instead. */
export interface MediaProblem {
  message: string;
  hint: string;
}

export type MediaReading = { ok: true; media: PlayableMedia } | ({ ok: false } & MediaProblem);

const extensionOf = (url: URL) => /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1]?.toLowerCase() ?? '';

function examples(field: MediaField): string {
  return field === 'video'
    ? 'e.g. url: https://www.youtube.com/watch?v=M7lc1UVf-VE, https://vimeo.com/76979871 or https://example.org/clip.mp4'
    : 'e.g. url: https://example.org/interview.mp3';
}

function youtubeId(url: URL): string | undefined {
  if (url.hostname === 'youtu.be') return url.pathname.slice(1).split('/')[0];
  if (url.pathname === '/watch') return url.searchParams.get('v') ?? undefined;
  const match = /^\/(?:embed|shorts|live|v)\/([^/]+)/.exec(url.pathname);
  return match?.[1];
}

function vimeoId(url: URL): string | undefined {
  const parts = url.pathname.split('/').filter(Boolean);
  if (url.hostname === 'player.vimeo.com') return parts[0] === 'video' ? parts[1] : undefined;
  // vimeo.com/76979871, vimeo.com/channels/staffpicks/76979871, vimeo.com/76979871/abcdef (unlisted hash)
  return parts.find((part) => /^\d+$/.test(part));
}

/** Reads an address written in an event's `video:` or `audio:` field. */
export function readMediaAddress(address: string, field: MediaField): MediaReading {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return {
      ok: false,
      message: `"${address}" is not a web address`,
      hint: `write the full address starting with https://, ${examples(field)}`,
    };
  }
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      message: `"${address}" is not an https address`,
      hint:
        url.protocol === 'http:'
          ? `write it with https:// (readers' browsers refuse plain http media on an https page): https://${address.replace(/^http:\/\//i, '')}`
          : `write an https:// address, ${examples(field)}`,
    };
  }
  if (YOUTUBE_HOSTS.has(host) || VIMEO_HOSTS.has(host)) {
    const youtube = YOUTUBE_HOSTS.has(host);
    if (field === 'audio')
      return {
        ok: false,
        message: `"${address}" is a ${youtube ? 'YouTube' : 'Vimeo'} video`,
        hint: `write it as video: { url: ${address} } instead of audio:`,
      };
    const id = youtube ? youtubeId(url) : vimeoId(url);
    if (!id || !(youtube ? YOUTUBE_ID : VIMEO_ID).test(id)) {
      return {
        ok: false,
        message: `"${address}" has no ${youtube ? 'YouTube video id (11 letters, digits, - or _)' : 'Vimeo video number'} where one belongs`,
        hint: youtube
          ? "copy the address from the video's Share button, e.g. https://www.youtube.com/watch?v=M7lc1UVf-VE or https://youtu.be/M7lc1UVf-VE"
          : 'copy the address of the video page, e.g. https://vimeo.com/76979871',
      };
    }
    if (youtube)
      return {
        ok: true,
        media: {
          kind: 'youtube',
          type: 'video',
          url: `https://www.youtube.com/watch?v=${id}`,
          player: `${YOUTUBE_PLAYER}/embed/${id}?autoplay=1&rel=0`,
          origin: YOUTUBE_PLAYER,
          directive: 'frame-src',
        },
      };
    const hash =
      url.hostname === 'player.vimeo.com'
        ? url.searchParams.get('h')
        : url.pathname
            .split('/')
            .filter(Boolean)
            .find((part, index, parts) => index > 0 && /^\d+$/.test(parts[index - 1]!) && /^[0-9a-f]{6,}$/i.test(part));
    return {
      ok: true,
      media: {
        kind: 'vimeo',
        type: 'video',
        url: `https://vimeo.com/${id}${hash ? `/${hash}` : ''}`,
        player: `${VIMEO_PLAYER}/video/${id}?dnt=1&autoplay=1${hash ? `&h=${hash}` : ''}`,
        origin: VIMEO_PLAYER,
        directive: 'frame-src',
      },
    };
  }
  const extension = extensionOf(url);
  const mimeType = MEDIA_FILE_TYPES[field][extension];
  if (mimeType)
    return {
      ok: true,
      media: {
        kind: 'file',
        type: field,
        url: url.href,
        player: url.href,
        origin: url.origin,
        directive: 'media-src',
        mimeType,
      },
    };
  const other: MediaField = field === 'video' ? 'audio' : 'video';
  if (MEDIA_FILE_TYPES[other][extension])
    return {
      ok: false,
      message: `"${address}" is ${other === 'audio' ? 'an audio' : 'a video'} file`,
      hint: `write it as ${other}: { url: ${address} } instead of ${field}:`,
    };
  const known = Object.keys(MEDIA_FILE_TYPES[field]).join(', ');
  return {
    ok: false,
    message: `"${address}" is on ${host}, which is ${field === 'video' ? 'neither YouTube nor Vimeo' : 'not a known player'}, and is not ${field === 'audio' ? 'an audio' : 'a video'} file the browser can play (${known})`,
    hint: `${field === 'video' ? 'link a YouTube or Vimeo video, or ' : ''}write the address of the file itself, ending in .${Object.keys(MEDIA_FILE_TYPES[field])[0]}; ${examples(field)}`,
  };
}

/** Whether an address is one the site plays as video or audio (for the importer: which media become fields). */
export function mediaFieldFor(address: string): MediaField | undefined {
  if (readMediaAddress(address.replace(/^http:\/\//i, 'https://'), 'video').ok) return 'video';
  if (readMediaAddress(address.replace(/^http:\/\//i, 'https://'), 'audio').ok) return 'audio';
  return undefined;
}

/** An event's video or audio as written (src/domain.ts EventMediaFields), read for the page; undefined when it cannot be played. */
export function playable(fields: { url: string } | undefined, field: MediaField): PlayableMedia | undefined {
  if (!fields) return undefined;
  const reading = readMediaAddress(fields.url, field);
  return reading.ok ? reading.media : undefined;
}

/** The page's extra Content-Security-Policy directives for its media: one per directive, only the origins it plays from. */
export function mediaPolicy(media: readonly PlayableMedia[]): `${PlayableMedia['directive']} ${string}`[] {
  const byDirective = new Map<PlayableMedia['directive'], Set<string>>();
  for (const item of media) {
    const set = byDirective.get(item.directive) ?? new Set<string>();
    set.add(item.origin);
    byDirective.set(item.directive, set);
  }
  return [...byDirective].map(([directive, origins]) => `${directive} ${[...origins].join(' ')}` as const);
}

/** An event's video and audio, each read for feeds, exports and structured data (only what can be played). */
export function eventMedia(event: {
  title: string;
  video?:
    { url: string; title?: string | undefined; caption?: string | undefined; credit?: string | undefined } | undefined;
  audio?:
    { url: string; title?: string | undefined; caption?: string | undefined; credit?: string | undefined } | undefined;
}): (PlayableMedia & { title: string; caption?: string | undefined; credit?: string | undefined })[] {
  return (['video', 'audio'] as const).flatMap((field) => {
    const fields = event[field];
    const media = playable(fields, field);
    return fields && media
      ? [{ ...media, title: fields.title ?? event.title, caption: fields.caption, credit: fields.credit }]
      : [];
  });
}
