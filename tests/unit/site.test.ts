import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadTaxonomy } from '../../src/content/taxonomy.ts';
import { createSiteContext } from '../../src/data/site.ts';
import { ROOT } from '../support/build.ts';

const english = loadTaxonomy(join(ROOT, 'tests/fixtures/english'));
const address = { base: '/tijdlijn/', site: 'https://timeline.example.org', root: ROOT, incremental: false };

describe('createSiteContext', () => {
  test('dictionary, locale and zone follow the settings', () => {
    const site = createSiteContext(english, address);
    assert.equal(site.locale, 'en-GB');
    assert.equal(site.zone, 'Europe/London');
    assert.equal(site.t.navTimeline, 'Timeline');
  });

  test('routes under the base path, absolute URLs on the site', () => {
    const site = createSiteContext(english, address);
    assert.equal(site.paths.event('x'), '/tijdlijn/gebeurtenis/x/');
    assert.equal(site.absoluteUrl(site.paths.event('x')), 'https://timeline.example.org/tijdlijn/gebeurtenis/x/');
  });

  test('no repository, no forge links', () => {
    assert.equal(createSiteContext(english, address).forge, undefined);
  });

  test('a repository gives edit links into the content folder', () => {
    const settings = {
      ...english.settings,
      repository: { url: 'https://github.com/krant/tijdlijn', branch: 'main' },
      contentDir: join(ROOT, 'tests/fixtures/english'),
    };
    const site = createSiteContext({ ...english, settings }, address);
    assert.equal(
      site.forge?.edit('x'),
      'https://github.com/krant/tijdlijn/edit/main/tests/fixtures/english/events/x.md',
    );
  });

  test('a site key only for incremental builds, and it changes with the taxonomy', () => {
    assert.equal(createSiteContext(english, address).siteKey, undefined);
    const key = createSiteContext(english, { ...address, incremental: true }).siteKey;
    assert.ok(key);
    const renamed = {
      ...english,
      organisations: {
        ...english.organisations,
        'city-council': { ...english.organisations['city-council']!, name: 'Town Council' },
      },
    };
    assert.notEqual(createSiteContext(renamed, { ...address, incremental: true }).siteKey, key);
  });
});
