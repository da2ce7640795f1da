/**
 * The Content-Security-Policy the renderer runs under, in Electron (app://) and from the host
 * (http://127.0.0.1) alike: only our own scripts, styles and API, no inline code, no framing,
 * no forms posting anywhere. Both transports send this one string.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
