import type { Database } from 'better-sqlite3';
import { generateSigningKeyPair, type SigningKeyPair } from '../../keys/ed25519.ts';
import { AppError } from '../../errors.ts';
import { fingerprint } from '../../keys/fingerprint.ts';
import { receiverNameSchema } from '../../lan/discovery-records.ts';
import { describeIssues } from '../../schema-errors.ts';
import { pairingCode } from '../../../../shared/pairing-code.ts';

/** The receiver's key and the name kiosks show for it; the code is what people compare. */
export type ReceiverIdentity = { keys: SigningKeyPair; name: string; code: string };

type ReceiverRow = { public_key: string; private_key: string; name: string | null };

/**
 * What a receiver is called until staff name it. Not the computer's own name, which may name a
 * person ("MARJA-LAPTOP") and would go to anyone who asks `hello` or hears the mDNS hint.
 */
export const defaultReceiverName = 'Kuulluksi';

/**
 * The receiver's own signing key, made on first use and kept unsealed (migration 011 says why).
 * Its name is the one staff gave: a hint on the kiosk's screen, never trusted.
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
    name: row.name ?? defaultReceiverName,
    code: pairingCode(fingerprint(row.public_key)),
  };
}

/**
 * Keeps the name staff chose for this receiver, so the next start shows it without being told
 * again. One with control characters (which could make it read as another) is refused.
 */
export function nameReceiver(db: Database, name: string): void {
  const parsed = receiverNameSchema.safeParse(name);
  if (!parsed.success) {
    throw new AppError(
      'bad_request',
      `The receiver's name: ${describeIssues(parsed.error)}; nothing was changed.`,
    );
  }
  loadOrCreateReceiverIdentity(db);
  db.prepare('UPDATE lan_receiver SET name = ?').run(parsed.data);
}
