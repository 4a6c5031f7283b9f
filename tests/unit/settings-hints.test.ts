/**
 * Help for a wrong setting (src/config/settings-hints.ts): the hint in the site's language, and
 * "did you mean" for a time zone or a language.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SETTINGS_FIELDS, closestLanguage, closestZone, settingsHint } from '../../src/config/settings-hints.ts';

describe('settingsHint', () => {
  test('Dutch examples by default, English ones on an English site, the Dutch hint where there is no translation', () => {
    assert.equal(settingsHint('title', 'nl'), 'write the name of the timeline, e.g. title: Het Citrix-lek');
    assert.equal(settingsHint('title', 'en'), 'write the name of the timeline, e.g. title: The Citrix flaw');
    assert.equal(settingsHint('timeZone', 'en'), SETTINGS_FIELDS.timeZone.hint);
    assert.equal(settingsHint('nonsense', 'en'), undefined);
  });
});

describe('did you mean, for zones and languages', () => {
  test('zones: other capitals or separators, the city alone, a near spelling; nothing for nonsense', () => {
    assert.equal(closestZone('America/NewYork'), 'America/New_York');
    assert.equal(closestZone('europe/amsterdam'), 'Europe/Amsterdam');
    assert.equal(closestZone('Amsterdam'), 'Europe/Amsterdam');
    assert.equal(closestZone('Europe/Londen'), 'Europe/London');
    assert.equal(closestZone('Mars/Olympus Mons'), undefined);
  });

  test('languages: a region, capitals, a name in Dutch, English or itself; not a different code', () => {
    assert.equal(closestLanguage('en-GB'), 'en');
    assert.equal(closestLanguage('NL'), 'nl');
    assert.equal(closestLanguage('Nederlands'), 'nl');
    assert.equal(closestLanguage('Engels'), 'en');
    assert.equal(closestLanguage('Dutch'), 'nl');
    assert.equal(closestLanguage('de'), undefined);
    assert.equal(closestLanguage('Deutsch'), undefined);
  });
});
