import { readFile } from 'node:fs/promises';
import type { CustomScheme, Protocol } from 'electron';
import { contentSecurityPolicy } from '../core/csp.ts';
import { contentTypeOf, resolveRendererAsset } from '../core/renderer-assets.ts';
import { appScheme, isAppUrl } from './guards.ts';

/**
 * app:// is a standard, secure scheme so the page gets a real origin (relative URLs, fetch,
 * localStorage) without file://'s extra rights. It must be registered before the app is ready.
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/**
 * Maps `app://kuulluksi/<path>` to a file of the built renderer, or null for any other host and
 * for anything that tries to leave the folder. The whole URL is checked for `..` as well, since
 * the URL parser silently folds a plain `/../` away before the path check could see it.
 */
export function resolveAppAsset(requestUrl: string, rendererDir: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestUrl);
  } catch {
    return null;
  }
  if (decoded.split(/[\\/]/).some((segment) => segment === '..')) return null;
  return resolveRendererAsset(new URL(requestUrl).pathname, rendererDir);
}

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Serves the built renderer on app://, each response with the one CSP both transports share.
 * Only GET is answered: the page talks to core over IPC, never by posting to its own origin.
 */
export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405, headers: securityHeaders });
    const file = resolveAppAsset(request.url, rendererDir);
    if (file === null) return notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': contentTypeOf(file) },
    });
  });
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain' },
  });
}
