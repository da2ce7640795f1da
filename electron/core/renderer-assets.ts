import { extname, join, resolve, sep } from 'node:path';

/**
 * Maps a URL path to a file of the built renderer, or null when the path could escape the
 * folder (`..`, encoded or not, backslashes, NUL). Both the app:// protocol and the HTTP host
 * serve files through this one check.
 */
export function resolveRendererAsset(urlPath: string, rendererDir: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const root = resolve(rendererDir);
  const file = segments.length === 0 ? join(root, 'index.html') : join(root, ...segments);
  return file.startsWith(root + sep) ? file : null;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export function contentTypeOf(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
