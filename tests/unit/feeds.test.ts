/**
 * The pieces of a feed item's full text (src/lib/feeds.ts): sources, image and corrections as HTML, escaped,
 * with dates in the site's language. Whole feeds are tested with the exports in publishing.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Source } from '../../src/domain.ts';
import { parseEventDate } from '../../src/lib/dates/parse.ts';
import { correctionsHtml, figureHtml, sourceHtml, type PublishContext } from '../../src/lib/feeds.ts';
import type { TimelineEvent } from '../../src/lib/timeline.ts';

const ZONE = 'Europe/Amsterdam';
const date = (value: string) => parseEventDate(value, ZONE);
const dutch = { zone: ZONE, locale: 'nl-NL' };

describe('sourceHtml', () => {
  test('a source with a url is a link; publisher and date follow in brackets, escaped', () => {
    const source: Source = {
      title: 'Kamer <stopt>',
      publisher: 'NOS & co',
      date: date('2020-01-17'),
      url: 'https://nos.nl/a?b=1&c=2',
      language: 'nl',
    };
    assert.equal(
      sourceHtml(source, dutch),
      '<a href="https://nos.nl/a?b=1&amp;c=2">Kamer &lt;stopt&gt;</a> (NOS &amp; co, vrijdag 17 januari 2020)',
    );
  });

  test('without url the title is a citation; without publisher only the date, at its precision', () => {
    const source: Source = { title: 'Jaarverslag', date: date('2020-01'), language: 'nl' };
    assert.equal(sourceHtml(source, dutch), '<cite>Jaarverslag</cite> (januari 2020)');
  });
});

describe('figureHtml', () => {
  test('the image with its size and alt text, caption and credit under it', () => {
    const html = figureHtml({
      url: 'https://example.org/a.jpg',
      width: 1200,
      height: 800,
      type: 'image/jpeg',
      alt: 'Het "stadhuis"',
      caption: 'Voor de sluiting',
      credit: 'Foto: Jan',
    });
    assert.equal(
      html,
      '<figure><img src="https://example.org/a.jpg" alt="Het &quot;stadhuis&quot;" width="1200" height="800"><figcaption>Voor de sluiting <small>Foto: Jan</small></figcaption></figure>',
    );
  });
});

describe('correctionsHtml', () => {
  const context = { ...dutch, correctedOn: (day: string) => `Gecorrigeerd op ${day}` } as unknown as PublishContext;
  const event = {
    id: 'a',
    corrections: [
      { date: date('2020-01-18'), note: 'Eerste' },
      { date: date('2020-01-21'), note: 'Tweede & laatste' },
    ],
  } as unknown as TimelineEvent;

  test('newest first, under the line with the latest date, each with a <time>', () => {
    assert.equal(
      correctionsHtml(event, context),
      '<p><strong>Gecorrigeerd op dinsdag 21 januari 2020</strong></p>\n' +
        '<ul><li><time datetime="2020-01-21">dinsdag 21 januari 2020</time>: Tweede &amp; laatste</li>' +
        '<li><time datetime="2020-01-18">zaterdag 18 januari 2020</time>: Eerste</li></ul>\n',
    );
  });

  test('nothing without corrections, or when the site gives no line for them', () => {
    assert.equal(correctionsHtml({ ...event, corrections: [] } as TimelineEvent, context), '');
    assert.equal(correctionsHtml(event, { ...dutch } as unknown as PublishContext), '');
  });
});
