/**
 * Spelling corrections on the search page, in Chromium, on the Dutch Citrix
 * fixture and the English fixture: misspelt names reach the right event, the
 * correction is announced in the live region and reachable by keyboard, its
 * links keep the query in the address, a correct word is never corrected,
 * and nonsense still finds nothing.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { openBrowser } from '../support/browser.ts';
import { buildOrThrow, ROOT } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

let browser: Browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** A page that keeps every text its live regions get (they change quickly). */
async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 2000 } });
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
        const region = target?.closest('[aria-live]');
        if (region?.textContent) heard.push(region.textContent.replace(/\s+/g, ' ').trim());
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  return page;
}

/** Waits until the search is done (not busy, every shown result drawn) and returns the result titles. */
async function settled(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const list = document.querySelector('[data-search-results]');
    const summary = document.querySelector('[data-search-summary]')?.textContent ?? '';
    return (
      list &&
      !list.hasAttribute('aria-busy') &&
      !/\.\.\.$/.test(summary.trim()) &&
      !list.querySelector('.search-result-loading')
    );
  });
  return page.locator('[data-search-results] .search-result-title').allInnerTexts();
}

async function searchFor(page: Page, site: StaticSite, query: string): Promise<string[]> {
  await page.goto(`${site.url}zoeken/?q=${encodeURIComponent(query)}`);
  return settled(page);
}

const correctionText = (page: Page) => page.locator('[data-search-correction]').innerText();
const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | '));

describe('Dutch timeline (Citrix fixture)', () => {
  let site: StaticSite;
  let page: Page;
  before(async () => {
    site = await serveStatic(buildOrThrow());
    page = await openPage();
  });
  after(async () => {
    await site?.close();
  });

  for (const [typed, meant, event] of [
    ['Zutfen', 'Zutphen', 'Hackpoging via Citrix-lek bij gemeente Zutphen'],
    ['Leewarden', 'Leeuwarden', 'Leeuwarden'],
    ['ziekenhuys', 'ziekenhuis', 'UMCG en Martini'],
    ['unversiteit', 'universiteit', 'Universiteit Leiden'],
    ['citirx', 'Citrix', 'Citrix'],
  ] as const) {
    test(`"${typed}" shows the results for "${meant}", says so, and links back to "${typed}"`, async () => {
      const titles = await searchFor(page, site, typed);
      assert.ok(
        titles.some((title) => title.includes(event)),
        `${event} missing from: ${titles.join(' | ')}`,
      );
      const said = await correctionText(page);
      assert.match(said, new RegExp(`Niets gevonden voor ${typed}\\. Dit zijn de resultaten voor ${meant}`, 'i'));
      assert.match(await heard(page), new RegExp(`resultaten voor ${meant}`, 'i'));
      const back = page.locator('[data-search-correction] a');
      assert.equal(await back.innerText(), `Zoek toch naar ${typed}`);
      assert.match((await back.getAttribute('href')) ?? '', new RegExp(`\\?q=${typed}&letterlijk=1$`));
    });
  }

  test('the link back searches the words as typed, keeps them in the address and offers the correction', async () => {
    await searchFor(page, site, 'Zutfen');
    await page.locator('[data-search-correction] a').click();
    await page.waitForURL(/\?q=Zutfen&letterlijk=1$/);
    const titles = await settled(page);
    assert.deepEqual(titles, []);
    assert.match(await page.locator('[data-search-summary]').innerText(), /Geen resultaten voor Zutfen/);
    assert.equal(await correctionText(page), 'Bedoelde je: Zutphen?');
  });

  test('the offered word is reachable by keyboard, runs its search and keeps it in the address', async () => {
    await page.goto(`${site.url}zoeken/?q=Zutfen&letterlijk=1`);
    await settled(page);
    await page.waitForFunction(() =>
      /Bedoelde je/.test(document.querySelector('[data-search-correction]')?.textContent ?? ''),
    );
    await page.locator('#search-input').focus();
    let focused = '';
    for (let tab = 0; tab < 6 && focused !== 'Zutphen'; tab++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    assert.equal(focused, 'Zutphen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=Zutphen$/);
    const titles = await settled(page);
    assert.equal(titles[0], 'Hackpoging via Citrix-lek bij gemeente Zutphen', titles.join(' | '));
    assert.equal(await page.locator('[data-search-correction]').isHidden(), true);
  });

  test('"Westerkwatier", of which Pagefind finds only "we", shows the Westerkwartier event, not those with "we"', async () => {
    const titles = await searchFor(page, site, 'Westerkwatier');
    assert.ok(titles.includes('Gemeente Westerkwartier zet Citrix meteen uit'), titles.join(' | '));
    assert.ok(!titles.includes('DUO sluit Citrix-toegang af tot maandag'), titles.join(' | '));
    assert.match(
      await correctionText(page),
      /Niets gevonden voor Westerkwatier\. Dit zijn de resultaten voor Westerkwartier/,
    );
  });

  test('a multi-word query corrects only the wrong word', async () => {
    const titles = await searchFor(page, site, 'gemeente Zutfen');
    assert.match(await correctionText(page), /resultaten voor gemeente Zutphen/);
    assert.ok(titles.includes('Hackpoging via Citrix-lek bij gemeente Zutphen'), titles.join(' | '));
  });

  test('a correct word is never corrected', async () => {
    // Plurals are found by Pagefind's stemming ("ziekenhuizen" marks "ziekenhuis" too): not corrected either.
    for (const word of ['Zutphen', 'Westerkwartier', 'universiteiten', 'ziekenhuizen', 'Leeuwarden', 'Leiden']) {
      const titles = await searchFor(page, site, word);
      assert.ok(titles.length > 0, word);
      assert.equal(await page.locator('[data-search-correction]').isHidden(), true, word);
    }
  });

  test('nonsense still says that nothing was found, and offers nothing', async () => {
    const titles = await searchFor(page, site, 'xqzwvplonk');
    assert.deepEqual(titles, []);
    assert.match(await page.locator('[data-search-summary]').innerText(), /Geen resultaten voor xqzwvplonk/);
    assert.equal(await page.locator('[data-search-correction]').isHidden(), true);
  });
});

describe('English timeline', () => {
  let site: StaticSite;
  let page: Page;
  before(async () => {
    site = await serveStatic(buildOrThrow({ content: join(ROOT, 'tests/fixtures/english') }));
    page = await openPage();
  });
  after(async () => {
    await site?.close();
  });

  test('"Univercity" shows the results for "University", in English', async () => {
    const titles = await searchFor(page, site, 'Univercity');
    assert.ok(titles.includes('University shuts its servers'), titles.join(' | '));
    assert.match(await correctionText(page), /Nothing found for Univercity\. Showing results for University\./);
    assert.equal(await page.locator('[data-search-correction] a').innerText(), 'Search for Univercity instead');
    assert.match(await heard(page), /results? for University/);
  });

  test('"counsil" reaches the council event; a correct word and nonsense are left alone', async () => {
    assert.ok((await searchFor(page, site, 'counsil')).includes('Council closes remote access'));
    assert.match(await correctionText(page), /Showing results for Council/i);
    // "universities" is found by Pagefind's English stemming, which marks "University": no correction.
    for (const word of ['council', 'universities']) {
      assert.ok((await searchFor(page, site, word)).length > 0, word);
      assert.equal(await page.locator('[data-search-correction]').isHidden(), true, word);
    }
    assert.deepEqual(await searchFor(page, site, 'xqzwvplonk'), []);
    assert.match(await page.locator('[data-search-summary]').innerText(), /No results for xqzwvplonk/);
  });
});
