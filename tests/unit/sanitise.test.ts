import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sanitizeEventHtml } from '../../src/lib/sanitise.ts';

describe('sanitizeEventHtml', () => {
  test('removes <script>, <iframe> and <style> together with their content', () => {
    const html = sanitizeEventHtml(
      '<p>Voor</p><script>alert("weg")</script><iframe src="https://x.example">binnen</iframe><style>p { color: red }</style><p>Na</p>',
    );
    assert.equal(html, '<p>Voor</p><p>Na</p>');
  });

  test('removes event-handler attributes and keeps the element', () => {
    const html = sanitizeEventHtml(
      '<p onclick="alert(1)">Tekst</p><img src="https://x.example/a.png" alt="a" onerror="alert(1)">',
    );
    assert.doesNotMatch(html, /onclick|onerror|alert/);
    assert.match(html, /<p>Tekst<\/p>/);
    assert.match(html, /<img src="https:\/\/x\.example\/a\.png" alt="a" \/?>/);
  });

  test('removes javascript: hrefs, also when disguised with an entity', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'jav&#x61;script:alert(1)',
      ' javascript:alert(1)',
    ]) {
      const html = sanitizeEventHtml(`<a href="${href}">klik</a>`);
      assert.doesNotMatch(html, /href/, href);
      assert.match(html, /klik/);
    }
  });

  test('keeps https links, strong, blockquote and abbr titles as they were', () => {
    const input =
      '<blockquote><p>De Kamer <strong>stopt</strong>, meldt <a href="https://nos.nl/artikel/1">de NOS</a> over het <abbr title="Nationaal Cyber Security Centrum">NCSC</abbr>.</p></blockquote>';
    assert.equal(sanitizeEventHtml(input), input);
  });

  test('keeps mailto links and drops protocol-relative ones', () => {
    assert.equal(sanitizeEventHtml('<a href="mailto:pers@ncsc.nl">mail</a>'), '<a href="mailto:pers@ncsc.nl">mail</a>');
    assert.equal(sanitizeEventHtml('<a href="//evil.example/x">x</a>'), '<a>x</a>');
  });

  test('drops style and class attributes that could restyle the page', () => {
    assert.equal(sanitizeEventHtml('<p style="position:fixed" class="x">Tekst</p>'), '<p>Tekst</p>');
  });
});
