/** "Edit this event" and "propose an event" links: present with a repository setting, absent without. */
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'node-html-parser';
import { buildOrThrow, copyContent, readPage } from '../support/build.ts';

test('with a repository, event pages link to their file and the timeline to a prefilled new file', () => {
  const content = copyContent();
  appendFileSync(
    join(content, 'site.yaml'),
    '\nrepository:\n  url: https://github.com/voorbeeld/tijdlijn\n  branch: main\n',
  );
  const outDir = buildOrThrow({ content });
  const event = parse(readPage(outDir, 'gebeurtenis/duo-sluit-citrix-tot-maandag/index.html'));
  const edit = event.querySelector('.edit-link a')!;
  assert.equal(edit.text, 'Bewerk deze gebeurtenis');
  assert.match(
    edit.getAttribute('href')!,
    /^https:\/\/github\.com\/voorbeeld\/tijdlijn\/edit\/main\/.*\/events\/duo-sluit-citrix-tot-maandag\.md$/,
  );
  const home = parse(readPage(outDir, 'index.html'));
  const propose = home.querySelectorAll('a').find((link) => link.text === 'Stel een gebeurtenis voor')!;
  const url = new URL(propose.getAttribute('href')!);
  assert.match(url.pathname, /^\/voorbeeld\/tijdlijn\/new\/main\/.*\/events$/);
  assert.equal(url.searchParams.get('filename'), 'nieuwe-gebeurtenis.md');
  assert.match(url.searchParams.get('value')!, /^---\ntitle: .+\ndate: JJJJ-MM-DD\n/);
});

test('without a repository, neither link appears', () => {
  const outDir = buildOrThrow();
  assert.equal(
    parse(readPage(outDir, 'gebeurtenis/duo-sluit-citrix-tot-maandag/index.html')).querySelector('.edit-link'),
    null,
  );
  assert.ok(!readPage(outDir, 'index.html').includes('Stel een gebeurtenis voor'));
});
