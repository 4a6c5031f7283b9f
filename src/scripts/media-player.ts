/**
 * Loads an event's player when the reader presses play, and not before:
 * the YouTube (youtube-nocookie.com) or Vimeo (dnt=1) embed in an iframe,
 * or a <video>/<audio> element for a file. The button is shown only when
 * this runs; without JavaScript the card's link remains.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-media-play]')) {
  const stage = button.closest('[data-media]')?.querySelector<HTMLElement>('[data-media-stage]');
  const { kind, type, player, mime, title } = button.dataset;
  if (!stage || !player) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    let element: HTMLElement;
    if (kind === 'file') {
      const media = document.createElement(type === 'audio' ? 'audio' : 'video');
      media.controls = true;
      media.autoplay = true;
      media.preload = 'auto';
      const source = document.createElement('source');
      source.src = player;
      if (mime) source.type = mime;
      media.append(source);
      media.setAttribute('aria-label', title ?? '');
      element = media;
    } else {
      const frame = document.createElement('iframe');
      frame.src = player;
      frame.title = title ?? '';
      frame.allow = 'autoplay; fullscreen; picture-in-picture; encrypted-media';
      frame.allowFullscreen = true;
      frame.referrerPolicy = 'strict-origin-when-cross-origin';
      element = frame;
    }
    element.tabIndex = -1;
    element.dataset['mediaPlayer'] = kind ?? '';
    stage.replaceChildren(element);
    // Focus moves to the player, which took the button's place.
    element.focus();
  });
}
