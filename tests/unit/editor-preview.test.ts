/**
 * The web editor's preview (src/editor/preview.ts): the date label and the
 * sources as the event page shows them, computed by the site's date module.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { previewModel, type PreviewContext } from '../../src/editor/preview.ts';
import { parseEventDate } from '../../src/lib/dates/index.ts';
import { eventDateLabel } from '../../src/lib/dates/labels.ts';

const dutch: PreviewContext = {
  language: 'nl',
  timeZone: 'Europe/Amsterdam',
  organisations: { duo: 'DUO' },
  tags: { thuiswerken: 'Thuiswerken' },
};

test('date label, period and precision as on the event page', () => {
  assert.equal(previewModel({ date: '2020-01-17' }, dutch).dateLabel, 'vrijdag 17 januari 2020');
  assert.equal(previewModel({ date: '2020-01' }, dutch).dateLabel, 'januari 2020 (alleen de maand is bekend)');
  assert.equal(previewModel({ date: 2020 }, dutch).dateLabel, '2020 (alleen het jaar is bekend)');
  const zone = dutch.timeZone;
  assert.equal(
    previewModel({ date: '2020-01-17', end: '2020-01-20' }, dutch).dateLabel,
    eventDateLabel(parseEventDate('2020-01-17', zone), parseEventDate('2020-01-20', zone), zone, 'nl-NL'),
  );
  assert.equal(previewModel({ date: '2020-01-16T23:30:00Z' }, dutch).dateLabel, 'vrijdag 17 januari 2020, 00:30');
});

test('a date still being typed says so instead of a label', () => {
  const model = previewModel({ date: '17-01-2020' }, dutch);
  assert.equal(model.dateValid, false);
  assert.equal(model.dateLabel, '„17-01-2020” is nog geen geldige datum');
});

test('a free date label (display_date) is shown instead of the computed one', () => {
  assert.equal(previewModel({ date: '2021-06', display_date: 'zomer 2021' }, dutch).dateLabel, 'zomer 2021');
});

test('sources, organisations and topics with their names', () => {
  const model = previewModel(
    {
      title: 'DUO sluit Citrix',
      organisations: ['duo'],
      tags: ['thuiswerken'],
      sources: [
        { title: 'Artikel', publisher: 'NOS', date: '2020-01-17', url: 'https://nos.nl/1', language: 'nl' },
        { title: 'Brief', date: '2020-01', language: 'en' },
      ],
    },
    dutch,
  );
  assert.deepEqual(model.organisations, ['DUO']);
  assert.deepEqual(model.tags, ['Thuiswerken']);
  assert.deepEqual(
    model.sources.map((source) => source.meta),
    ['NOS, vrijdag 17 januari 2020, taal: Nederlands', 'januari 2020, taal: Engels, niet online beschikbaar'],
  );
  assert.equal(model.headings.sources, 'Bronnen');
});
