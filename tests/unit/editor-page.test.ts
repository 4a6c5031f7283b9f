/**
 * The editor's page (src/editor/page.ts): a static HTML file with its own Content-Security-Policy, which
 * lets the page reach only its own origin and the backend it saves through, and the payload the editor's
 * script reads, embedded so that no text in it can end the script element.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { adminPage, adminPolicy, backendOrigins } from '../../src/editor/page.ts';

const github = { apiOrigin: 'https://api.github.com' };
const gitlab = { apiOrigin: 'https://gitlab.com' };

/** The policy's directives by name. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name, ...values] = directive.split(' ');
      return [name!, values];
    }),
  );
}

describe('backendOrigins', () => {
  test('the local editor connects to the proxy only, and shows no images from elsewhere', () => {
    assert.deepEqual(
      backendOrigins({ kind: 'local', proxyUrl: 'http://127.0.0.1:8081/api/v1' }, undefined, undefined),
      {
        connect: ['http://127.0.0.1:8081'],
        images: [],
      },
    );
  });

  test("GitHub: its API and the login provider; avatars and the repository's files as images", () => {
    assert.deepEqual(backendOrigins({ kind: 'forge' }, github, 'https://auth.krant.example/oauth/authorize'), {
      connect: ['https://api.github.com', 'https://auth.krant.example'],
      images: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
    });
  });

  test('GitLab without a login provider: images come from where the page connects', () => {
    assert.deepEqual(backendOrigins({ kind: 'forge' }, gitlab, undefined), {
      connect: ['https://gitlab.com'],
      images: ['https://gitlab.com'],
    });
  });
});

describe('adminPolicy', () => {
  test('without origins, everything is limited to the page itself (and blob:/data: where Decap needs them)', () => {
    const policy = directives(adminPolicy([], []));
    assert.deepEqual(policy.get('default-src'), ["'self'"]);
    assert.deepEqual(policy.get('script-src'), ["'self'", "'unsafe-eval'"]);
    assert.deepEqual(policy.get('connect-src'), ["'self'", 'blob:']);
    assert.deepEqual(policy.get('img-src'), ["'self'", 'data:', 'blob:']);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
  });

  test('the given origins are added to connections and images, nowhere else', () => {
    const policy = directives(adminPolicy(['https://api.github.com'], ['https://avatars.githubusercontent.com']));
    assert.deepEqual(policy.get('connect-src'), ["'self'", 'blob:', 'https://api.github.com']);
    assert.deepEqual(policy.get('img-src'), ["'self'", 'data:', 'blob:', 'https://avatars.githubusercontent.com']);
    for (const [name, values] of policy) {
      if (name === 'connect-src' || name === 'img-src') continue;
      assert.ok(!values.some((value) => value.startsWith('https:')), `${name}: ${values.join(' ')}`);
    }
  });
});

describe('adminPage', () => {
  const payload = { title: 'Kamer: </script><script>alert(1)</script>', line: 'a\u2028b' };
  const html = adminPage({
    language: 'nl',
    title: 'Redactie · Citrix & Nederland',
    noScript: 'Zet JavaScript aan <om> te bewerken.',
    payload,
    connect: ['http://127.0.0.1:8081'],
    images: [],
  });
  const page = parse(html);

  test('the payload survives intact and cannot end its script element', () => {
    const scripts = page.querySelectorAll('script');
    assert.deepEqual(
      scripts.map((script) => script.getAttribute('src') ?? script.id),
      ['tijdlijn-editor', 'editor.js', 'decap-cms.js'],
    );
    assert.deepEqual(JSON.parse(scripts[0]!.textContent), payload);
  });

  test('language, title and the no-script text are escaped; the policy is in the page', () => {
    assert.equal(page.querySelector('html')!.getAttribute('lang'), 'nl');
    assert.match(html, /<title>Redactie · Citrix &amp; Nederland<\/title>/);
    assert.match(html, /<noscript>Zet JavaScript aan &lt;om&gt; te bewerken\.<\/noscript>/);
    const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    assert.equal(policy, adminPolicy(['http://127.0.0.1:8081'], []));
    assert.equal(page.querySelector('meta[name="robots"]')!.getAttribute('content'), 'noindex, nofollow');
  });
});
