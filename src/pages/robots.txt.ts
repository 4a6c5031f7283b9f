/** robots.txt: everything may be crawled; the sitemap's absolute address, base path included. */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ locals: { site } }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${site.absoluteUrl(site.paths.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
