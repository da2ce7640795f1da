import type { Database } from 'better-sqlite3';
import { generateSigningKeyPair, type SigningKeyPair } from '../keys/ed25519.ts';
import { fingerprint } from '../keys/fingerprint.ts';

export type KioskIdentity = { kioskId: string; keys: SigningKeyPair };

type IdentityRow = { public_key: string; private_key: string };

/**
 * The kiosk's signing key, made on first start and kept in its database. The kiosk id is the
 * key's fingerprint, so staff can compare it by eye and nobody can reuse it with another key.
 */
export function loadOrCreateKioskIdentity(db: Database): KioskIdentity {
  const read = () =>
    db.prepare('SELECT public_key, private_key FROM kiosk_identity').get() as IdentityRow | undefined;
  let row = read();
  if (!row) {
    const { publicKey, privateKey } = generateSigningKeyPair();
    // Two processes may start on a fresh data folder at once; the first key written wins.
    db.prepare(
      'INSERT INTO kiosk_identity (singleton, public_key, private_key) VALUES (1, ?, ?) ON CONFLICT DO NOTHING',
    ).run(publicKey, privateKey);
    row = read()!;
  }
  return {
    kioskId: fingerprint(row.public_key),
    keys: { publicKey: row.public_key, privateKey: row.private_key },
  };
}
