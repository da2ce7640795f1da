/**
 * How a staff PC's address is typed (HOST:PORT), without zod: the kiosk's admin view checks it
 * as it is typed, and the contract (lan-status.ts) checks it again at the core.
 */

/** A host name or IPv4 address, or an IPv6 address in brackets, then a colon and 1–5 digits. */
export const lanAddressPattern = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]):\d{1,5}$/;

export const lanAddressExample =
  'expected the staff PC as HOST:PORT, e.g. 192.168.1.20:4781 or office-pc.local:4781 ([::1]:4781 for IPv6)';

/** The port of an address that matches the pattern is from 1 to 65535. */
export function hasLanPort(address: string): boolean {
  const port = Number(address.slice(address.lastIndexOf(':') + 1));
  return port >= 1 && port <= 65_535;
}

/** What is wrong with a typed address, for a sentence in the reader's language. */
export const lanAddressIssues = ['empty', 'format', 'port'] as const;
export type LanAddressIssue = (typeof lanAddressIssues)[number];

/** A typed address checked by the rule above; surrounding spaces do not count. */
export function checkLanAddress(
  typed: string,
): { ok: true; address: string } | { ok: false; issue: LanAddressIssue } {
  const address = typed.trim();
  if (address === '') return { ok: false, issue: 'empty' };
  if (address.length > 300 || !lanAddressPattern.test(address)) return { ok: false, issue: 'format' };
  if (!hasLanPort(address)) return { ok: false, issue: 'port' };
  return { ok: true, address };
}
