import type { Database } from 'better-sqlite3';
import { takeHeldBatchFolders } from './held-batch-folders.ts';
import type { StaffIdentity } from './keys/staff-identity.ts';
import { approveKiosk, findKiosk, type ApprovedKiosk } from './kiosks.ts';
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
 * hold, with no second import. A receipt that cannot be written there stays due: every import
 * writes one for each approved kiosk. The keys are opened only for a kiosk still waiting, so
 * an unknown code or a second approval asks for no passphrase.
 */
export async function approveKioskLeavingReceipt(
  db: Database,
  kioskId: string,
  openKeys: () => Promise<StaffIdentity>,
): Promise<KioskApproval> {
  const none: ReceiptsWritten = { written: [], notWritten: [] };
  if (findKiosk(db, kioskId).approved) return { ...approveKiosk(db, kioskId), receipts: none };
  const identity = await openKeys();
  const { approval, folders } = db.transaction(() => ({
    approval: approveKiosk(db, kioskId),
    folders: takeHeldBatchFolders(db, kioskId),
  }))();
  return { ...approval, receipts: await writeReceipts(db, identity, folders, { onlyKiosk: kioskId }) };
}
