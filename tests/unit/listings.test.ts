import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { organisationsByName, organisationsBySector, tagsWithCounts } from '../../src/lib/listings.ts';

const organisations = {
  'gemeente-zutphen': { name: 'Gemeente Zutphen', sector: 'overheid', place: 'Zutphen' },
  umcg: { name: 'UMCG', sector: 'zorg', place: 'Groningen' },
  'gemeente-amsterdam': { name: 'gemeente Amsterdam', sector: 'overheid', place: 'Amsterdam' },
  'ziekenhuis-10': { name: 'Ziekenhuis 10', sector: 'zorg', place: 'Leeuwarden' },
  'ziekenhuis-9': { name: 'Ziekenhuis 9', sector: 'zorg', place: 'Leeuwarden' },
};
const counts = new Map([
  ['umcg', [1, 2]],
  ['gemeente-zutphen', [1]],
]);

describe('organisationsBySector', () => {
  test('sectors in the order of the settings, empty ones left out, names sorted without regard to capitals', () => {
    const groups = organisationsBySector(
      organisations,
      { zorg: 'Zorg', onderwijs: 'Onderwijs', overheid: 'Overheid' },
      counts,
      'nl-NL',
    );
    assert.deepEqual(
      groups.map((group) => group.id),
      ['zorg', 'overheid'],
    );
    assert.deepEqual(
      groups[1]!.organisations.map((organisation) => organisation.name),
      ['gemeente Amsterdam', 'Gemeente Zutphen'],
    );
  });

  test('numbers in names sort as numbers, and every organisation carries its event count', () => {
    const [zorg] = organisationsBySector(organisations, { zorg: 'Zorg' }, counts, 'nl-NL');
    assert.deepEqual(
      zorg!.organisations.map((organisation) => [organisation.id, organisation.eventCount]),
      [
        ['umcg', 2],
        ['ziekenhuis-9', 0],
        ['ziekenhuis-10', 0],
      ],
    );
  });
});

describe('organisationsByName', () => {
  test('the same collation as the index: capitals ignored, numbers as numbers', () => {
    assert.deepEqual(
      organisationsByName(organisations, counts, 'nl-NL').map((organisation) => organisation.id),
      ['gemeente-amsterdam', 'gemeente-zutphen', 'umcg', 'ziekenhuis-9', 'ziekenhuis-10'],
    );
  });
});

describe('tagsWithCounts', () => {
  test('by label, with counts; a tag without events is kept with 0', () => {
    const tags = { thuiswerken: { label: 'Thuiswerken' }, afsluiting: { label: 'afsluiting' } };
    assert.deepEqual(
      tagsWithCounts(tags, new Map([['thuiswerken', [1, 2, 3]]]), 'nl-NL').map((tag) => [tag.id, tag.eventCount]),
      [
        ['afsluiting', 0],
        ['thuiswerken', 3],
      ],
    );
  });
});
