/* Tijdlijn: fits this site's /embed/ iframes to their content. See its README. */
(() => {
  const me = document.currentScript;
  if (!me) return;
  const prefix = me.src.replace(/host\.js([?#].*)?$/, ''); // origin + base + "embed/"
  const origin = new URL(prefix).origin;
  const frames = () => [...document.querySelectorAll('iframe')].filter((frame) => frame.src.startsWith(prefix));
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== origin || !data || data.type !== 'tijdlijn:height') return;
    const height = Math.ceil(data.height);
    if (!(height > 0 && height < 1e6)) return;
    for (const frame of frames()) {
      if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
    }
  });
  // Frames that loaded first report again. ('*': a frame not loaded yet has this page's origin.)
  for (const frame of frames()) frame.contentWindow?.postMessage('tijdlijn:ask', '*');
})();
