import type { Database } from 'better-sqlite3';
import { rm } from 'node:fs/promises';
import { AppError } from '../../errors.ts';
import type { StoreOutcome } from '../store-batch.ts';
import { importBatch, readBatchFile } from '../import-batches.ts';
import type { StaffIdentity } from '../keys/staff-identity.ts';
import { batchesInInbox, setAside, type Inbox } from './inbox.ts';
import { makeUpdates } from './update-envelopes.ts';

export type InboxImport = {
  stored: { kioskId: string; seq: number; outcome: StoreOutcome }[];
  rejected: { file: string; reason: string }[];
  /** Kiosks given a new update envelope, sent at their next contact. */
  updated: string[];
};

/**
 * Imports every batch in the inbox with exactly a stick's rules (importBatch: every check, holds,
 * duplicates), one at a time. A file is removed only once its batch is stored or known to be
 * stored already; a refused one is set aside with its reason. A failure that is not about the
 * file (the disk, a bug) stops the round and leaves the file where it is, for the next one.
 * Kiosks with newly counted batches get their next update envelope: the receipt goes back over
 * the network at their next contact.
 */
export async function importInbox(
  db: Database,
  identity: StaffIdentity,
  inbox: Inbox,
  today: string,
): Promise<InboxImport> {
  const result: InboxImport = { stored: [], rejected: [], updated: [] };
  for (const file of await batchesInInbox(inbox)) {
    let outcome: StoreOutcome;
    let kioskId: string;
    let seq: number;
    try {
      ({
        outcome,
        body: { kioskId, seq },
      } = await importBatch(db, identity, await readBatchFile(file), today));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      await setAside(inbox, file, error.message);
      result.rejected.push({ file, reason: error.message });
      continue;
    }
    await rm(file, { force: true });
    result.stored.push({ kioskId, seq, outcome });
  }
  const counted = result.stored.filter((batch) => batch.outcome === 'imported');
  result.updated = makeUpdates(
    db,
    identity,
    counted.map((batch) => batch.kioskId),
  );
  return result;
}
