/**
 * HTML validity: every HTML page the build writes passes html-validate's
 * recommended rules, with one exception:
 * - long-title: a page title is the editor's headline of the event with the
 *   site's name appended (BaseLayout); cutting it to 70 characters would cut
 *   the headline, and search engines shorten long titles themselves.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { buildOrThrow, listFiles, readPage } from '../support/build.ts';

let outDir: string;
let pages: string[];

before(() => {
  outDir = buildOrThrow();
  pages = listFiles(outDir).filter((file) => file.endsWith('.html'));
});

test('every built page is valid HTML', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'long-title': 'off' },
  });
  assert.ok(pages.length > 30, `only ${pages.length} pages`);
  const errors: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readPage(outDir, file), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(
          `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` [${message.selector}]` : ''}`,
        );
      }
    }
  }
  assert.deepEqual(errors, [], `${errors.length} problems:\n${errors.slice(0, 50).join('\n')}`);
});
