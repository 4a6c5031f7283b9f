/** Double-encoded text from CSV exports is repaired run by run, and only where the repair is valid UTF-8. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { repairDocument, repairMojibake, repairedWords } from '../../src/import/mojibake.ts';
import { readSheetsCsv } from '../../src/import/sheets-csv.ts';
import { planImport } from '../../src/import/convert.ts';

/** What a UTF-8 text becomes when its bytes are read as Windows-1252 and saved as UTF-8 again. */
const doubleEncode = (text: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));

describe('repairMojibake', () => {
  test('repairs umlauts, accents, dashes and quotes read as Windows-1252', () => {
    assert.equal(repairMojibake('EhrenÃ¤mter'), 'Ehrenämter');
    for (const text of ['Gründung der Stiftung', 'café – “quoted” — naïve', 'Straße € 5', 'emoji 🎉 too'])
      assert.equal(repairMojibake(doubleEncode(text)), text);
  });

  test('repairs text encoded twice over', () => {
    assert.equal(repairMojibake(doubleEncode(doubleEncode('Gründung'))), 'Gründung');
  });

  test('leaves correct text alone, including text that has an Ã of its own', () => {
    for (const text of ['Ehrenämter', 'SÃO PAULO', 'Ã la carte', 'plain ASCII', 'Łódź and 東京', 'Ã©'.slice(0, 1)])
      assert.equal(repairMojibake(text), text);
  });

  test('repairs a double-encoded run inside text that also has correct non-Latin characters', () => {
    assert.equal(repairMojibake(`Łódź: ${doubleEncode('Gründung')}`), 'Łódź: Gründung');
  });

  test('names the bad words and their repaired form', () => {
    assert.deepEqual(repairedWords('Die EhrenÃ¤mter der GrÃ¼ndung'), [
      { bad: 'EhrenÃ¤mter', good: 'Ehrenämter' },
      { bad: 'GrÃ¼ndung', good: 'Gründung' },
    ]);
  });
});

describe('in the import', () => {
  const csv = [
    'Headline,Year,Month,Day,Text,Media,Media Credit,Media Caption,Type,Group',
    `${doubleEncode('Gründung des Vereins')},1990,5,1,<p>${doubleEncode('Die Ehrenämter werden verteilt.')}</p>,,${doubleEncode('Foto: Jürgen')},,,${doubleEncode('Vereinsgründung')}`,
  ].join('\n');

  test('each repaired field is one note naming the row, the field, the bad and the repaired form', () => {
    const { notes } = repairDocument(readSheetsCsv(csv));
    assert.deepEqual(notes.get('line 2'), [
      'line 2, column "Headline": double-encoded text repaired: "GrÃ¼ndung" → "Gründung"',
      'line 2, column "Text": double-encoded text repaired: "EhrenÃ¤mter" → "Ehrenämter"',
      'line 2, column "Group": double-encoded text repaired: "VereinsgrÃ¼ndung" → "Vereinsgründung"',
      'line 2, column "Media" (credit): double-encoded text repaired: "JÃ¼rgen" → "Jürgen"',
    ]);
  });

  test('the event, its file name and its tag are made of the repaired text', () => {
    const plan = planImport(readSheetsCsv(csv), {
      zone: 'UTC',
      language: 'de',
      today: '2026-12-01',
      fileName: 'sheet.csv',
      existing: { eventIds: new Set(), titleDates: new Set(), tags: {}, eras: {} },
    });
    const [event] = plan.events;
    assert.equal(event!.id, 'grundung-des-vereins');
    assert.match(event!.text, /^title: Gründung des Vereins$/m);
    assert.match(event!.text, /Die Ehrenämter werden verteilt\./);
    assert.deepEqual(Object.keys(plan.tags), ['vereinsgrundung']);
    const outcome = plan.outcomes.find((line) => line.where === 'line 2')!;
    assert.ok(
      outcome.notes.some((note) => note.includes('"GrÃ¼ndung" → "Gründung"')),
      outcome.notes.join('\n'),
    );
  });
});
