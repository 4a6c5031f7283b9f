/** Embedding the timeline elsewhere (src/lib/embed.ts): the snippet to copy and the events an embed shows. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ASK_MESSAGE,
  FALLBACK_HEIGHT,
  HEIGHT_MESSAGE,
  embedSnippet,
  embeddedEvents,
  hostScript,
} from '../../src/lib/embed.ts';

describe('embedSnippet', () => {
  test('an iframe with its title and fallback height, then the host script; values escaped', () => {
    const snippet = embedSnippet({
      src: 'https://example.org/embed/draad/a?x=1&y=2',
      host: 'https://example.org/embed/host.js',
      title: 'Tijdlijn "Citrix" <lek>',
    });
    const [frame, script] = snippet.split('\n');
    assert.match(frame!, /^<iframe src="https:\/\/example\.org\/embed\/draad\/a\?x=1&amp;y=2"/);
    assert.match(frame!, /title="Tijdlijn &quot;Citrix&quot; &lt;lek&gt;"/);
    assert.match(frame!, new RegExp(`height="${FALLBACK_HEIGHT}"`));
    assert.equal(script, '<script src="https://example.org/embed/host.js" async></script>');
  });
});

describe('embeddedEvents', () => {
  test('at most `limit` events: the latest ones, and says that it trimmed', () => {
    assert.deepEqual(embeddedEvents([1, 2, 3, 4, 5], 3), { shown: [3, 4, 5], total: 5, trimmed: true });
    assert.deepEqual(embeddedEvents([1, 2], 3), { shown: [1, 2], total: 2, trimmed: false });
  });
});

describe('hostScript', () => {
  test('listens for the height message and asks frames that loaded first, with the same message names', () => {
    const script = hostScript();
    assert.ok(script.includes(`'${HEIGHT_MESSAGE}'`));
    assert.ok(script.includes(`postMessage('${ASK_MESSAGE}', '*')`));
    assert.doesNotThrow(() => new Function(script));
  });
});
