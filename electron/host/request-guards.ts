import type { IncomingMessage } from 'node:http';

/**
 * The host listens on loopback only, but a web page the kiosk browser opens could still aim
 * requests at it. A Host header other than our own address means DNS rebinding; an Origin other
 * than our own means another site. Both are refused before anything is read.
 */
export function isOwnRequest(request: IncomingMessage, port: number): boolean {
  const own = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!own.has(request.headers.host ?? '')) return false;
  const origin = request.headers.origin;
  return origin === undefined || own.has(origin.replace(/^http:\/\//, ''));
}

/**
 * Only `application/json` bodies reach the API: a cross-site form cannot send that type
 * without a CORS preflight, which this host never grants.
 */
export function isJsonRequest(request: IncomingMessage): boolean {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}
