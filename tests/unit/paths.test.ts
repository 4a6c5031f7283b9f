import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { anchorId, routes } from '../../src/lib/paths.ts';

describe('routes', () => {
  test('pages end in a slash, files do not, and every one starts with the base path', () => {
    for (const base of ['/', '/tijdlijn/']) {
      const paths = routes(base);
      assert.equal(paths.home(), base);
      assert.equal(paths.event('duo-sluit-citrix'), `${base}gebeurtenis/duo-sluit-citrix/`);
      assert.equal(paths.organisation('duo'), `${base}organisatie/duo/`);
      assert.equal(paths.organisationRss('duo'), `${base}organisatie/duo/rss.xml`);
      assert.equal(paths.timelineJs(), `${base}timeline.json`);
      assert.equal(paths.embedHost(), `${base}embed/host.js`);
      assert.equal(paths.asset('/favicon.svg'), `${base}favicon.svg`);
    }
  });

  test('a base without its closing slash gets one', () => {
    assert.equal(routes('/tijdlijn').search(), '/tijdlijn/zoeken/');
  });

  test('ids are encoded, so an address never breaks on an odd character', () => {
    assert.equal(routes('/').tag('a b'), '/onderwerp/a%20b/');
  });
});

describe('anchorId', () => {
  test('period keys become ids that do not start with a digit', () => {
    assert.equal(anchorId('2020-01'), 't-2020-01');
  });
});
