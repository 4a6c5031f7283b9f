/** Links to the forge (src/lib/repository.ts): "edit this event" and "propose an event". */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFrontmatter } from '../../src/lib/frontmatter.ts';
import { contentPath, editEventUrl, proposeEventUrl } from '../../src/lib/repository.ts';

const repository = { url: 'https://github.com/redactie/tijdlijn/', branch: 'main' };

describe('repository links', () => {
  test('the content folder relative to the project; `content` when it lies elsewhere', () => {
    assert.equal(contentPath('/work/site/content', '/work/site'), 'content');
    assert.equal(contentPath('/work/site/timelines/citrix', '/work/site/'), 'timelines/citrix');
    assert.equal(contentPath('/tmp/elsewhere', '/work/site'), 'content');
  });

  test("the edit link opens the event's file on its branch", () => {
    assert.equal(
      editEventUrl(repository, '/work/site/content', '/work/site', 'ziekenhuis-sluit'),
      'https://github.com/redactie/tijdlijn/edit/main/content/events/ziekenhuis-sluit.md',
    );
  });

  test('the propose link opens a new file in the events folder with a template the reader can read', () => {
    const url = new URL(proposeEventUrl(repository, '/work/site/content', '/work/site'));
    assert.equal(url.origin + url.pathname, 'https://github.com/redactie/tijdlijn/new/main/content/events');
    assert.equal(url.searchParams.get('filename'), 'nieuwe-gebeurtenis.md');
    const file = readFrontmatter(url.searchParams.get('value')!);
    assert.deepEqual(Object.keys(file.data), ['title', 'date', 'summary', 'organisations', 'tags', 'sources']);
    assert.equal((file.data.sources as Array<{ date: string }>)[0]!.date, 'JJJJ-MM-DD');
    assert.match(file.body, /in Markdown/);
  });
});
