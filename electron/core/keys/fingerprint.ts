import { createHash } from 'node:crypto';

/** RFC 4648 base32: no 0/O or 1/I pairs to confuse when two people read a code to each other. */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const FINGERPRINT_CHARS = 16;

/**
 * A short, human-comparable id for a public key (Syncthing-style): 80 bits of its SHA-256 in
 * base32, grouped by four, e.g. `MFRG-GZDF-MZTW-Q2LK`. Both screens of a pairing show it, and a
 * kiosk's id is its key's fingerprint, so an id cannot be claimed by another key.
 */
export function fingerprint(publicKey: string): string {
  const digest = createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest();
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const byte of digest) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < FINGERPRINT_CHARS) {
      bits -= 5;
      out += BASE32[(buffer >> bits) & 31];
    }
    if (out.length === FINGERPRINT_CHARS) break;
  }
  return out.match(/.{4}/g)!.join('-');
}

export { fingerprintPattern } from '../../../shared/staff-keys.ts';
