/** The snippet newsroom pages paste, built from absolute URLs (src/lib/embed.ts). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedSnippet, FALLBACK_HEIGHT } from '../../src/lib/embed.ts';

test('the snippet is an iframe with a fixed fallback height, and the host snippet loaded async', () => {
  const snippet = embedSnippet({
    src: 'https://tijdlijn.example.org/tijdlijn/embed/',
    host: 'https://tijdlijn.example.org/tijdlijn/embed/host.js',
    title: 'Tijdlijn: Het Citrix-lek in Nederland',
  });
  assert.equal(
    snippet,
    '<iframe src="https://tijdlijn.example.org/tijdlijn/embed/" title="Tijdlijn: Het Citrix-lek in Nederland" height="600" loading="lazy" style="width:100%;height:600px;border:0"></iframe>\n' +
      '<script src="https://tijdlijn.example.org/tijdlijn/embed/host.js" async></script>',
  );
  assert.equal(FALLBACK_HEIGHT, 600);
});

test('titles and URLs cannot break out of their attributes', () => {
  const snippet = embedSnippet({
    src: 'https://x.example/embed/',
    host: 'https://x.example/embed/host.js',
    title: 'Zeg "ja" & <nee>',
  });
  assert.match(snippet, /title="Zeg &quot;ja&quot; &amp; &lt;nee&gt;"/);
  assert.equal(snippet.split('"').length % 2, 1, 'balanced quotes');
});
