import type { Database } from 'better-sqlite3';
import type { StaffKeyFile } from '../keys/staff-public-key-format.ts';

/**
 * Makes the kiosk encrypt its batches to this staff key as well. Several keys may be trusted at
 * once (the office key and a manager's backup key); pairing the same key again changes nothing.
 */
export function pairWithStaff(
  db: Database,
  staffKey: StaffKeyFile,
): { fingerprint: string; recipients: number } {
  db.prepare(
    'INSERT INTO staff_recipients (age_recipient, signing_key, fingerprint) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(staffKey.ageRecipient, staffKey.signingKey, staffKey.fingerprint);
  return { fingerprint: staffKey.fingerprint, recipients: staffRecipients(db).length };
}

/** The age recipients every new batch is encrypted to, in a stable order. */
export function staffRecipients(db: Database): string[] {
  return db
    .prepare<[], { age_recipient: string }>(
      'SELECT age_recipient FROM staff_recipients ORDER BY age_recipient',
    )
    .all()
    .map((row) => row.age_recipient);
}

/** The staff signing keys this kiosk was paired with: the only keys whose receipts it believes. */
export function staffSigningKeys(db: Database): string[] {
  return db
    .prepare<[], { signing_key: string }>(
      'SELECT DISTINCT signing_key FROM staff_recipients ORDER BY signing_key',
    )
    .all()
    .map((row) => row.signing_key);
}
