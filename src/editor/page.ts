/**
 * The editor's page, `/admin/index.html`: a static file written next to the
 * built site (not an Astro page), so it carries its own Content-Security-
 * Policy and the reading pages keep theirs. Decap CMS needs 'unsafe-eval'
 * (its configuration validator compiles schemas at run time; its two
 * WebAssembly files), inline styles, blob: and data: images for uploads and
 * previews, and a connection to the backend it saves through. Nothing is
 * loaded from another host: Decap's files are served from /admin/ itself.
 */
import type { EditorBackend } from './config.ts';
import { escapeHtml } from '../lib/html.ts';

export interface AdminPageInput {
  /** `<html lang>`. */
  language: string;
  title: string;
  noScript: string;
  /** The JSON the editor's script reads (src/editor/admin.ts AdminPayload). */
  payload: unknown;
  /** Origins the page may connect to beyond its own (the backend's API, the login provider). */
  connect: readonly string[];
  /** Origins images may come from beyond its own (avatars, the repository's files). */
  images: readonly string[];
}

/** The backend origins a mode needs, for the policy. */
export function backendOrigins(
  backend: EditorBackend,
  forge: { apiOrigin: string } | undefined,
  authUrl: string | undefined,
): { connect: string[]; images: string[] } {
  if (backend.kind === 'local') return { connect: [new URL(backend.proxyUrl).origin], images: [] };
  const connect = [forge?.apiOrigin, authUrl && new URL(authUrl).origin].filter((origin): origin is string =>
    Boolean(origin),
  );
  const images =
    forge?.apiOrigin === 'https://api.github.com'
      ? ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com']
      : connect;
  return { connect, images };
}

export function adminPolicy(connect: readonly string[], images: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'data:', 'blob:', ...images].join(' '),
    // blob: for the local copies Decap keeps of drafts and uploads.
    ['connect-src', "'self'", 'blob:', ...connect].join(' '),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export function adminPage(input: AdminPageInput): string {
  return `<!doctype html>
<html lang="${escapeHtml(input.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(adminPolicy(input.connect, input.images))}">
<title>${escapeHtml(input.title)}</title>
<script type="application/json" id="tijdlijn-editor">${scriptJson(input.payload)}</script>
<script src="editor.js"></script>
<script src="decap-cms.js"></script>
</head>
<body>
<noscript>${escapeHtml(input.noScript)}</noscript>
</body>
</html>
`;
}
