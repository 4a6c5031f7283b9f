/**
 * The event page's NewsArticle as search engines read it: when the entry was
 * published (its own `published` date, never the event's), when it was last
 * corrected, who wrote and who published it, with the publisher's logo.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseEventDate } from '../../src/lib/dates/index.ts';
import { eventJsonLd, jsonLdContext, type JsonLdContext } from '../../src/lib/structured-data.ts';
import type { TimelineEvent } from '../../src/lib/timeline.ts';

const ZONE = 'Europe/Amsterdam';
const date = (value: string) => parseEventDate(value, ZONE);

const event = (more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id: 'kamer-stopt',
  title: 'Kamer stopt met thuiswerken',
  date: date('2020-01-17'),
  summary: 'De Kamer sluit thuiswerken af.',
  organisations: [],
  tags: [],
  sources: [{ title: 'Bron', date: date('2020-01-17'), language: 'nl' }],
  related: [],
  threads: [],
  ...more,
});

const context: JsonLdContext = {
  zone: ZONE,
  language: 'nl',
  siteName: 'Tijdlijn',
  homeUrl: 'https://example.org/',
  eventUrl: (id) => `https://example.org/gebeurtenis/${id}/`,
  organisation: () => undefined,
  tagLabel: (id) => id,
  threadTitle: (id) => id,
};

describe('eventJsonLd', () => {
  test('datePublished is the published date, in the site zone at its precision; dateModified the latest correction', () => {
    const data = eventJsonLd(
      event({
        published: date('2020-01-18T09:30'),
        corrections: [
          { date: date('2020-01-21'), note: 'Later.' },
          { date: date('2020-01-20'), note: 'Eerder.' },
        ],
      }),
      context,
    );
    assert.equal(data['datePublished'], '2020-01-18T09:30+01:00');
    assert.equal(data['dateModified'], '2020-01-21');
    // The event's own date stays what the article is about, not when it was published.
    assert.equal(data['contentReferenceTime'], '2020-01-17');
  });

  test('without a published date there is no datePublished: the event date is not the publication date', () => {
    const data = eventJsonLd(event(), context);
    assert.ok(!('datePublished' in data));
    assert.ok(!('dateModified' in data));
  });

  test('author and publisher with its logo come from the settings', () => {
    const data = eventJsonLd(event(), {
      ...context,
      publisher: { name: 'Redactie Tijdlijn', logo: 'https://example.org/logo.png', url: 'https://example.org/over/' },
      author: { name: 'Jan Jansen', url: 'https://example.org/jan/', type: 'Person' },
    });
    assert.deepEqual(data['publisher'], {
      '@type': 'Organization',
      name: 'Redactie Tijdlijn',
      url: 'https://example.org/over/',
      logo: { '@type': 'ImageObject', url: 'https://example.org/logo.png' },
    });
    assert.deepEqual(data['author'], { '@type': 'Person', name: 'Jan Jansen', url: 'https://example.org/jan/' });
  });

  test('without them the publisher is the site, and there is no author', () => {
    const data = eventJsonLd(event(), context);
    assert.deepEqual(data['publisher'], { '@type': 'Organization', name: 'Tijdlijn', url: 'https://example.org/' });
    assert.ok(!('author' in data));
  });
});

describe('jsonLdContext', () => {
  test('from the site: names, absolute addresses and labels, the publisher and author of site.yaml', () => {
    const context = jsonLdContext(
      {
        settings: {
          language: 'nl',
          title: 'Citrix-tijdlijn',
          publisher: { name: 'De Krant', logo: 'https://krant.example/logo.png' },
          author: { name: 'Redactie', type: 'Organization' },
        },
        zone: 'Europe/Amsterdam',
        organisations: { duo: { name: 'DUO', sector: 'overheid', place: 'Groningen' } },
        tags: { thuiswerken: { label: 'Thuiswerken' } },
        threads: {},
        absoluteUrl: (path) => `https://tijdlijn.example${path}`,
        paths: { home: () => '/', event: (id) => `/gebeurtenis/${id}/` },
      },
      undefined,
    );
    assert.equal(context.homeUrl, 'https://tijdlijn.example/');
    assert.equal(context.eventUrl('x'), 'https://tijdlijn.example/gebeurtenis/x/');
    assert.equal(context.organisation('duo')?.name, 'DUO');
    assert.equal(context.tagLabel('thuiswerken'), 'Thuiswerken');
    assert.equal(context.threadTitle('onbekend'), 'onbekend');
    assert.equal(context.publisher?.name, 'De Krant');
    assert.equal(context.author?.type, 'Organization');
    assert.equal(context.image?.('x'), undefined);
  });
});
