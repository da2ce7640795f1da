import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import type { Role } from '../../shared/contract/index.ts';
import { pageRoleMetaTag } from '../../shared/page-role.ts';
import { contentSecurityPolicy } from '../core/csp.ts';
import { contentTypeOf, resolveRendererAsset } from '../core/renderer-assets.ts';
import { requestPath } from './request-path.ts';

/**
 * Serves the built renderer under the same CSP as Electron's app:// scheme. The page names the
 * one role this host serves, so it loads that role's screens without asking first.
 */
export async function handleStaticRequest(
  request: IncomingMessage,
  response: ServerResponse,
  rendererDir: string,
  role: Role,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const path = requestPath(request.url);
  if (path === null) {
    response
      .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('The address is not a valid URL.');
    return;
  }
  const file = resolveRendererAsset(path, rendererDir);
  const content = file ? await readFile(file).catch(() => null) : null;
  if (!file || !content) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const isPage = basename(file) === 'index.html';
  response.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Vite names assets by content hash; the page itself must always be fetched fresh.
    'Cache-Control': isPage ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  response.end(request.method === 'HEAD' ? undefined : isPage ? namingRole(content, role) : content);
}

/** The page with its role's tag at the end of its head; a page without a head is left to ask. */
function namingRole(page: Buffer, role: Role): Buffer {
  const html = page.toString('utf8');
  const headEnd = html.indexOf('</head>');
  return headEnd === -1
    ? page
    : Buffer.from(`${html.slice(0, headEnd)}${pageRoleMetaTag(role)}\n  ${html.slice(headEnd)}`);
}
