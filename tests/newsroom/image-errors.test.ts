/**
 * Images and corrections in the frontmatter, as an editor gets them wrong:
 * each bad case written into a copy of the checker's small valid fixture,
 * `npm run check` run as a child process, the exact lines it prints (file,
 * line, field, what is wrong, what to write) and its exit code. Then every
 * bad case in one folder, built once: the build refuses them with the same
 * lines. The images are made here, with sharp: a small photo, a text file
 * named .jpg, a JPEG cut off halfway, an empty file.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { checkContent } from '../../src/content/check.ts';
import { build } from '../support/build.ts';
import { baseCopy, removeCopies, runCheck, shown, type ToolResult } from '../checker/support.ts';
import { writePhoto } from './photo.ts';

const SRC_HINT =
  'put the image file next to the event file and write its exact name (capitals count), e.g. src: ./foto.jpg';
const ALT_HINT =
  'describe what the image shows, e.g. alt: Het stadhuis van Zutphen; write alt: "" only for a purely decorative image';
const CREDIT_HINT = 'name the maker or source and the licence, e.g. credit: "Foto: Jan Jansen, CC BY 4.0"';

/** A valid event with an image; its lines are numbered as the checker counts them. */
function event(title: string, src = './foto.jpg'): string[] {
  return [
    '---', //                                                       1
    `title: ${title}`, //                                           2
    'date: 2020-01-15', //                                          3
    'summary: De universiteit zet haar Citrix-servers uit.', //     4
    'organisations: [universiteit-leiden]', //                      5
    'tags: [afsluiting]', //                                        6
    'sources:', //                                                  7
    '  - title: Leiden sluit Citrix', //                            8
    '    date: 2020-01-14', //                                      9
    '    language: nl', //                                         10
    'image:', //                                                   11
    `  src: ${src}`, //                                            12
    '  alt: Het Academiegebouw in Leiden', //                      13
    '  caption: Het bestuur besloot hier tot de afsluiting.', //   14
    '  credit: "Foto: Tijdlijn-test, CC0"', //                     15
    'corrections:', //                                             16
    '  - date: 2020-01-21', //                                     17
    '    note: De servers gingen op 15 januari uit, niet op 14 januari.', // 18
    '---', //                                                      19
    'De Universiteit Leiden zet haar servers uit.', //             20
  ];
}

/** The event with lines `from` to `to` replaced by `lines` (none: removed). */
function replaced(title: string, from: number, to: number, ...lines: string[]): string {
  const text = event(title);
  text.splice(from - 1, to - from + 1, ...lines);
  return `${text.join('\n')}\n`;
}
const edited = (title: string, line: number, ...lines: string[]) => replaced(title, line, line, ...lines);
const withSrc = (title: string, src: string) => `${event(title, src).join('\n')}\n`;

let photo: Buffer;
let cutOff: Buffer;

interface BadCase {
  name: string;
  files: () => Record<string, string | Buffer>;
  /** The lines `npm run check` prints; `at(name)` is how it names events/<name>. */
  expected: (at: (name: string) => string) => string[];
}

const CASES: BadCase[] = [
  {
    name: 'an image file that does not exist, with the file looked for',
    files: () => ({ 'ontbrekend-bestand.md': withSrc('Ontbrekend bestand', './academiegebouw.jpg') }),
    expected: (at) => [
      `${at('ontbrekend-bestand.md')}:12: image.src: "./academiegebouw.jpg" does not exist: there is no ${at('academiegebouw.jpg')} — ${SRC_HINT}`,
    ],
  },
  {
    name: 'a misspelt image name, with the file meant',
    files: () => ({ 'verkeerde-naam.md': withSrc('Verkeerde naam', './Fotoo.jpg') }),
    expected: (at) => [
      `${at('verkeerde-naam.md')}:12: image.src: "./Fotoo.jpg" does not exist: there is no ${at('Fotoo.jpg')} (did you mean "./foto.jpg"?) — ${SRC_HINT}`,
    ],
  },
  {
    name: 'a missing alt key, and an alt left empty by mistake',
    files: () => ({ 'zonder-alt.md': edited('Zonder alt', 13), 'lege-alt.md': edited('Lege alt', 13, '  alt:') }),
    expected: (at) => [
      `${at('zonder-alt.md')}:12: image.alt: is missing — ${ALT_HINT}`,
      `${at('lege-alt.md')}:13: image.alt: is empty — ${ALT_HINT}`,
    ],
  },
  {
    name: 'a missing credit',
    files: () => ({ 'zonder-credit.md': edited('Zonder credit', 15) }),
    expected: (at) => [`${at('zonder-credit.md')}:12: image.credit: is missing — ${CREDIT_HINT}`],
  },
  {
    name: 'a file that is no image, a damaged image and an empty file',
    files: () => ({
      'geen-afbeelding.md': withSrc('Geen afbeelding', './tekst.jpg'),
      'tekst.jpg': 'Dit is geen foto, maar tekst.\n',
      'afgebroken-afbeelding.md': withSrc('Afgebroken afbeelding', './afgebroken.jpg'),
      'afgebroken.jpg': cutOff,
      'lege-afbeelding.md': withSrc('Lege afbeelding', './leeg.png'),
      'leeg.png': '',
    }),
    expected: (at) => [
      `${at('geen-afbeelding.md')}:12: image.src: "./tekst.jpg" is not an image the site can read — save it again as JPEG, PNG, WebP or AVIF: this file is damaged or no image at all`,
      `${at('afgebroken-afbeelding.md')}:12: image.src: "./afgebroken.jpg" is damaged: its image data cannot be read to the end — save or export the image again from the original`,
      `${at('lege-afbeelding.md')}:12: image.src: "./leeg.png" is an empty file — save the image again, as JPEG, PNG, WebP or AVIF`,
    ],
  },
  {
    name: 'an image from another site, outside the events folder, or of a type the site cannot convert',
    files: () => ({
      'beeld-van-elders.md': withSrc('Beeld van elders', 'https://example.org/foto.jpg'),
      'beeld-buiten-map.md': withSrc('Beeld buiten de map', '../foto.jpg'),
      'heic-beeld.md': withSrc('HEIC-beeld', './IMG_0042.HEIC'),
    }),
    expected: (at) => [
      `${at('beeld-van-elders.md')}:12: image.src: "https://example.org/foto.jpg" is a web address; the site publishes only images it holds itself — save the image next to the event file and write its name, e.g. src: ./foto.jpg`,
      `${at('beeld-buiten-map.md')}:12: image.src: "../foto.jpg" points outside the events folder — put the image in the events folder (or a folder inside it) and write e.g. src: ./foto.jpg`,
      `${at('heic-beeld.md')}:12: image.src: "./IMG_0042.HEIC" is not an image type the site can convert — use a JPEG, PNG, WebP, AVIF, GIF or TIFF file (a HEIC photo from a phone: export it as JPEG)`,
    ],
  },
  {
    name: 'an unknown image field, with the field meant',
    files: () => ({ 'onbekend-veld.md': edited('Onbekend veld', 15, '  credits: "Foto: Tijdlijn-test, CC0"') }),
    expected: (at) => [
      `${at('onbekend-veld.md')}:15: image.credits: unknown field "credits" — did you mean "credit"? The fields here are: src, alt, caption, credit`,
      `${at('onbekend-veld.md')}:12: image.credit: is missing — ${CREDIT_HINT}`,
    ],
  },
  {
    name: 'corrections: a month for a day, a missing note, a date before the event',
    files: () => ({
      'correctie-alleen-maand.md': edited('Correctie alleen maand', 17, '  - date: 2020-01'),
      'correctie-zonder-noot.md': edited('Correctie zonder noot', 18),
      'correctie-voor-gebeurtenis.md': edited('Correctie voor gebeurtenis', 17, '  - date: 2020-01-10'),
    }),
    expected: (at) => [
      `${at('correctie-alleen-maand.md')}:17: corrections.0.date: 2020-01 gives only the month; a correction needs its day — write the day of the correction, e.g. date: 2020-01-21 (or with a time: 2020-01-21T09:15)`,
      `${at('correctie-zonder-noot.md')}:17: corrections.0.note: is missing — write one or two sentences, e.g. note: Het besluit viel op 16 januari, niet op 15 januari.`,
      `${at('correctie-voor-gebeurtenis.md')}:17: corrections.0.date: 2020-01-10 is before the event's date 2020-01-15 — write the day of the correction, e.g. date: 2020-01-21 (or with a time: 2020-01-21T09:15)`,
    ],
  },
];

function writeFiles(content: string, files: Record<string, string | Buffer>): void {
  for (const [name, data] of Object.entries(files)) writeFileSync(join(content, 'events', name), data);
}

/** A copy of the base fixture with the valid photo in it. */
function withPhoto(): string {
  const content = baseCopy();
  writeFileSync(join(content, 'events', 'foto.jpg'), photo);
  return content;
}

const naming = (content: string) => (name: string) => shown(content, 'events', name);

before(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tijdlijn-photo-'));
  await writePhoto(join(dir, 'foto.jpg'), { width: 800, height: 600 });
  photo = readFileSync(join(dir, 'foto.jpg'));
  cutOff = photo.subarray(0, Math.floor(photo.length * 0.6));
});
after(removeCopies);

describe('npm run check: images and corrections', () => {
  const runs = new Map<string, { content: string; result: ToolResult & { problems: string[]; summary: string } }>();
  before(async () => {
    await Promise.all(
      CASES.map(async (badCase) => {
        const content = withPhoto();
        writeFiles(content, badCase.files());
        runs.set(badCase.name, { content, result: await runCheck(content) });
      }),
    );
  });

  test('a valid image and correction pass, and so do a decorative image with alt: "" and an image in a folder', async () => {
    const content = withPhoto();
    mkdirSync(join(content, 'events', 'beelden'));
    writeFileSync(join(content, 'events', 'beelden', 'Academiegebouw.JPG'), photo);
    writeFiles(content, {
      'met-afbeelding.md': withSrc('Met afbeelding', './foto.jpg'),
      'decoratief.md': edited('Decoratief', 13, '  alt: ""'),
      'in-een-map.md': withSrc('In een map', './beelden/Academiegebouw.JPG'),
    });
    const result = await runCheck(content);
    assert.deepEqual(result.problems, []);
    assert.equal(result.code, 0);
    assert.match(result.summary, /^5 events checked in \d+ ms: 0 errors, 0 warnings\.$/);
    const report = checkContent(content);
    const image = report.events.find((item) => item.id === 'decoratief')!.frontmatter.image!;
    assert.deepEqual(
      { ...image },
      {
        src: './foto.jpg',
        alt: '',
        caption: 'Het bestuur besloot hier tot de afsluiting.',
        credit: 'Foto: Tijdlijn-test, CC0',
      },
    );
  });

  for (const badCase of CASES) {
    test(badCase.name, () => {
      const { content, result } = runs.get(badCase.name)!;
      const expected = badCase.expected(naming(content));
      assert.deepEqual([...result.problems].sort(), [...expected].sort(), result.stdout + result.stderr);
      assert.equal(result.code, 1, 'npm run check must fail');
      assert.match(result.summary, new RegExp(`: ${expected.length} errors?, 0 warnings\\.$`));
      assert.equal(result.stderr, '');
    });
  }
});

describe('the build refuses the same images with the same messages', () => {
  test('all bad cases in one folder: every line appears and the build fails', () => {
    const content = withPhoto();
    for (const badCase of CASES) writeFiles(content, badCase.files());
    const result = build({ content });
    assert.notEqual(result.status, 0, 'the build succeeded');
    const expected = CASES.flatMap((badCase) => badCase.expected(naming(content)));
    const missing = expected.filter((line) => !result.output.includes(line));
    assert.deepEqual(missing, [], `lines missing from the build output:\n${result.output}`);
    assert.match(result.output, new RegExp(`Content files have ${expected.length} problems:`));
  });
});
