/**
 * What editors and CI rely on around the checker: the contributor guide's
 * generated field reference is current and agrees with the schema, the
 * npm scripts and CI workflow run the checker and tests, and the checker
 * is fast.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { parse } from 'yaml';
import { CONTRIBUTING, fieldsReference, updateContributing } from '../../scripts/contributing.ts';
import { eventSchema, type SchemaContext } from '../../src/content/schema.ts';
import { EVENT_FIELDS, SOURCE_FIELDS } from '../../src/content/schema-hints.ts';
import { ACCEPTED_DATE_FORMS } from '../../src/lib/dates/index.ts';
import { ROOT } from '../support/build.ts';
import { baseCopy, removeCopies, runCheck } from './support.ts';

after(removeCopies);

describe('CONTRIBUTING.md', () => {
  const text = readFileSync(CONTRIBUTING, 'utf8');

  test('its field reference is the one generated from the schema (else: npm run contributing)', () => {
    assert.equal(text, updateContributing(text), 'CONTRIBUTING.md is out of date: run `npm run contributing`');
  });

  test('the reference lists every event field, source field and date form', () => {
    const reference = fieldsReference();
    for (const field of [...Object.keys(EVENT_FIELDS), ...Object.keys(SOURCE_FIELDS)])
      assert.match(reference, new RegExp(`^\\| \`${field}\` \\|`, 'm'));
    for (const form of ACCEPTED_DATE_FORMS) assert.ok(reference.includes(`| \`${form}\` |`), form);
  });

  test('Dutch first, then English; it covers pull requests, npm run new, dates, organisations and the checker', () => {
    const dutch = text.indexOf('## Nederlands');
    const english = text.indexOf('## English');
    assert.ok(dutch > 0 && english > dutch);
    for (const part of [text.slice(dutch, english), text.slice(english)]) {
      for (const needle of ['pull request', 'npm run new', 'npm run check', 'organisations.yaml', '2020-01'])
        assert.ok(part.includes(needle), needle);
    }
  });
});

describe('the field tables agree with the schema', () => {
  const context: SchemaContext = {
    timeZone: 'Europe/Amsterdam',
    organisationIds: new Set(['duo']),
    tagIds: new Set(['thuiswerken']),
    sectorIds: new Set(['overheid']),
    threadIds: new Set(['hackpogingen']),
  };
  const source = { title: 'Bron', publisher: 'NOS', date: '2020-01-17', url: 'https://nos.nl/1', language: 'nl' };
  const full = {
    title: 'Titel',
    date: '2020-01-17',
    display_date: 'midden januari 2020',
    end: '2020-01-18',
    summary: 'Samenvatting.',
    organisations: ['duo'],
    tags: ['thuiswerken'],
    sources: [source],
    related: ['iets-anders'],
    threads: ['hackpogingen'],
    draft: false,
    image: {
      src: './foto.jpg',
      alt: 'Wat de foto toont',
      caption: 'Wat hij hier betekent.',
      credit: 'Foto: Naam, CC BY 4.0',
    },
    video: { url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE', title: 'De persconferentie', credit: 'Video: NOS' },
    audio: { url: 'https://example.org/interview.mp3' },
    corrections: [{ date: '2020-01-18', note: 'Een correctie.' }],
    published: '2020-01-17T09:30',
  };
  const accepts = (event: object) => eventSchema(context).safeParse(event).success;

  test('a complete event is valid, and has exactly the fields in EVENT_FIELDS and SOURCE_FIELDS', () => {
    assert.ok(accepts(full));
    assert.deepEqual(Object.keys(full), Object.keys(EVENT_FIELDS));
    assert.deepEqual(Object.keys(source), Object.keys(SOURCE_FIELDS));
  });

  for (const [field, { required }] of Object.entries(EVENT_FIELDS)) {
    test(`event field ${field}: ${required ? 'required' : 'optional'}`, () => {
      const { [field as keyof typeof full]: _left, ...without } = full;
      assert.equal(accepts(without), !required);
    });
  }

  for (const [field, { required }] of Object.entries(SOURCE_FIELDS)) {
    test(`source field ${field}: ${required ? 'required' : 'optional'}`, () => {
      const { [field as keyof typeof source]: _left, ...without } = source;
      assert.equal(accepts({ ...full, sources: [without] }), !required);
    });
  }
});

describe('npm scripts and CI', () => {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;

  test('npm run check, new and contributing run the scripts', () => {
    assert.equal(scripts['check'], 'node scripts/check-content.ts');
    assert.equal(scripts['new'], 'node scripts/new-event.ts');
    assert.equal(scripts['contributing'], 'node scripts/contributing.ts');
  });

  test('npm install on an older Node ends with one line that explains the EBADENGINE warnings; on Node 22.12 or newer, nothing', () => {
    assert.equal(scripts['postinstall'], 'node scripts/install-note.mjs');
    const note = (agent: string) =>
      execFileSync(process.execPath, ['scripts/install-note.mjs'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, npm_config_user_agent: agent },
      });
    const lines = note('npm/11.19.1 node/v20.20.2 linux x64 workspaces/false').split('\n').filter(Boolean);
    assert.deepEqual(lines, [
      "tijdlijn: the EBADENGINE warnings above are expected: npm runs on Node 20.20, the dependencies need 22.12 or newer, and every `npm run …` runs them on the project's own Node 24 (node_modules/.bin/node).",
    ]);
    assert.equal(note('npm/11.19.1 node/v22.11.0 linux x64 workspaces/false').split('\n').filter(Boolean).length, 1);
    assert.equal(note('npm/11.19.1 node/v22.12.0 linux x64 workspaces/false'), '');
    assert.equal(note('npm/11.19.1 node/v24.21.0 linux x64 workspaces/false'), '');
    // The version npm installs for the scripts really is the one the line names.
    assert.match(execFileSync(join(ROOT, 'node_modules/.bin/node'), ['--version'], { encoding: 'utf8' }), /^v24\./);
  });

  interface Step {
    uses?: string;
    run?: string;
    env?: Record<string, string>;
  }
  interface Job {
    if?: string;
    needs?: string;
    env?: Record<string, string>;
    permissions?: Record<string, string>;
    steps: Step[];
  }
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    jobs: Record<string, Job>;
  };

  test('pull requests run npm run check and npm test, with a browser for the browser tests', () => {
    assert.ok('pull_request' in workflow.on);
    const { test: job } = workflow.jobs;
    const runs = job!.steps.map((step) => step.run).filter(Boolean);
    assert.ok(runs.includes('npm run check') && runs.includes('npm test'), runs.join(', '));
    assert.ok(job!.env?.['CHROMIUM_PATH'], 'CHROMIUM_PATH is set');
  });

  test('main is built and published with the official GitHub Pages actions, after the tests pass', () => {
    const { deploy } = workflow.jobs;
    assert.equal(deploy!.needs, 'test');
    assert.match(deploy!.if ?? '', /refs\/heads\/main/);
    assert.match(deploy!.if ?? '', /pull_request/);
    assert.equal(deploy!.permissions?.['pages'], 'write');
    assert.equal(deploy!.permissions?.['id-token'], 'write');
    const uses = deploy!.steps.map((step) => step.uses?.replace(/@.*$/, '')).filter(Boolean);
    for (const action of ['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages'])
      assert.ok(uses.includes(action), action);
    assert.ok(deploy!.steps.some((step) => step.run === 'npm run build'));
  });
});

describe('speed', () => {
  // How fast: bench/check.ts prints the time per hundred files (a benchmark, not a test).
  test('npm run check reads and counts every one of many files', async () => {
    const content = baseCopy();
    const frontmatter = readFileSync(join(content, 'events/kamer-stopt-met-thuiswerken.md'), 'utf8').split(
      /^---\n/m,
    )[1]!;
    const body = Array.from(
      { length: 4 },
      (_, i) =>
        `Alinea ${i + 1} met **nadruk**, een [link](https://nos.nl/artikel/${i}) en <abbr title="Nationaal Cyber Security Centrum">NCSC</abbr>. ${'Meer tekst over het lek. '.repeat(12)}`,
    ).join('\n\n');
    const count = 300;
    for (let i = 0; i < count; i++) {
      const fields = frontmatter
        .replace(/^title: .*$/m, `title: Gebeurtenis ${i}`)
        .replace(
          /^date: .*$/m,
          `date: 2019-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        );
      writeFileSync(join(content, 'events', `gebeurtenis-${i}.md`), `---\n${fields}---\n${body}\n`);
    }
    const result = await runCheck(content);
    assert.deepEqual(result.problems, []);
    const match = /^(\d+) events checked in \d+ ms/.exec(result.summary);
    assert.equal(Number(match?.[1]), count + 2);
  });
});
