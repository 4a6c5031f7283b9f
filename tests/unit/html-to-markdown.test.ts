/** TimelineJS HTML to Markdown (src/import/html-to-markdown.ts): links kept, unsafe markup dropped and named. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToMarkdown, htmlToText } from '../../src/import/html-to-markdown.ts';
import { findUnsafeMarkup } from '../../src/lib/markdown.ts';

test('paragraphs, emphasis, links, lists and quotes become Markdown; quotes and dashes stay as written', () => {
  const { markdown, dropped } = htmlToMarkdown(
    `<p>It's a <b>six-week</b> strike -- see <a href="https://example.org/live" title="Live">live</a>.</p><ul><li>one</li><li>two</li></ul><blockquote>"Enough," she said.</blockquote>`,
  );
  assert.equal(
    markdown,
    `It's a **six-week** strike -- see [live](https://example.org/live "Live").\n\n-   one\n-   two\n\n> "Enough," she said.`,
  );
  assert.deepEqual(dropped, []);
});

test('scripts, event handlers and javascript: links are dropped and named; the text around them stays', () => {
  const { markdown, dropped } = htmlToMarkdown(
    `<p onclick="steal()">Before<script>alert(1)</script> <a href="javascript:alert(2)">after</a></p><style>p{}</style><form><input name="q"></form>`,
  );
  assert.equal(markdown, 'Before after');
  assert.deepEqual(dropped, [
    'an onclick attribute on <p> (dropped: it runs code)',
    'a <script> element (dropped, with its content)',
    'a javascript: address in <a href> (dropped)',
    'a <style> element (dropped, with its content)',
    'a <form> element (dropped)',
    'a <input> element (dropped)',
  ]);
  assert.deepEqual(findUnsafeMarkup(markdown), []);
});

test('images and frames from other hosts become links to them, and the report says so', () => {
  const { markdown, dropped } = htmlToMarkdown(
    '<p>Ships<img src="https://example.org/ships.jpg" alt="Ships at anchor"></p><iframe src="https://www.youtube.com/embed/abc"></iframe>',
  );
  assert.equal(
    markdown,
    'Ships[Ships at anchor](https://example.org/ships.jpg)\n\n[https://www.youtube.com/embed/abc](https://www.youtube.com/embed/abc)',
  );
  assert.deepEqual(dropped, [
    'an image from https://example.org/ships.jpg (kept as a link: the site shows no media from other hosts)',
    'an embedded frame from https://www.youtube.com/embed/abc (kept as a link: the site shows no media from other hosts)',
  ]);
});

test("layout markup (TimelineJS's tl-note span, classes) goes without a word; Markdown characters are escaped", () => {
  const { markdown, dropped } = htmlToMarkdown(
    '<p class="lead">2 * 3 = <span class="tl-note">six</span>, x<sup>2</sup></p>',
  );
  assert.equal(markdown, '2 \\* 3 = six, x<sup>2</sup>');
  assert.deepEqual(dropped, []);
});

test('plain text for headlines: entities decoded, markup gone', () => {
  assert.equal(htmlToText('<b>Babbage&#39;s</b> engine &amp; <i>notes</i>'), "Babbage's engine & notes");
});
