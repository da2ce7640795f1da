import type { Database } from 'better-sqlite3';
import { takeHeldBatchFolders } from './held-batch-folders.ts';
import type { StaffIdentity } from './keys/staff-identity.ts';
import { approveKiosk, findKiosk, type ApprovedKiosk } from './kiosks.ts';
import { makeUpdates } from './lan/update-envelopes.ts';
import { writeReceipts, type ReceiptsWritten } from './write-receipts.ts';

export type KioskApproval = ApprovedKiosk & {
  /**
   * The receipt left where the held batches came from, or why not (a read-only stick, a stick
   * taken out). Both empty when no such folder is known: the next import writes the receipt.
   */
  receipts: ReceiptsWritten;
};

/**
 * Approves a kiosk (kiosks.ts) and leaves its signed receipt at once in every folder its held
 * batches were imported from, so the kiosk's next export there deletes the answers staff now
 * hold, with no second import, and as an update envelope for its next contact over the network.
 * A receipt that cannot be written there stays due: every import writes one for each approved
 * kiosk. The keys are opened only for a kiosk still waiting (for approval, or to pair over the
 * network), so an unknown code or a second approval asks for no passphrase.
 */
export async function approveKioskLeavingReceipt(
  db: Database,
  kioskId: string,
  openKeys: () => Promise<StaffIdentity>,
): Promise<KioskApproval> {
  const none: ReceiptsWritten = { written: [], notWritten: [] };
  const kiosk = findKiosk(db, kioskId);
  const waitsForPairing = kiosk.lan !== null && kiosk.lan.state !== 'paired';
  if (kiosk.approved && !waitsForPairing) return { ...approveKiosk(db, kioskId), receipts: none };
  const identity = await openKeys();
  const { approval, folders } = db.transaction(() => ({
    approval: approveKiosk(db, kioskId),
    folders: takeHeldBatchFolders(db, kioskId),
  }))();
  const receipts = await writeReceipts(db, identity, folders, { onlyKiosk: kioskId });
  // Paired over the network too: the same receipt waits for its next contact.
  makeUpdates(db, identity, [kioskId]);
  return { ...approval, receipts };
}
