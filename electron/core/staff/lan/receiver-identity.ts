import type { Database } from 'better-sqlite3';
import { hostname } from 'node:os';
import { generateSigningKeyPair, type SigningKeyPair } from '../../keys/ed25519.ts';
import { fingerprint } from '../../keys/fingerprint.ts';
import { pairingCode } from '../../../../shared/pairing-code.ts';

/** The receiver's key and the name kiosks show for it; the code is what people compare. */
export type ReceiverIdentity = { keys: SigningKeyPair; name: string; code: string };

export const maxReceiverNameLength = 100;

type ReceiverRow = { public_key: string; private_key: string; name: string | null };

/**
 * The receiver's own signing key, made on first use and kept unsealed (migration 011 says why).
 * Its name is the one staff gave, or this PC's name: a hint on the kiosk's screen, never trusted.
 */
export function loadOrCreateReceiverIdentity(db: Database): ReceiverIdentity {
  const read = () =>
    db.prepare<[], ReceiverRow>('SELECT public_key, private_key, name FROM lan_receiver').get();
  let row = read();
  if (!row) {
    const { publicKey, privateKey } = generateSigningKeyPair();
    // Two processes may open a fresh data folder at once; the first key written wins.
    db.prepare(
      'INSERT INTO lan_receiver (singleton, public_key, private_key) VALUES (1, ?, ?) ON CONFLICT DO NOTHING',
    ).run(publicKey, privateKey);
    row = read()!;
  }
  return {
    keys: { publicKey: row.public_key, privateKey: row.private_key },
    name: row.name ?? hostname().slice(0, maxReceiverNameLength),
    code: pairingCode(fingerprint(row.public_key)),
  };
}

/** Keeps the name staff chose for this receiver, so the next start shows it without being told again. */
export function nameReceiver(db: Database, name: string): void {
  loadOrCreateReceiverIdentity(db);
  db.prepare('UPDATE lan_receiver SET name = ?').run(name);
}
