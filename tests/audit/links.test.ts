/**
 * Internal links: linkinator crawls the built site from its home page,
 * served under a base sub-path as a static host would, and follows every
 * link, stylesheet, script and image on the site, fragments included
 * (`#t-2020-01` must name an element on its page). Links to other hosts are
 * not followed: the tests have no network, and they are the sources'
 * business, not the site's.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { check, LinkState } from 'linkinator';
import { buildOrThrow } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

const BASE = '/tijdlijn/';
let site: StaticSite;

before(async () => {
  site = await serveStatic(buildOrThrow({ base: BASE }), BASE);
});

after(async () => {
  await site?.close();
});

test('no internal link is broken', async () => {
  const origin = new URL(site.url).origin;
  const result = await check({
    path: site.url,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 8,
    timeout: 10_000,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const checked = result.links.filter((link) => link.state !== LinkState.SKIPPED);
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map(
      (link) =>
        `${link.status ?? '–'} ${link.url} (on ${link.parent ?? '?'})${link.failureDetails?.length ? ` ${JSON.stringify(link.failureDetails).slice(0, 200)}` : ''}`,
    );
  assert.deepEqual(broken, [], `${broken.length} broken:\n${broken.join('\n')}`);
  assert.ok(checked.length > 50, `only ${checked.length} links checked`);
  assert.ok(
    checked.every((link) => link.url.startsWith(`${origin}${BASE}`)),
    'a link outside the base path',
  );
});
