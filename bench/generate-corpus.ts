/**
 * Deterministic synthetic content folder for benchmarks and tests.
 *
 *   node bench/generate-corpus.ts --events 3000 --out /tmp/corpus-3000 [--seed 1]
 *
 * Writes site.yaml, organisations.yaml, tags.yaml and events/<id>.md in the
 * same shape as content/. Everything comes from one seeded PRNG (mulberry32),
 * so the same seed and event count give byte-identical files. Dates fall in
 * 2016–2025, never in the future, and the folder passes the content checker.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface CorpusOptions {
  events: number;
  seed?: number;
  /** Output folder; its events/ subfolder is replaced. */
  out: string;
}

export interface CorpusSummary {
  out: string;
  events: number;
  organisations: number;
  tags: number;
}

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers bound to one PRNG. */
function randomTools(random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1)); // inclusive
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  /** `count` distinct items, in drawing order. */
  const sample = <T>(list: readonly T[], count: number): T[] => {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  return { random, int, pick, chance, sample };
}
type Random = ReturnType<typeof randomTools>;

// ---------------------------------------------------------------- word lists

const PLACES = [
  'Amsterdam',
  'Rotterdam',
  'Den Haag',
  'Utrecht',
  'Eindhoven',
  'Groningen',
  'Tilburg',
  'Almere',
  'Breda',
  'Nijmegen',
  'Apeldoorn',
  'Haarlem',
  'Arnhem',
  'Enschede',
  'Amersfoort',
  'Zaanstad',
  'Den Bosch',
  'Haarlemmermeer',
  'Zwolle',
  'Zoetermeer',
  'Leiden',
  'Maastricht',
  'Dordrecht',
  'Ede',
  'Alphen aan den Rijn',
  'Leeuwarden',
  'Alkmaar',
  'Emmen',
  'Westland',
  'Delft',
  'Venlo',
  'Deventer',
  'Sittard-Geleen',
  'Helmond',
  'Oss',
  'Amstelveen',
  'Súdwest-Fryslân',
  'Hilversum',
  'Heerlen',
  'Hengelo',
  'Purmerend',
  'Roosendaal',
  'Schiedam',
  'Lelystad',
  'Almelo',
  'Vlaardingen',
  'Gouda',
  'Hoorn',
  'Assen',
  'Zutphen',
  'Winsum',
  'Zuidhorn',
  'Middelburg',
  'Vlissingen',
  'Goes',
  'Terneuzen',
  'Roermond',
  'Weert',
  'Doetinchem',
  'Harderwijk',
  'Veenendaal',
  'Wageningen',
  'Meppel',
  'Hoogeveen',
  'Drachten',
  'Sneek',
  'Heerenveen',
  'Kampen',
  'Tiel',
  'Culemborg',
  'Bergen op Zoom',
  'Waalwijk',
  'Kerkrade',
  'Den Helder',
  'Zeist',
  'Nieuwegein',
  'Houten',
  'Woerden',
  'Katwijk',
  'Noordwijk',
];
const PROVINCES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
];
const AGENCIES = [
  'Belastingdienst',
  'UWV',
  'RDW',
  'Rijkswaterstaat',
  'Kadaster',
  'Centraal Bureau voor de Statistiek',
  'Dienst Uitvoering Onderwijs',
  'Sociale Verzekeringsbank',
  'Centraal Justitieel Incassobureau',
  'Immigratie- en Naturalisatiedienst',
  'Nationaal Cyber Security Centrum',
  'Autoriteit Persoonsgegevens',
  'Rijksdienst voor Ondernemend Nederland',
  'Logius',
  'Kamer van Koophandel',
  'Tweede Kamer',
  'Eerste Kamer',
  'Ministerie van Binnenlandse Zaken',
  'Ministerie van Justitie en Veiligheid',
  'Ministerie van Financiën',
  'Ministerie van Defensie',
  'Ministerie van Volksgezondheid',
  'Ministerie van Onderwijs',
  'Nationale Politie',
  'Openbaar Ministerie',
  'Rechtspraak',
  'Algemene Rekenkamer',
];
const UNIVERSITIES = [
  'Universiteit van Amsterdam',
  'Vrije Universiteit Amsterdam',
  'Universiteit Leiden',
  'Universiteit Utrecht',
  'Rijksuniversiteit Groningen',
  'Erasmus Universiteit Rotterdam',
  'Radboud Universiteit',
  'Universiteit Maastricht',
  'Tilburg University',
  'TU Delft',
  'TU Eindhoven',
  'Universiteit Twente',
  'Wageningen University',
  'Open Universiteit',
];
const COMPANY_HEADS = [
  'Data',
  'Net',
  'Cloud',
  'Info',
  'Sys',
  'Code',
  'Bit',
  'Link',
  'Secure',
  'Web',
  'Digi',
  'Host',
  'Soft',
  'Tele',
  'Byte',
];
const COMPANY_TAILS = [
  'vaart',
  'werk',
  'haven',
  'poort',
  'brug',
  'stroom',
  'bouw',
  'kracht',
  'lijn',
  'punt',
  'veld',
  'wijs',
];
const BANK_HEADS = ['Noorder', 'Zuider', 'Wester', 'Ooster', 'Polder', 'Delta', 'Dijk', 'Kust', 'Heide', 'Rivier'];

const ADJECTIVES = [
  'nieuwe',
  'oude',
  'grote',
  'kleine',
  'belangrijke',
  'kwetsbare',
  'digitale',
  'externe',
  'interne',
  'tijdelijke',
  'landelijke',
  'regionale',
  'gevoelige',
  'verouderde',
  'extra',
  'strengere',
  'onduidelijke',
  'ernstige',
  'snelle',
  'gezamenlijke',
];
const NOUNS = [
  'systemen',
  'servers',
  'gegevens',
  'medewerkers',
  'burgers',
  'studenten',
  'patiënten',
  'klanten',
  'websites',
  'verbindingen',
  'wachtwoorden',
  'updates',
  'maatregelen',
  'afspraken',
  'bestanden',
  'netwerken',
  'computers',
  'diensten',
  'aanvragen',
  'meldingen',
  'leveranciers',
  'inwoners',
  'rapporten',
  'toegangspassen',
  'back-ups',
  'kwetsbaarheden',
  'onderzoekers',
  'beheerders',
  'accounts',
  'apps',
];
const VERBS = [
  'controleert',
  'sluit',
  'vervangt',
  'onderzoekt',
  'beveiligt',
  'meldt',
  'herstelt',
  'blokkeert',
  'test',
  'bespreekt',
  'waarschuwt',
  'informeert',
  'verplaatst',
  'bewaakt',
  'vernieuwt',
  'beperkt',
  'opent',
  'evalueert',
  'publiceert',
  'analyseert',
];
const ADVERBS = [
  'voorlopig',
  'direct',
  'opnieuw',
  'uit voorzorg',
  'voor het eerst',
  'alsnog',
  'zo snel mogelijk',
  'tijdelijk',
  'grondig',
  'op korte termijn',
  'volgens de planning',
  'met spoed',
  'zonder uitzondering',
  'stap voor stap',
  'in overleg',
];
const CONNECTORS = [
  'Daarna',
  'Volgens een woordvoerder',
  'Ondertussen',
  'Intussen',
  'Later die week',
  'Tegelijk',
  'Bovendien',
  'Toch',
  'Daarom',
  'Eerder',
];
const CLAUSES = [
  'nadat een lek bekend werd',
  'omdat de fabrikant nog geen update heeft',
  'na vragen van de gemeenteraad',
  'op advies van het NCSC',
  'na een melding van een onderzoeker',
  "omdat de risico's te groot zijn",
  'in afwachting van het onderzoek',
  'na overleg met de leverancier',
  'ondanks kritiek van medewerkers',
  'zodat de dienstverlening doorgaat',
];
const TITLE_ACTIONS = [
  'sluit externe toegang af',
  'meldt datalek',
  'waarschuwt voor phishing',
  'schakelt systemen uit',
  'start onderzoek naar storing',
  'herstelt dienstverlening',
  'installeert beveiligingsupdate',
  'stopt tijdelijk met thuiswerken',
  'doet aangifte na hackpoging',
  'vervangt verouderde servers',
  'publiceert evaluatie',
  'krijgt boete van toezichthouder',
  'neemt extra maatregelen',
  'ziet geen risico',
  'verplaatst gegevens naar de cloud',
  'blokkeert verdachte verbindingen',
  'informeert inwoners over lek',
  'test noodprocedures',
  'opent meldpunt',
  'zet website tijdelijk offline',
  'legt betalingen stil',
  'laat systemen doorlichten',
  'kondigt nieuwe regels aan',
  'trekt aanbesteding in',
  'herstelt back-ups',
  'verscherpt wachtwoordbeleid',
];
const HEADLINE_WORDS = [
  'Storing',
  'Lek',
  'Onderzoek',
  'Zorgen',
  'Kritiek',
  'Maatregelen',
  'Vragen',
  'Onrust',
  'Hack',
  'Advies',
];
const PUBLISHERS = [
  'NOS',
  'NRC',
  'de Volkskrant',
  'Trouw',
  'AD',
  'Het Parool',
  'RTL Nieuws',
  'Tweakers',
  'Security.nl',
  'Dagblad van het Noorden',
  'Leeuwarder Courant',
  'Computable',
  'Binnenlands Bestuur',
  'Skipr',
  'ScienceGuide',
  'De Gelderlander',
  'BNR',
  'Financieel Dagblad',
];
const TAGS: ReadonlyArray<[string, string]> = [
  ['beveiligingslek', 'Beveiligingslek'],
  ['datalek', 'Datalek'],
  ['ransomware', 'Ransomware'],
  ['phishing', 'Phishing'],
  ['storing', 'Storing'],
  ['privacy', 'Privacy'],
  ['wetgeving', 'Wetgeving'],
  ['rechtszaak', 'Rechtszaak'],
  ['onderzoek', 'Onderzoek'],
  ['advies', 'Advies'],
  ['thuiswerken', 'Thuiswerken'],
  ['afsluiting', 'Afsluiting'],
  ['maatregelen', 'Maatregelen'],
  ['dienstverlening', 'Dienstverlening'],
  ['hackpoging', 'Hackpoging'],
  ['website', 'Website'],
  ['aanbesteding', 'Aanbesteding'],
  ['cloud', 'Cloud'],
  ['digitale-overheid', 'Digitale overheid'],
  ['identiteitsfraude', 'Identiteitsfraude'],
  ['ddos', 'DDoS-aanval'],
  ['toezicht', 'Toezicht'],
  ['boete', 'Boete'],
  ['update', 'Update'],
  ['leverancier', 'Leverancier'],
  ['wachtwoorden', 'Wachtwoorden'],
  ['back-up', 'Back-up'],
  ['evaluatie', 'Evaluatie'],
  ['kamervragen', 'Kamervragen'],
  ['geen-maatregelen', 'Geen maatregelen'],
];
const SECTORS: ReadonlyArray<[id: string, label: string, count: number]> = [
  ['overheid', 'Overheid', 70],
  ['onderwijs', 'Onderwijs en onderzoek', 35],
  ['zorg', 'Zorg', 35],
  ['ict', 'ICT-bedrijven', 30],
  ['financieel', 'Banken en verzekeraars', 15],
  ['media', 'Media', 15],
];

// ------------------------------------------------------------------- helpers

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pad = (n: number) => String(n).padStart(2, '0');

/** A YAML scalar: plain when that is unambiguous, else double-quoted (JSON strings are valid YAML). */
function yamlString(text: string): string {
  return /^[A-Za-zÀ-ÿ][^:#"'\n[\]{}]*[^\s:]$/.test(text) ? text : JSON.stringify(text);
}

interface Organisation {
  id: string;
  name: string;
  sector: string;
  place: string;
  website?: string;
}

/** Candidate organisations per sector; the first `count` distinct ids of a shuffled list are kept. */
function organisations(r: Random): Organisation[] {
  const candidates: Record<string, Array<[name: string, place: string]>> = {
    overheid: [
      ...PLACES.map((p): [string, string] => [`Gemeente ${p}`, p]),
      ...PROVINCES.map((p): [string, string] => [`Provincie ${p}`, r.pick(PLACES)]),
      ...AGENCIES.map((a): [string, string] => [
        a,
        r.pick(['Den Haag', 'Utrecht', 'Groningen', 'Apeldoorn', 'Amsterdam']),
      ]),
    ],
    onderwijs: [
      ...UNIVERSITIES.map((u): [string, string] => [u, r.pick(PLACES)]),
      ...PLACES.map((p): [string, string] => [`Hogeschool ${p}`, p]),
      ...PLACES.map((p): [string, string] => [`ROC ${p}`, p]),
    ],
    zorg: [
      ...PLACES.map((p): [string, string] => [`Ziekenhuis ${p}`, p]),
      ...PLACES.map((p): [string, string] => [`GGD ${p}`, p]),
      ...PLACES.map((p): [string, string] => [`Medisch Centrum ${p}`, p]),
    ],
    ict: COMPANY_HEADS.flatMap((h) => COMPANY_TAILS.map((t): [string, string] => [`${h}${t} B.V.`, r.pick(PLACES)])),
    financieel: BANK_HEADS.flatMap((h) =>
      ['Bank', 'Verzekeringen', 'Spaarbank'].map((t): [string, string] => [`${h} ${t}`, r.pick(PLACES)]),
    ),
    media: [
      ...PROVINCES.map((p): [string, string] => [`Omroep ${p}`, r.pick(PLACES)]),
      ...PLACES.map((p): [string, string] => [`Dagblad ${p}`, p]),
    ],
  };
  const result: Organisation[] = [];
  const ids = new Set<string>();
  for (const [sector, , count] of SECTORS) {
    const pool = candidates[sector]!;
    let taken = 0;
    // Fisher–Yates shuffle with the PRNG, then take the first `count`.
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(r.random() * (i + 1));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
    }
    for (const [name, place] of pool) {
      if (taken === count) break;
      const id = slugify(name);
      if (ids.has(id)) continue;
      ids.add(id);
      taken++;
      result.push({ id, name, sector, place, ...(r.chance(0.7) ? { website: `https://www.${id}.example.nl` } : {}) });
    }
  }
  return result.sort((a, b) => a.id.localeCompare(b.id));
}

// --------------------------------------------------------------------- dates

const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAYS = 3653; // 2016-01-01 .. 2025-12-31
const DAY_MS = 86_400_000;

interface Day {
  y: number;
  m: number;
  d: number;
}
const dayAt = (ms: number): Day => {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};
const dayString = ({ y, m, d }: Day) => `${y}-${pad(m)}-${pad(d)}`;

/** A date in the written forms of each precision, with a matching optional end. */
function eventDates(r: Random): { date: string; end?: string; day: number } {
  const day = r.int(0, DAYS - 1);
  const start = dayAt(FIRST_DAY + day * DAY_MS);
  const roll = r.random();
  const withEnd = r.chance(0.05);
  // Ends lie later than the start at the same precision, and never after 2026-01.
  const endDay = dayAt(FIRST_DAY + (day + r.int(1, 30)) * DAY_MS);
  if (roll < 0.05) {
    return { date: String(start.y), ...(withEnd && start.y < 2025 ? { end: String(start.y + 1) } : {}), day };
  }
  if (roll < 0.15) {
    const next = dayAt(Date.UTC(start.y, start.m, 1));
    return { date: `${start.y}-${pad(start.m)}`, ...(withEnd ? { end: `${next.y}-${pad(next.m)}` } : {}), day };
  }
  if (roll < 0.75) {
    return { date: dayString(start), ...(withEnd ? { end: dayString(endDay) } : {}), day };
  }
  // Time of day. Local times stay between 07:00 and 22:59, away from the DST gap.
  const offsetRoll = r.random();
  const minute = pad(r.pick([0, 5, 10, 15, 20, 30, 40, 45, 50]));
  let date: string;
  if (offsetRoll < 0.25) date = `${dayString(start)}T${pad(r.int(0, 23))}:${minute}:00Z`;
  else if (offsetRoll < 0.35) date = `${dayString(start)}T${pad(r.int(7, 22))}:${minute}+01:00`;
  else date = `${dayString(start)}T${pad(r.int(7, 22))}:${minute}`;
  return { date, ...(withEnd ? { end: `${dayString(endDay)}T${pad(r.int(7, 22))}:00` } : {}), day };
}

// ---------------------------------------------------------------------- text

function sentence(r: Random, subject: string): string {
  const parts = [
    r.chance(0.3) ? `${r.pick(CONNECTORS)} ${r.pick(VERBS)} ${subject}` : `${subject} ${r.pick(VERBS)}`,
    r.chance(0.6) ? `de ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}` : `de ${r.pick(NOUNS)}`,
    r.chance(0.5) ? r.pick(ADVERBS) : '',
    r.chance(0.5) ? `van ${r.pick(['de', 'alle', 'veel', 'enkele'])} ${r.pick(NOUNS)}` : '',
    r.chance(0.5) ? r.pick(CLAUSES) : '',
  ];
  return `${capitalise(parts.filter(Boolean).join(' '))}.`;
}

const wordCount = (text: string) => text.split(/\s+/).length;

/** Wraps a run of 1–3 plain words (no marks yet, no sentence end) in bold, italic or a link. */
function markUp(r: Random, paragraph: string, kind: 'bold' | 'italic' | 'link'): string {
  const words = paragraph.split(' ');
  const at = r.int(1, Math.max(1, words.length - 4));
  const run = words.slice(at, at + r.int(1, 3));
  if (run.length === 0 || run.some((word) => /[^\p{L}-]/u.test(word))) return paragraph; // leave punctuation and marks alone
  const text = run.join(' ');
  const marked =
    kind === 'bold'
      ? `**${text}**`
      : kind === 'italic'
        ? `*${text}*`
        : `[${text}](https://example.org/dossier/${slugify(text)})`;
  return [...words.slice(0, at), marked, ...words.slice(at + run.length)].join(' ');
}

function body(r: Random, subjects: string[]): string {
  // Sentences up to a word target (80–275, plus at most one sentence of overshoot),
  // then split over 2–5 paragraphs; lists and a quote come on top.
  const target = r.int(80, 275);
  const sentences: string[] = [];
  for (let words = 0; words < target; words += wordCount(sentences.at(-1)!)) {
    sentences.push(
      sentence(
        r,
        r.chance(0.5)
          ? r.pick(subjects)
          : `de ${r.pick(['organisatie', 'gemeente', 'directie', 'woordvoerder', 'toezichthouder', 'leverancier'])}`,
      ),
    );
  }
  const count = Math.min(r.int(2, 5), sentences.length);
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = sentences
      .slice(Math.floor((i * sentences.length) / count), Math.floor(((i + 1) * sentences.length) / count))
      .join(' ');
    if (r.chance(0.3)) text = markUp(r, text, 'bold');
    if (r.chance(0.2)) text = markUp(r, text, 'italic');
    if (r.chance(0.25)) text = markUp(r, text, 'link');
    paragraphs.push(text);
  }
  if (r.chance(0.2)) {
    const numbered = r.chance(0.3);
    const items = Array.from(
      { length: r.int(3, 5) },
      (_, i) =>
        `${numbered ? `${i + 1}.` : '-'} ${capitalise(`${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} ${r.pick(ADVERBS)}`)}`,
    );
    paragraphs.splice(r.int(1, paragraphs.length), 0, items.join('\n'));
  }
  if (r.chance(0.15)) {
    paragraphs.splice(
      r.int(1, paragraphs.length),
      0,
      `> "${sentence(r, r.pick(['de directie', 'de organisatie', 'het bestuur']))}"`,
    );
  }
  return paragraphs.join('\n\n');
}

// --------------------------------------------------------------------- files

function siteYaml(sectors: typeof SECTORS): string {
  return [
    '# Synthetic timeline for benchmarks; written by bench/generate-corpus.ts.',
    'title: Synthetisch archief',
    'description: >-',
    '  Een gegenereerd archief van digitale incidenten bij Nederlandse organisaties,',
    '  bedoeld om de bouw van de tijdlijn te meten.',
    'language: nl',
    'timeZone: Europe/Amsterdam',
    'site: https://tijdlijn.example.org',
    'base: /',
    'sectors:',
    ...sectors.map(([id, label]) => `  ${id}: ${label}`),
    '',
  ].join('\n');
}

interface PlannedEvent {
  id: string;
  title: string;
  date: string;
  end?: string;
  day: number;
  orgs: Organisation[];
}

/** Generates the whole folder. Same options → byte-identical files. */
export function generateCorpus({ events, seed = 1, out }: CorpusOptions): CorpusSummary {
  const r = randomTools(mulberry32(seed));
  const orgs = organisations(r);
  const dir = resolve(out);
  rmSync(join(dir, 'events'), { recursive: true, force: true });
  mkdirSync(join(dir, 'events'), { recursive: true });

  writeFileSync(join(dir, 'site.yaml'), siteYaml(SECTORS));
  writeFileSync(
    join(dir, 'organisations.yaml'),
    orgs
      .map(
        (o) =>
          `${o.id}:\n  name: ${yamlString(o.name)}\n  sector: ${o.sector}\n  place: ${yamlString(o.place)}\n${o.website ? `  website: ${o.website}\n` : ''}`,
      )
      .join(''),
  );
  writeFileSync(
    join(dir, 'tags.yaml'),
    TAGS.map(
      ([id, label], i) =>
        `${id}:\n  label: ${label}\n${i % 3 === 2 ? '' : `  description: Gebeurtenissen over ${label.toLowerCase()} bij organisaties en hun ${r.pick(NOUNS)}.\n`}`,
    ).join(''),
  );

  // Pass 1: ids, titles and dates, so that `related` can point at any event.
  const planned: PlannedEvent[] = [];
  const ids = new Set<string>();
  const titleAndDate = new Set<string>(); // the checker refuses the same title on the same date
  for (let i = 0; i < events; i++) {
    const eventOrgs = r.sample(orgs, r.chance(0.1) ? 0 : r.int(1, 3));
    let title: string;
    let dates: ReturnType<typeof eventDates>;
    do {
      const subject = eventOrgs[0]?.name ?? r.pick(['Onderzoekers', 'Kabinet', 'Toezichthouder', 'Leverancier']);
      title = `${subject} ${r.pick(TITLE_ACTIONS)}`;
      dates = eventDates(r);
    } while (titleAndDate.has(`${title.toLowerCase()}|${dates.date}`));
    titleAndDate.add(`${title.toLowerCase()}|${dates.date}`);
    const base = slugify(title).split('-').slice(0, 7).join('-');
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    planned.push({ id, title, ...dates, orgs: eventOrgs });
  }

  // Pass 2: frontmatter and body, one file per event.
  for (const event of planned) {
    const subjects = event.orgs.length > 0 ? event.orgs.map((o) => o.name) : ['het kabinet', 'de toezichthouder'];
    const summary = [sentence(r, subjects[0]!), ...(r.chance(0.5) ? [sentence(r, r.pick(subjects))] : [])].join(' ');
    const tagIds = r.sample(TAGS, r.int(1, 3)).map(([id]) => id);
    const related = r.chance(0.2)
      ? r
          .sample(planned, r.int(1, 2))
          .map((other) => other.id)
          .filter((id) => id !== event.id)
      : [];
    const sources = Array.from({ length: r.int(1, 3) }, () => {
      // Sources appear on the day or up to a week later, at day (or month) precision.
      const published = dayAt(FIRST_DAY + (event.day + r.int(0, 7)) * DAY_MS);
      const headline = `${r.pick(HEADLINE_WORDS)} bij ${subjects[0]!.replace(/^het |^de /, '')}: ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`;
      return [
        `  - title: ${yamlString(headline)}`,
        ...(r.chance(0.8) ? [`    publisher: ${yamlString(r.pick(PUBLISHERS))}`] : []),
        `    date: ${r.chance(0.85) ? dayString(published) : `${published.y}-${pad(published.m)}`}`,
        ...(r.chance(0.7) ? [`    url: https://example.org/nieuws/${published.y}/${slugify(headline)}`] : []),
        `    language: ${r.chance(0.85) ? 'nl' : 'en'}`,
      ].join('\n');
    });
    const lines = [
      '---',
      `title: ${yamlString(event.title)}`,
      `date: ${event.date}`,
      ...(event.end ? [`end: ${event.end}`] : []),
      `summary: ${yamlString(summary)}`,
      ...(event.orgs.length > 0 ? [`organisations: [${event.orgs.map((o) => o.id).join(', ')}]`] : []),
      `tags: [${tagIds.join(', ')}]`,
      'sources:',
      ...sources,
      ...(related.length > 0 ? [`related: [${related.join(', ')}]`] : []),
      '---',
      body(r, subjects),
      '',
    ];
    writeFileSync(join(dir, 'events', `${event.id}.md`), lines.join('\n'));
  }
  return { out: dir, events, organisations: orgs.length, tags: TAGS.length };
}

// CLI, only when run directly (not when imported by the benchmark or tests).
if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '3000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
    },
  });
  const events = Number(values.events);
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(events) || events < 1 || !Number.isInteger(seed)) {
    console.error('usage: node bench/generate-corpus.ts --events 3000 --out /tmp/corpus-3000 [--seed 1]');
    process.exit(2);
  }
  const started = performance.now();
  const summary = generateCorpus({ events, seed, out: values.out });
  console.log(
    `${summary.events} events, ${summary.organisations} organisations, ${summary.tags} tags → ${summary.out} (${((performance.now() - started) / 1000).toFixed(2)} s)`,
  );
}
