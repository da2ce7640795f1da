import type { Database } from 'better-sqlite3';
import {
  signUpdate,
  updateFormat,
  updateFormatVersion,
  type UpdateEnvelope,
  type UpdateItem,
} from '../../lan/update-envelope.ts';
import { batchesToConfirm, kiosksToConfirm } from '../confirmed-batches.ts';
import type { StaffIdentity } from '../keys/staff-identity.ts';

type UpdateRow = { serial: number; envelope: string };

const newestUpdate = (db: Database, kioskId: string) =>
  db.prepare<[string], UpdateRow>('SELECT serial, envelope FROM lan_updates WHERE kiosk_id = ?').get(kioskId);

/**
 * Makes the next update envelope for each kiosk named that is paired over the network, approved,
 * and has batches in the staff store: one receipt listing them as a stick's receipt would
 * (confirmed-batches.ts), signed by the staff key, numbered one past both the newest made for it
 * and the newest it said it applied. Only the newest is kept; the kiosk applies nothing older.
 * A kiosk whose newest envelope already says the same gets none. Returns the kiosks given one.
 */
export function makeUpdates(db: Database, identity: StaffIdentity, kioskIds: Iterable<string>): string[] {
  const made: string[] = [];
  const pairedSerial = db.prepare<[string], { applied_serial: number | null }>(
    "SELECT applied_serial FROM lan_kiosks WHERE kiosk_id = ? AND state = 'paired'",
  );
  db.transaction(() => {
    for (const kioskId of new Set(kioskIds)) {
      const paired = pairedSerial.get(kioskId);
      if (!paired || kiosksToConfirm(db, kioskId).length === 0) continue;
      const items: UpdateItem[] = [{ kind: 'receipt', batches: batchesToConfirm(db, kioskId) }];
      const newest = newestUpdate(db, kioskId);
      const appliedSerial = paired.applied_serial ?? 0;
      if (newest && newest.serial > appliedSerial && sameItems(newest, items, identity)) continue;
      const serial = Math.max(newest?.serial ?? 0, appliedSerial) + 1;
      const envelope = signUpdate(
        {
          format: updateFormat,
          version: updateFormatVersion,
          kioskId,
          staffKey: identity.signing.publicKey,
          serial,
          items,
        },
        identity.signing,
      );
      db.prepare(
        `INSERT INTO lan_updates (kiosk_id, serial, envelope) VALUES (?, ?, ?)
         ON CONFLICT (kiosk_id) DO UPDATE SET serial = excluded.serial, envelope = excluded.envelope`,
      ).run(kioskId, serial, JSON.stringify(envelope));
      made.push(kioskId);
    }
  })();
  return made;
}

function sameItems(newest: UpdateRow, items: UpdateItem[], identity: StaffIdentity): boolean {
  const { body } = JSON.parse(newest.envelope) as UpdateEnvelope;
  return body.staffKey === identity.signing.publicKey && JSON.stringify(body.items) === JSON.stringify(items);
}

/**
 * What a kiosk's contact is answered with: the newest envelope made for it if it is newer than the
 * one it applied, else null. `behind` is true when the kiosk applied a serial this store never made
 * (this staff store is newer than its pairing): a new envelope, numbered past it, is then due.
 */
export function updateFor(
  db: Database,
  kioskId: string,
  appliedSerial: number,
): { update: UpdateEnvelope | null; behind: boolean } {
  const newest = newestUpdate(db, kioskId);
  if (newest && newest.serial > appliedSerial)
    return { update: JSON.parse(newest.envelope) as UpdateEnvelope, behind: false };
  return { update: null, behind: appliedSerial > (newest?.serial ?? 0) };
}
