/**
 * The taxonomy files' schemas: one entry of organisations.yaml or tags.yaml is
 * checked on its own, each mistake at its field, and a key that is not an id
 * gets the id to write instead.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { idKeyProblem, organisationSchema, tagSchema } from '../../src/content/taxonomy-schema.ts';

const context = { sectorIds: new Set(['overheid']) };

// Each entry of organisations.yaml and tags.yaml is checked on its own (src/content/taxonomy.ts); its id by idKeyProblem below.
describe('organisationSchema and tagSchema', () => {
  const organisation = organisationSchema({ sectorIds: context.sectorIds });

  test('a valid organisation', () => {
    const result = organisation.safeParse({
      name: 'Dienst Uitvoering Onderwijs',
      sector: 'overheid',
      place: 'Groningen',
      website: 'https://duo.nl',
    });
    assert.equal(result.success, true, JSON.stringify(result.error?.issues));
  });

  test('an unknown sector is refused, naming the known sectors', () => {
    const result = organisation.safeParse({ name: 'DUO', sector: 'onderwijs', place: 'Groningen' });
    assert.equal(result.success, false);
    const issues = result.error!.issues;
    assert.equal(issues.length, 1);
    assert.deepEqual(issues[0]!.path, ['sector']);
    assert.match(issues[0]!.message, /onderwijs/);
    assert.match(issues[0]!.message, /overheid/);
  });

  test('an organisation id with capitals is no id, and the id to write is suggested', () => {
    assert.match(idKeyProblem('DUO', 'organisation')?.message ?? '', /did you mean "duo"/);
    assert.equal(idKeyProblem('duo', 'organisation'), undefined);
  });

  test('a tag without a label is refused at that tag', () => {
    const result = tagSchema.safeParse({ description: 'Werken vanuit huis' });
    assert.equal(result.success, false);
    assert.deepEqual(result.error!.issues[0]!.path, ['label']);
  });
});

describe('keys that are no ids', () => {
  test('a key that is no id gets the id to write; an id gets nothing', () => {
    assert.deepEqual(idKeyProblem('Social Media', 'tag'), {
      message: '"Social Media" is not an id (did you mean "social-media"?): tag ids are lowercase words joined by -',
      hint: 'write social-media: instead, and tags: [social-media] in the events that use it',
      suggestion: 'social-media',
    });
    assert.equal(idKeyProblem('Gemeente Utrecht', 'organisation')?.suggestion, 'gemeente-utrecht');
    assert.equal(
      idKeyProblem('!!!', 'thread')?.hint,
      'write an id of lowercase letters and digits joined by -, e.g. hackpogingen:',
    );
    assert.equal(idKeyProblem('social-media', 'tag'), undefined);
  });
});
