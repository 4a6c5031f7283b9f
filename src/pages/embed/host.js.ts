/** The host script newsroom pages load beside an embed iframe (src/lib/embed.ts, hostScript). */
import type { APIRoute } from 'astro';
import { hostScript } from '../../lib/embed.ts';

export const GET: APIRoute = () =>
  new Response(hostScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
