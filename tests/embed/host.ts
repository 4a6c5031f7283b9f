/**
 * A newsroom's page for the embed tests: a tiny HTTP server on another
 * origin than the site (`localhost` against the site's `127.0.0.1`, and
 * another port), serving the pages a test gives it, each optionally with its
 * own Content-Security-Policy header.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostPage {
  html: string;
  /** A Content-Security-Policy header for this page. */
  csp?: string;
}

export interface HostSite {
  /** e.g. http://localhost:41234/ */
  url: string;
  /** Pages by path, e.g. `/artikel/`; changed freely between tests. */
  pages: Map<string, HostPage>;
  close(): Promise<void>;
}

export async function serveHost(): Promise<HostSite> {
  const pages = new Map<string, HostPage>();
  const server: Server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(page.csp ? { 'content-security-policy': page.csp } : {}),
    });
    response.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    pages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A plain article page with the given snippets pasted into its text. */
export function articlePage(...snippets: string[]): string {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Een artikel</title><link rel="icon" href="data:,"></head>
<body>
<h1>Een artikel met een tijdlijn</h1>
<p>De tekst van het artikel, voor het kader.</p>
${snippets.join('\n<p>Tussen de kaders.</p>\n')}
<p>De tekst van het artikel, na het kader.</p>
</body></html>`;
}
