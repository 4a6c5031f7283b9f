/** robots.txt: everything may be crawled; the sitemap's absolute address, base path included. */
import type { APIRoute } from 'astro';
import { absoluteUrl, paths } from '../site.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(paths.sitemap())}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
