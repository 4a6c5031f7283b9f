/**
 * Event bodies in Markdown: their plain text, and the checker's search for
 * markup that could run in a reader's browser. (The sanitiser: sanitise.test.ts.)
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { excerpt, findUnsafeMarkup, plainText } from '../../src/lib/markdown.ts';

describe('plainText', () => {
  test('drops Markdown syntax and keeps the words, paragraphs separated by a blank line', () => {
    const body =
      '## De Kamer\n\nDit is **vet**, _schuin_ en [een link](https://nos.nl).\n\n> Een citaat\n> over twee regels.';
    assert.equal(plainText(body), 'De Kamer\n\nDit is vet, schuin en een link.\n\nEen citaat over twee regels.');
  });

  test('line breaks inside a paragraph become spaces', () => {
    assert.equal(plainText('Regel een\nregel twee'), 'Regel een regel twee');
  });

  test('inline HTML tags go, their text stays', () => {
    assert.equal(
      plainText('Een <abbr title="Nationaal Cyber Security Centrum">NCSC</abbr>-advies.'),
      'Een NCSC-advies.',
    );
  });

  test('a raw HTML block never reaches the plain text', () => {
    assert.equal(plainText('Voor.\n\n<script>alert(1)</script>\n\nNa.'), 'Voor.\n\nNa.');
  });

  test('an empty body gives empty text', () => {
    assert.equal(plainText(''), '');
  });

  test('list items stay separate words', () => {
    const text = plainText('Getroffen:\n\n- DUO\n- Tweede Kamer\n- Gemeente Zutphen');
    assert.doesNotMatch(text, /DUOTweede|KamerGemeente/);
    assert.match(text, /DUO\W+Tweede Kamer\W+Gemeente Zutphen/);
  });
});

describe('excerpt', () => {
  test('short text comes back whole, without an ellipsis', () => {
    assert.equal(excerpt('**Kort** bericht.', 50), 'Kort bericht.');
  });

  test('long text is cut at a word boundary, with an ellipsis', () => {
    // The first 20 characters are "Een twee drie vier v": cut back to the last space.
    assert.equal(excerpt('Een twee drie vier vijf zes zeven acht negen tien', 20), 'Een twee drie vier…');
  });

  test('punctuation before the cut is dropped', () => {
    // First 12 characters: "Een, twee, d" → "Een, twee," → "Een, twee".
    assert.equal(excerpt('Een, twee, drie, vier, vijf', 12), 'Een, twee…');
  });

  test('paragraphs run together in one line', () => {
    const result = excerpt('Eerste alinea.\n\nTweede alinea.', 200);
    assert.equal(result, 'Eerste alinea. Tweede alinea.');
  });

  test('never longer than the limit plus the ellipsis, whatever the text', () => {
    const long = 'woord '.repeat(200);
    const result = excerpt(long); // default limit 200
    assert.ok(result.length <= 201, `${result.length}`);
    assert.ok(result.endsWith('woord…'), result);
    const oneWord = excerpt('a'.repeat(300), 50);
    assert.ok(oneWord.length <= 51 && oneWord.endsWith('…'), oneWord);
  });
});

describe('findUnsafeMarkup', () => {
  const flagged = (body: string) => findUnsafeMarkup(body);

  test('a <script> block, on the line it is on', () => {
    const found = flagged('Eerste alinea.\n\n<script>alert(1)</script>\n\nLaatste.');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.line, 3);
    assert.match(found[0]!.what, /script/);
  });

  test('<script> inside a paragraph, and in capitals', () => {
    assert.match(flagged('Tekst <script>alert(1)</script> meer.')[0]?.what ?? '', /script/);
    assert.match(flagged('<SCRIPT>alert(1)</SCRIPT>')[0]?.what ?? '', /script/);
  });

  test('<iframe> and <style>', () => {
    assert.match(flagged('<iframe src="https://example.org"></iframe>')[0]?.what ?? '', /iframe/);
    assert.match(flagged('Tekst.\n\n<style>body { display: none }</style>')[0]?.what ?? '', /style/);
    assert.equal(flagged('Tekst.\n\n<style>body { display: none }</style>')[0]?.line, 3);
  });

  test('an event handler such as onerror=', () => {
    const found = flagged('Een plaatje <img src="x.png" onerror="alert(1)"> midden in de tekst.');
    assert.equal(found.length, 1);
    assert.match(found[0]!.what, /onerror/);
  });

  test('javascript: in a Markdown link, image or reference definition', () => {
    for (const body of [
      '[klik](javascript:alert(1))',
      '![plaatje](javascript:alert(1))',
      'Zie [hier][x].\n\n[x]: javascript:alert(1)',
      '[klik](JavaScript:alert(1))',
    ]) {
      const found = flagged(body);
      assert.equal(found.length, 1, body);
      assert.match(found[0]!.what, /javascript/i, body);
    }
  });

  test('javascript: in a raw HTML link', () => {
    const found = flagged('Lees <a href="javascript:alert(1)">dit</a>.');
    assert.equal(found.length, 1);
    assert.match(found[0]!.what, /javascript/);
  });

  test('the line of a problem deeper in the body', () => {
    const body = ['Alinea een.', '', 'Alinea twee,', 'met [een link](javascript:void(0)).'].join('\n');
    assert.deepEqual(
      flagged(body).map((problem) => problem.line),
      [4],
    );
  });

  test('harmless inline HTML and ordinary links pass', () => {
    const body = [
      'Het <abbr title="Nationaal Cyber Security Centrum">NCSC</abbr> adviseert.<sup>1</sup>',
      '',
      'Zie [NOS](https://nos.nl/artikel/2318654), <a href="https://www.ncsc.nl">de site</a> of [mail](mailto:pers@ncsc.nl).',
      '',
      '<mark>let op</mark> en H<sub>2</sub>O.',
    ].join('\n');
    assert.deepEqual(flagged(body), []);
  });

  test('code that shows markup is text, not markup', () => {
    assert.deepEqual(flagged('Het lek werkt met `<script>`-tags.'), []);
    assert.deepEqual(flagged('```html\n<script>alert(1)</script>\n```'), []);
  });

  test('words like "onclick=" or "javascript:" in ordinary prose pass', () => {
    assert.deepEqual(flagged('Het attribuut onclick= en het schema javascript: worden vaak misbruikt.'), []);
  });
});
