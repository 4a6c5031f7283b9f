/**
 * The one event-file writer (src/lib/frontmatter-write.ts): what `npm run new`, the web editor and the
 * importer write, and that the project's reader gives back the same values.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { ID_LISTS, writeEventFile, writeFrontmatter } from '../../src/lib/frontmatter-write.ts';

describe('writeEventFile', () => {
  test('frontmatter between --- lines, id lists in brackets, nested lists one item a line, then the body', () => {
    const text = writeEventFile(
      {
        title: 'Kamer stopt met thuiswerken',
        date: '2020-01-17 14:30',
        tags: ['thuiswerken', 'vpn'],
        sources: [{ title: 'Nieuws', date: '2020-01-17', language: 'nl' }],
      },
      'De Kamer sluit af.',
      { flowLists: ID_LISTS },
    );
    assert.equal(
      text,
      [
        '---',
        'title: Kamer stopt met thuiswerken',
        'date: 2020-01-17 14:30',
        'tags: [thuiswerken, vpn]',
        'sources:',
        '  - title: Nieuws',
        '    date: 2020-01-17',
        '    language: nl',
        '---',
        'De Kamer sluit af.',
        '',
      ].join('\n'),
    );
  });

  test('what it writes reads back as the same values, a local time staying the text written', () => {
    const fields = {
      title: 'Een titel: met dubbele punt',
      date: '2020-01-17 14:30',
      summary: 'x'.repeat(200),
      organisations: ['duo'],
      draft: true,
    };
    const file = readFrontmatter(writeEventFile(fields, 'Tekst', { flowLists: ID_LISTS }));
    assert.deepEqual(file.data, fields);
    assert.equal(file.body.trim(), 'Tekst');
  });

  test('long values are never folded onto a second line', () => {
    const yaml = writeFrontmatter({ summary: 'woord '.repeat(40).trim() });
    assert.equal(yaml.split('\n').filter(Boolean).length, 1);
  });

  test('without flowLists every list is written one item a line; an empty body leaves only the frontmatter', () => {
    assert.equal(writeEventFile({ tags: ['a', 'b'] }, ''), '---\ntags:\n  - a\n  - b\n---\n');
  });

  test('comments go after the value at their path; a path the data lacks is skipped', () => {
    const yaml = writeFrontmatter(
      { summary: 'Uit de tekst', sources: [{ date: '2020-01-17' }] },
      {
        comments: [
          [['summary'], ' write one of your own'],
          [['sources', 0, 'date'], ' the day of the import'],
          [['end'], ' nothing here'],
        ],
      },
    );
    assert.equal(
      yaml,
      'summary: Uit de tekst # write one of your own\nsources:\n  - date: 2020-01-17 # the day of the import\n',
    );
  });
});
