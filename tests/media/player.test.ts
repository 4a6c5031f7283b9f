/**
 * Video and audio on event pages, in Chromium: the media fixture
 * (tests/fixtures/media/) is built once and served from 127.0.0.1. The
 * player hosts (youtube-nocookie.com, player.vimeo.com, the audio file's
 * host) are routed to a local HTTP server that stands in for them, so the
 * test sees every request the page makes: none leaves the site before the
 * reader presses play, and the player appears after. axe finds nothing on
 * the pages, and each page's policy lets in only its own player's host.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { openBrowser } from '../support/browser.ts';
import { ROOT, buildOrThrow, readPage } from '../support/build.ts';
import { serveStatic, type StaticSite } from '../support/server.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/media');
const PLAYER_HOSTS = ['https://www.youtube-nocookie.com', 'https://player.vimeo.com', 'https://media.example.org'];

/** `seconds` of silence as a WAV file: 8 kHz, 16-bit mono PCM. */
function silentWav(seconds: number): Buffer {
  const data = Math.round(8000 * seconds) * 2;
  const wav = Buffer.alloc(44 + data);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + data, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16); // size of the format chunk
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // one channel
  wav.writeUInt32LE(8000, 24); // samples a second
  wav.writeUInt32LE(16000, 28); // bytes a second
  wav.writeUInt16LE(2, 32); // bytes a sample
  wav.writeUInt16LE(16, 34); // bits a sample
  wav.write('data', 36);
  wav.writeUInt32LE(data, 40);
  return wav;
}

let outDir: string;
let site: StaticSite;
let browser: Browser;
let standIn: Server;
let standInUrl: string;
/** What the stand-in server was asked for: method and path, with the host it stood in for. */
const served: string[] = [];

before(async () => {
  outDir = buildOrThrow({ content: FIXTURE });
  site = await serveStatic(outDir);
  standIn = createServer((request, response) => {
    served.push(`${request.headers['x-stands-in-for']}${request.url}`);
    if (request.url?.endsWith('.mp3')) {
      // A sound the browser can play, so axe's media checks find one; they wait 10 s for a file that never loads.
      response.writeHead(200, { 'content-type': 'audio/wav' });
      response.end(silentWav(0.1));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><html lang="en"><title>Player</title><p id="stand-in">The stand-in player</p>');
  });
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  standInUrl = `http://127.0.0.1:${(standIn.address() as AddressInfo).port}`;
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => standIn?.close(resolve));
});

/** A browser context whose player hosts are answered by the stand-in server; `requests` lists every address the page asked for. */
async function open(options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}) {
  const context: BrowserContext = await browser.newContext(options);
  for (const host of PLAYER_HOSTS) {
    await context.route(`${host}/**`, async (route) => {
      const url = new URL(route.request().url());
      const response = await fetch(`${standInUrl}${url.pathname}${url.search}`, {
        headers: { 'x-stands-in-for': url.origin },
      });
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
  }
  const page: Page = await context.newPage();
  const requests: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.effectiveDirective} ${event.blockedURI}`),
    ),
  );
  const elsewhere = () =>
    requests.filter((url) => !url.startsWith(new URL(site.url).origin) && !url.startsWith('data:'));
  return { context, page, requests, violations, elsewhere };
}

describe('a video page before and after play', () => {
  test('YouTube: nothing from another host until the button is pressed; then the youtube-nocookie player loads', async () => {
    const { context, page, elsewhere, violations } = await open();
    try {
      await page.goto(`${site.url}gebeurtenis/press-conference/`, { waitUntil: 'networkidle' });
      assert.deepEqual(elsewhere(), [], 'requests to another host before play');
      const button = page.getByRole('button', { name: 'Play video: The press conference' });
      assert.ok(await button.isVisible());
      assert.equal(await page.locator('iframe').count(), 0);
      // The keyboard works it: focus the button and press Enter.
      await button.focus();
      await page.keyboard.press('Enter');
      const frame = page.locator('iframe[title="The press conference"]');
      await frame.waitFor();
      assert.equal(
        await frame.getAttribute('src'),
        'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&rel=0',
      );
      await page.frameLocator('iframe').locator('#stand-in').waitFor();
      assert.ok(
        served.includes('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1&rel=0'),
        served.join('\n'),
      );
      assert.deepEqual(
        elsewhere().map((url) => new URL(url).origin),
        ['https://www.youtube-nocookie.com'],
      );
      assert.deepEqual(violations, []);
    } finally {
      await context.close();
    }
  });

  test('Vimeo: the player loads from player.vimeo.com with dnt=1, only after the click', async () => {
    const { context, page, elsewhere, violations } = await open();
    try {
      await page.goto(`${site.url}gebeurtenis/vimeo-explainer/`, { waitUntil: 'networkidle' });
      assert.deepEqual(elsewhere(), []);
      // The event's image is the poster: the site's own AVIF/WebP, with its credit.
      const poster = page.locator('[data-media-stage] picture');
      assert.deepEqual(
        await poster.locator('source').evaluateAll((sources) => sources.map((source) => source.getAttribute('type'))),
        ['image/avif', 'image/webp'],
      );
      assert.equal(
        await page
          .locator('[data-media-stage] .image-credit')
          .textContent()
          .then((text) => text?.trim()),
        'Still: Example Films',
      );
      await page.getByRole('button', { name: 'Play video: An explainer on the vulnerability' }).click();
      await page.frameLocator('iframe').locator('#stand-in').waitFor();
      assert.deepEqual(elsewhere(), ['https://player.vimeo.com/video/76979871?dnt=1&autoplay=1']);
      assert.equal(await poster.count(), 0, "the player takes the poster's place");
      assert.deepEqual(violations, []);
    } finally {
      await context.close();
    }
  });

  test('an audio file: an <audio> player with the file, requested only after the click', async () => {
    const { context, page, elsewhere, violations } = await open();
    try {
      await page.goto(`${site.url}gebeurtenis/university-interview/`, { waitUntil: 'networkidle' });
      assert.deepEqual(elsewhere(), []);
      const requested = page.waitForRequest('https://media.example.org/interview.mp3');
      await page.getByRole('button', { name: 'Play audio: University explains the shutdown' }).click();
      await page.locator('audio[controls]').waitFor({ state: 'attached' });
      await requested;
      assert.deepEqual([...new Set(elsewhere())], ['https://media.example.org/interview.mp3']);
      assert.deepEqual(violations, []);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript: no button, a plain link to the video', async () => {
    const { context, page, elsewhere } = await open({ javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}gebeurtenis/press-conference/`, { waitUntil: 'networkidle' });
      assert.equal(await page.getByRole('button', { name: /Play video/ }).count(), 0);
      const link = page.getByRole('link', { name: 'Open on www.youtube.com' });
      assert.equal(await link.getAttribute('href'), 'https://www.youtube.com/watch?v=M7lc1UVf-VE');
      assert.deepEqual(elsewhere(), []);
    } finally {
      await context.close();
    }
  });
});

describe('accessibility', () => {
  for (const id of ['press-conference', 'university-interview']) {
    test(`${id}: no axe violations, before and after play`, async () => {
      // The page's CSP allows no injected script; axe is the test's, not the site's.
      const { context, page } = await open({ bypassCSP: true });
      const run = async () =>
        (await axeViolations(page)).map(
          (violation) =>
            `${violation.id}: ${violation.help} ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
        );
      try {
        await page.goto(`${site.url}gebeurtenis/${id}/`, { waitUntil: 'networkidle' });
        assert.deepEqual(await run(), []);
        await page.getByRole('button', { name: /^Play / }).click();
        await page.locator('[data-media-player]').waitFor({ state: 'attached' });
        assert.deepEqual(await run(), []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("each page's Content-Security-Policy", () => {
  const policy = (id: string) => {
    const meta = parse(readPage(outDir, `gebeurtenis/${id}/index.html`))
      .querySelectorAll('meta[http-equiv]')
      .find((element) => element.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy')!;
    return new Map(
      meta
        .getAttribute('content')!
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...sources]) => [name!, sources]),
    );
  };

  test('a media page allows its own player host and nothing else from another origin', () => {
    assert.deepEqual(policy('press-conference').get('frame-src'), ['https://www.youtube-nocookie.com']);
    assert.equal(policy('press-conference').get('media-src'), undefined);
    assert.deepEqual(policy('vimeo-explainer').get('frame-src'), ['https://player.vimeo.com']);
    assert.deepEqual(policy('university-interview').get('media-src'), ['https://media.example.org']);
    assert.equal(policy('university-interview').get('frame-src'), undefined);
    for (const id of ['press-conference', 'vimeo-explainer', 'university-interview'])
      assert.deepEqual(policy(id).get('default-src'), ["'self'"], id);
  });

  test('a page without media allows no player host at all', () => {
    const plain = policy('advice-published');
    assert.equal(plain.get('frame-src'), undefined);
    assert.equal(plain.get('media-src'), undefined);
    assert.deepEqual(plain.get('default-src'), ["'self'"]);
  });
});
