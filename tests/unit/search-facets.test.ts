/** The search page's filters (src/lib/search-facets.ts): filter names, URL parameters and value labels. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { facetMap } from '../../src/lib/search-facets.ts';

describe('facetMap', () => {
  test('one filter per label, its URL parameter the label in lower case, ids mapped to what readers see', () => {
    const map = facetMap(
      { organisation: 'Organisatie', sector: 'Sector', tag: 'Onderwerp', month: 'Maand' },
      { duo: { name: 'DUO', sector: 'overheid', place: 'Groningen' } },
      { overheid: 'Overheid' },
      { thuiswerken: { label: 'Thuiswerken' } },
      [
        ['2020-01', 'januari 2020'],
        ['2019', '2019'],
      ],
    );
    assert.deepEqual(map, {
      Organisatie: { param: 'organisatie', values: { duo: 'DUO' } },
      Sector: { param: 'sector', values: { overheid: 'Overheid' } },
      Onderwerp: { param: 'onderwerp', values: { thuiswerken: 'Thuiswerken' } },
      Maand: { param: 'maand', values: { '2020-01': 'januari 2020', 2019: '2019' } },
    });
  });
});
