/**
 * Every class of content error, as an editor meets it: one bad file written
 * into a copy of the small valid fixture, `npm run check` run as a child
 * process, the exact line it prints and its exit code. Then all bad files
 * together in one folder, built once: the build refuses them with the same
 * lines.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { build } from '../support/build.ts';
import { baseCopy, removeCopies, runCheck, shown, type ToolResult } from './support.ts';

const FORMS = '2020, 2020-01, 2020-01-17, 2020-01-17T14:30, 2020-01-17T14:30+01:00, 2020-01-16T23:30:00Z';
const HISTORIC = 'before 1000 or before Christ: 476, 0476-09-04, -44, -0044-03-15 (-44 is 44 BC)';
const UNSAFE =
  "which could run code in a reader's browser — remove it; plain Markdown and harmless inline HTML such as <abbr> or <sup> are fine";

/** A valid event; its lines are numbered as the checker counts them. */
function event(title: string): string[] {
  return [
    '---', //                                                        1
    `title: ${title}`, //                                            2
    'date: 2020-01-15', //                                           3
    'summary: De universiteit zet haar Citrix-servers uit.', //      4
    'organisations: [universiteit-leiden]', //                       5
    'tags: [afsluiting]', //                                         6
    'sources:', //                                                   7
    '  - title: Leiden sluit Citrix', //                             8
    '    date: 2020-01-14', //                                       9
    '    url: https://nos.nl/artikel/2', //                         10
    '    language: nl', //                                          11
    '---', //                                                       12
    'De Universiteit Leiden zet haar servers uit.', //              13
  ];
}

/** The event with line `line` replaced by `lines` (none: the line is removed). */
function edited(title: string, line: number, ...lines: string[]): string {
  return replaced(title, line, line, ...lines);
}

/** The event with lines `from` to `to` replaced by `lines`. */
function replaced(title: string, from: number, to: number, ...lines: string[]): string {
  const text = event(title);
  text.splice(from - 1, to - from + 1, ...lines);
  return `${text.join('\n')}\n`;
}

/** The event with one more frontmatter line, just before the closing "---" (it lands on line 12). */
const withField = (title: string, field: string) => edited(title, 12, field, '---');

interface ErrorClass {
  name: string;
  files: Record<string, string | Buffer>;
  /** The lines `npm run check` prints; `at(name)` is how it names events/<name>. */
  expected: (at: (name: string) => string) => string[];
}

const CLASSES: ErrorClass[] = [
  {
    name: 'malformed YAML, with the line of the mistake',
    files: { 'kapotte-yaml.md': edited('Kapotte YAML', 4, 'summary: De universiteit: zet haar servers uit.') },
    expected: (at) => [
      `${at('kapotte-yaml.md')}:4: the YAML is malformed: Nested mappings are not allowed in compact mappings — check the indentation, and put text that contains ": " or starts with a quote or bracket in double quotes`,
    ],
  },
  {
    name: 'frontmatter that is not closed',
    files: { 'niet-afgesloten.md': edited('Niet afgesloten', 12) },
    expected: (at) => [
      `${at('niet-afgesloten.md')}:12: the frontmatter is not closed — add a line with only "---" after the last field, before the text`,
    ],
  },
  {
    name: 'an empty file',
    files: { 'leeg.md': '' },
    expected: (at) => [
      `${at('leeg.md')}:1: the file is empty — start with a frontmatter block between two "---" lines (see CONTRIBUTING.md)`,
    ],
  },
  {
    name: 'a missing required field',
    files: {
      'geen-samenvatting.md': edited('Geen samenvatting', 4),
      'geen-bronnen.md': replaced('Geen bronnen', 7, 11, 'sources: []'),
    },
    expected: (at) => [
      `${at('geen-samenvatting.md')}:2: summary: is missing — write one or two sentences, e.g. summary: De Kamer sluit thuiswerken af tot er een update is.`,
      `${at('geen-bronnen.md')}:7: sources: needs at least one source — add a list item like: - { title: Kamer stopt met thuiswerken, date: 2020-01-17, language: nl }`,
    ],
  },
  {
    name: 'an empty required field',
    files: {
      'lege-titel.md': edited('', 2, 'title:'),
      'titel-leeg-tussen-aanhalingstekens.md': edited('', 2, 'title: "  "'),
    },
    expected: (at) => [
      `${at('lege-titel.md')}:2: title: is empty — write a short headline, e.g. title: Tweede Kamer stopt met thuiswerken`,
      `${at('titel-leeg-tussen-aanhalingstekens.md')}:2: title: is empty — write a short headline, e.g. title: Tweede Kamer stopt met thuiswerken`,
    ],
  },
  {
    name: 'an unknown field, with the field meant',
    files: { 'titel-verkeerd-gespeld.md': edited('', 2, 'titel: Titel verkeerd gespeld') },
    expected: (at) => [
      `${at('titel-verkeerd-gespeld.md')}:2: titel: unknown field "titel" — did you mean "title"? The fields here are: title, date, display_date, end, summary, organisations, tags, sources, related, threads, draft, image, video, audio, corrections, published`,
      `${at('titel-verkeerd-gespeld.md')}:2: title: is missing — write a short headline, e.g. title: Tweede Kamer stopt met thuiswerken`,
    ],
  },
  {
    name: 'wrong types: a list for text, text for a list, text for true/false',
    files: {
      'titel-als-lijst.md': edited('', 2, 'title: [Leiden, Citrix]'),
      'organisaties-zonder-haken.md': edited('Organisaties zonder haken', 5, 'organisations: universiteit-leiden'),
      'concept-ja.md': withField('Concept ja', 'draft: "ja"'),
    },
    expected: (at) => [
      `${at('titel-als-lijst.md')}:2: title: must be text, not a list — write a short headline, e.g. title: Tweede Kamer stopt met thuiswerken`,
      `${at('organisaties-zonder-haken.md')}:5: organisations: must be a list in square brackets, not text "universiteit-leiden" — write organisations: [universiteit-leiden]`,
      `${at('concept-ja.md')}:12: draft: must be true or false, not text "ja" — write draft: true or leave the field out`,
    ],
  },
  {
    name: 'an impossible date, with the accepted forms',
    files: { 'onmogelijke-datum.md': edited('Onmogelijke datum', 3, 'date: 2020-02-30') },
    expected: (at) => [
      `${at('onmogelijke-datum.md')}:3: date: "2020-02-30" is not a date that exists — write one of these forms: ${FORMS}; ${HISTORIC}`,
    ],
  },
  {
    name: 'a local time the clocks skipped, and one they passed twice (Amsterdam, 2020)',
    files: {
      'zomertijd.md': edited('Zomertijd', 3, 'date: 2020-03-29T02:30'),
      'wintertijd.md': edited('Wintertijd', 3, 'date: "2020-10-25 02:30"'),
    },
    expected: (at) => [
      `${at('wintertijd.md')}:3: date: "2020-10-25 02:30" happens twice in Europe/Amsterdam: the clocks were put back that day — write it with its offset: 2020-10-25T02:30+02:00 (the first time) or 2020-10-25T02:30+01:00 (the second time)`,
      `${at('zomertijd.md')}:3: date: "2020-03-29T02:30" does not exist in Europe/Amsterdam: the clocks jumped from 02:00 straight to 03:00 that day (+01:00 to +02:00) — write a time before or after the gap, e.g. 2020-03-29T01:59 or 2020-03-29T03:00; 02:30 by the clock before the change is 2020-03-29T03:30`,
    ],
  },
  {
    name: 'year 0 and a year of fewer than four digits, quoted as written',
    files: {
      'jaar-nul.md': edited('Jaar nul', 3, 'date: 0000'),
      'korte-jaartallen.md': edited('Korte jaartallen', 3, 'date: 632-06-08'),
    },
    expected: (at) => [
      `${at('jaar-nul.md')}:3: date: "0000" is year 0, which historians do not count: 1 BC is followed by AD 1 — write -0001 for 1 BC or 0001 for AD 1`,
      `${at('korte-jaartallen.md')}:3: date: "632-06-08" has a year of fewer than four digits — with a month or day, write the year with four digits: if you mean the year 632, write 0632-06-08`,
    ],
  },
  {
    name: 'ambiguous and foreign date forms, with the accepted forms and the form meant',
    files: {
      'dubbelzinnige-datum.md': edited('Dubbelzinnige datum', 3, 'date: 01-02-2020'),
      'schuine-strepen.md': edited('Schuine strepen', 3, 'date: 2020/01/17'),
      'datum-in-woorden.md': edited('Datum in woorden', 9, '    date: 17 januari 2020'),
    },
    expected: (at) => [
      `${at('dubbelzinnige-datum.md')}:3: date: "01-02-2020" is not in an accepted form — it could be 1 February or 2 January: write 2020-02-01 or 2020-01-02; the accepted forms are ${FORMS}`,
      `${at('schuine-strepen.md')}:3: date: "2020/01/17" is not in an accepted form — write 2020-01-17; the accepted forms are ${FORMS}`,
      `${at('datum-in-woorden.md')}:9: sources.0.date: "17 januari 2020" is not in an accepted form — write 2020-01-17; the accepted forms are ${FORMS}`,
    ],
  },
  {
    name: 'an end before the date',
    files: { 'einde-voor-begin.md': withField('Einde voor begin', 'end: 2020-01-14') },
    expected: (at) => [
      `${at('einde-voor-begin.md')}:12: end: 2020-01-14 is before date 2020-01-15 — write one of ${FORMS}, on or after date`,
    ],
  },
  {
    name: 'unknown organisation, tag and related ids, with the closest known id',
    files: {
      'onbekende-organisatie.md': edited('Onbekende organisatie', 5, 'organisations: [universiteit-leidn]'),
      'onbekend-onderwerp.md': edited('Onbekend onderwerp', 6, 'tags: [afsluitng]'),
      'onbekend-verband.md': withField('Onbekend verband', 'related: [ncsc-adviseert-citrix-uit-te-schakeln]'),
    },
    expected: (at) => [
      `${at('onbekende-organisatie.md')}:5: organisations.0: unknown organisation "universiteit-leidn" (did you mean "universiteit-leiden"?) — use an id from organisations.yaml, or add the organisation there first (see CONTRIBUTING.md)`,
      `${at('onbekend-onderwerp.md')}:6: tags.0: unknown tag "afsluitng" (did you mean "afsluiting"?) — use an id from tags.yaml, or add the tag there first (see CONTRIBUTING.md)`,
      `${at('onbekend-verband.md')}:12: related.0: unknown event "ncsc-adviseert-citrix-uit-te-schakeln" (did you mean "ncsc-adviseert-citrix-uit-te-schakelen"?) — use the file name of another event in the events folder, without .md`,
    ],
  },
  {
    name: 'duplicates: an id that differs only in capitals, the same title on the same date',
    files: {
      'Kamer-Stopt-Met-Thuiswerken.md': edited('Kamer stopt, met hoofdletters', 3, 'date: 2020-01-21'),
      'zelfde-titel-zelfde-datum.md': edited('Tweede Kamer stopt met thuiswerken', 3, 'date: 2020-01-20'),
    },
    expected: (at) => [
      `${at('Kamer-Stopt-Met-Thuiswerken.md')}: duplicate id: the file name differs from kamer-stopt-met-thuiswerken.md only in capitals or accents — keep one of the two files, or rename this one to a lowercase name of its own such as kamer-stopt-met-thuiswerken-2.md`,
      `${at('zelfde-titel-zelfde-datum.md')}:2: title: the same title on the same date as ${at('kamer-stopt-met-thuiswerken.md')} — this looks like a duplicate: remove one of the two files, or make the titles say how the events differ`,
    ],
  },
  {
    name: 'a source address that is not http(s)',
    files: {
      'ftp-bron.md': edited('FTP-bron', 10, '    url: ftp://ftp.example.org/bericht.txt'),
      'script-bron.md': edited('Script als bron', 10, '    url: javascript:alert(1)'),
    },
    expected: (at) =>
      ['ftp-bron.md', 'script-bron.md'].map(
        (name) =>
          `${at(name)}:10: sources.0.url: is not a web address starting with https:// or http:// — write the full address starting with https:// (or http://), or leave the field out`,
      ),
  },
  {
    name: 'file names that are not lowercase slugs',
    files: {
      'Universiteit Leiden.md': event('Spaties en hoofdletters').join('\n'),
      'café-overleg.md': event('Accent').join('\n'),
    },
    expected: (at) => [
      `${at('Universiteit Leiden.md')}: the file name is not a lowercase slug — rename it to universiteit-leiden.md`,
      `${at('café-overleg.md')}: the file name is not a lowercase slug — rename it to cafe-overleg.md`,
    ],
  },
  {
    name: 'a file that is not UTF-8',
    files: { 'latin-1.md': Buffer.from(edited('Café in Leiden', 2, 'title: Café in Leiden'), 'latin1') },
    expected: (at) => [
      `${at('latin-1.md')}: is not valid UTF-8 text (the first bad byte is on line 2) — save the file as UTF-8 text`,
    ],
  },
  {
    name: 'raw HTML that could run: <script>, on…=, javascript: links, <iframe>, <style>',
    files: {
      'onveilige-html.md': edited(
        'Onveilige HTML',
        13,
        'Tekst met <abbr title="Nationaal Cyber Security Centrum">NCSC</abbr> en **vet** mag.', //  13
        '', //                                                                                    14
        '<script>window.__pwned = 1</script>', //                                                 15
        '', //                                                                                    16
        'Een plaatje <img src="x.png" onerror="window.__pwned = 2"> in de tekst.', //               17
        '', //                                                                                    18
        '[klik hier](javascript:window.__pwned=3)', //                                            19
        '', //                                                                                    20
        '<iframe srcdoc="<script>parent.__pwned = 4</script>"></iframe>', //                      21
        '', //                                                                                    22
        '<style>body { display: none }</style>', //                                               23
        '', //                                                                                    24
        'Lees <a href="javascript:window.__pwned = 5">dit</a> of <svg onload="window.__pwned = 6"></svg>.', // 25
      ),
    },
    expected: (at) => [
      `${at('onveilige-html.md')}:15: body: contains <script> element, ${UNSAFE}`,
      `${at('onveilige-html.md')}:17: body: contains event-handler attribute onerror=, ${UNSAFE}`,
      `${at('onveilige-html.md')}:19: body: contains a javascript: link, ${UNSAFE}`,
      `${at('onveilige-html.md')}:21: body: contains <iframe> element, ${UNSAFE}`,
      `${at('onveilige-html.md')}:23: body: contains <style> element, ${UNSAFE}`,
      `${at('onveilige-html.md')}:25: body: contains a javascript: (or data:) URL, ${UNSAFE}`,
      `${at('onveilige-html.md')}:25: body: contains event-handler attribute onload=, ${UNSAFE}`,
    ],
  },
];

function writeFiles(content: string, files: ErrorClass['files']): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(content, 'events', name), text);
}

const naming = (content: string) => (name: string) => shown(content, 'events', name);

/** Runs `work` over `items`, at most `limit` at a time (each is a Node process). */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

after(removeCopies);

describe('npm run check, one error class at a time', () => {
  const runs = new Map<string, { content: string; result: ToolResult & { problems: string[]; summary: string } }>();
  before(async () => {
    await pool(CLASSES, 4, async (errorClass) => {
      const content = baseCopy();
      writeFiles(content, errorClass.files);
      runs.set(errorClass.name, { content, result: await runCheck(content) });
    });
  });

  test('the base fixture itself is valid', async () => {
    const result = await runCheck(baseCopy());
    assert.deepEqual(result.problems, []);
    assert.equal(result.code, 0);
    assert.match(result.summary, /^2 events checked in \d+ ms: 0 errors, 0 warnings\.$/);
  });

  for (const errorClass of CLASSES) {
    test(errorClass.name, () => {
      const { content, result } = runs.get(errorClass.name)!;
      const expected = errorClass.expected(naming(content));
      assert.deepEqual([...result.problems].sort(), [...expected].sort(), result.stdout + result.stderr);
      assert.equal(result.code, 1, 'npm run check must fail');
      assert.match(result.summary, new RegExp(`: ${expected.length} errors?, 0 warnings\\.$`));
      assert.equal(result.stderr, '');
    });
  }

  test('a date in the future is a warning and does not fail the check', async () => {
    const content = baseCopy();
    writeFiles(content, { 'aangekondigd.md': edited('Aangekondigd', 3, 'date: 2099-05') });
    const result = await runCheck(content);
    assert.deepEqual(result.problems, [
      `${naming(content)('aangekondigd.md')}:3: warning: date: 2099-05 is in the future — check the year; announced events are fine`,
    ]);
    assert.equal(result.code, 0);
    assert.match(result.summary, /: 0 errors, 1 warning\.$/);
  });

  test('problems in several files come out together, every one of them', async () => {
    const content = baseCopy();
    const some = CLASSES.slice(0, 4);
    for (const errorClass of some) writeFiles(content, errorClass.files);
    const result = await runCheck(content);
    const expected = some.flatMap((errorClass) => errorClass.expected(naming(content)));
    assert.deepEqual([...result.problems].sort(), [...expected].sort());
    assert.equal(result.code, 1);
  });
});

describe('the build refuses the same files with the same messages', () => {
  test('all error classes in one folder: every line appears and the build fails', () => {
    const content = baseCopy();
    for (const errorClass of CLASSES) writeFiles(content, errorClass.files);
    const result = build({ content });
    assert.notEqual(result.status, 0, 'the build succeeded');
    const expected = CLASSES.flatMap((errorClass) => errorClass.expected(naming(content)));
    const missing = expected.filter((line) => !result.output.includes(line));
    assert.deepEqual(missing, [], `lines missing from the build output:\n${result.output}`);
    assert.match(result.output, new RegExp(`Content files have ${expected.length} problems:`));
  });
});
