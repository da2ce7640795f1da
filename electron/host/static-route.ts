import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename } from 'node:path';
import { contentSecurityPolicy } from '../core/csp.ts';
import { contentTypeOf, resolveRendererAsset } from '../core/renderer-assets.ts';

/** Serves the built renderer under the same CSP as Electron's app:// scheme. */
export async function handleStaticRequest(request: IncomingMessage, response: ServerResponse, rendererDir: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveRendererAsset(new URL(request.url ?? '/', 'http://host').pathname, rendererDir);
  const content = file ? await readFile(file).catch(() => null) : null;
  if (!file || !content) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Vite names assets by content hash; the page itself must always be fetched fresh.
    'Cache-Control': basename(file) === 'index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
  });
  response.end(request.method === 'HEAD' ? undefined : content);
}
