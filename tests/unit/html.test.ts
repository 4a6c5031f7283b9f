import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml } from '../../src/lib/html.ts';

test('every character that could end text or an attribute is escaped; the rest stays', () => {
  assert.equal(escapeHtml(`"AT&T" <b>it's</b>`), '&quot;AT&amp;T&quot; &lt;b&gt;it&#39;s&lt;/b&gt;');
  assert.equal(escapeHtml('Café „citaat” – gewoon'), 'Café „citaat” – gewoon');
});

test('escaping twice shows the escaped text, as it should: nothing is unescaped by accident', () => {
  assert.equal(escapeHtml(escapeHtml('&')), '&amp;amp;');
});
