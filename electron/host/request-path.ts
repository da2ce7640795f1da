/**
 * The path a request asks for, or null when its target cannot be read as a URL. Node's HTTP
 * parser lets absolute targets through (`GET http://[ HTTP/1.1`), and `new URL` throws on those;
 * unguarded, that throw became a 500 instead of the 400 a malformed request deserves.
 */
export function requestPath(target: string | undefined): string | null {
  try {
    return new URL(target ?? '/', 'http://host').pathname;
  } catch {
    return null;
  }
}
