import type { Database } from 'better-sqlite3';
import { readdir, readlink, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { BatchProblem } from '../../../shared/batch-problems.ts';
import { BatchRejection } from '../batch/batch-rejection.ts';
import { batchLimits, type BatchBody, type KioskNotice } from '../batch/format.ts';
import { openBatch } from '../batch/open-batch.ts';
import { sha256Hex } from '../lan/request-signature.ts';
import { systemClock, type Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { LinkNotFollowedError, readFileCapped } from '../fs/read-file-capped.ts';
import { coarseTime } from '../time/coarse-time.ts';
import { describeStorageError } from '../storage-errors.ts';
import { rememberHeldBatchFolder } from './held-batch-folders.ts';
import { makeUpdates } from './lan/update-envelopes.ts';
import type { StaffIdentity } from './keys/staff-identity.ts';
import { findSequenceGaps, type SequenceGap } from './sequence-gaps.ts';
import { storeBatch, type StoreOutcome } from './store-batch.ts';
import { writeReceipts, type ReceiptsWritten } from './write-receipts.ts';

type StoredBatch = { file: string; kioskId: string; seq: number; responses: number; notices: KioskNotice[] };

export type ImportSummary = {
  imported: StoredBatch[];
  /** Verified and stored, but from a kiosk staff have not approved yet: in no report or receipt. */
  held: StoredBatch[];
  duplicates: { file: string; kioskId: string; seq: number }[];
  /** What kind of problem each refused file has (shared/batch-problems.ts), and the technical reason. */
  rejected: { file: string; problem: BatchProblem; reason: string }[];
  gaps: SequenceGap[];
  receipts: ReceiptsWritten;
};

export type ImportOptions = { clock?: Clock };

/**
 * Imports batch files, and every `.age` file in folders given, one at a time: each is accepted
 * whole (imported, or held when its kiosk is not approved yet), recognised as a duplicate, or
 * rejected with its reason and nothing of it stored. Then leaves a signed receipt per approved
 * kiosk where the batches came from (each folder given, and the folder of each file given), so a
 * kiosk exporting there next forgets what staff now hold.
 */
export async function importBatchFiles(
  db: Database,
  identity: StaffIdentity,
  paths: readonly string[],
  { clock = systemClock }: ImportOptions = {},
): Promise<ImportSummary> {
  const summary: Pick<ImportSummary, 'imported' | 'held' | 'duplicates' | 'rejected'> = {
    imported: [],
    held: [],
    duplicates: [],
    rejected: [],
  };
  const today = coarseTime(clock()).day;
  const { files, folders } = await expandFolders(paths);
  for (const file of files) {
    try {
      const { outcome, body } = await importBatch(db, identity, await readBatchFile(file), today);
      const { kioskId, seq } = body;
      // Where its kiosk's receipt goes when staff approve it (approve-kiosk.ts).
      if (outcome === 'held') rememberHeldBatchFolder(db, kioskId, resolve(dirname(file)));
      if (outcome === 'duplicate') summary.duplicates.push({ file, kioskId, seq });
      else
        summary[outcome].push({
          file,
          kioskId,
          seq,
          responses: body.responses.length,
          notices: body.notices,
        });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // Every refusal of a file is a BatchRejection; any other AppError met here is about the file too.
      summary.rejected.push({
        file,
        problem: error instanceof BatchRejection ? error.problem : 'not-a-batch',
        reason: error.message,
      });
    }
  }
  const arrived = [...summary.imported, ...summary.held].map((batch) => batch.kioskId);
  recordStickDay(db, arrived, today);
  // A kiosk paired over the network as well hears of these at its next contact too.
  makeUpdates(
    db,
    identity,
    summary.imported.map((batch) => batch.kioskId),
  );
  return { ...summary, gaps: findSequenceGaps(db), receipts: await writeReceipts(db, identity, folders) };
}

/** The day a stick last brought a kiosk's batches, for the Kiosks list's last contact and route. */
function recordStickDay(db: Database, kioskIds: readonly string[], today: string): void {
  const record = db.prepare('UPDATE kiosks SET last_stick_day = ? WHERE kiosk_id = ?');
  for (const kioskId of new Set(kioskIds)) record.run(today, kioskId);
}

/**
 * One batch's bytes through every check and into the store. Throws an AppError with the reason
 * when the batch is refused, and then nothing of it has been stored.
 */
export async function importBatch(
  db: Database,
  identity: StaffIdentity,
  bytes: Uint8Array,
  today: string,
): Promise<{ outcome: StoreOutcome; body: BatchBody }> {
  const batch = await openBatch(bytes, { identity: identity.ageIdentity, recipient: identity.ageRecipient });
  return { outcome: storeBatch(db, batch, today, sha256Hex(bytes)), body: batch.body };
}

/** The files to import, and the folders they came from (where receipts go back to the kiosk). */
async function expandFolders(paths: readonly string[]): Promise<{ files: string[]; folders: string[] }> {
  const files: string[] = [];
  const folders = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path);
      folders.add(resolve(dirname(path)));
      continue;
    }
    folders.add(resolve(path));
    const names = (await readdir(path))
      .filter((name) => name.endsWith('.age') && !name.startsWith('.'))
      .sort();
    files.push(...names.map((name) => join(path, name)));
  }
  return { files, folders: [...folders] };
}

/**
 * At most one byte more than a batch may be: enough for openBatch to refuse an oversized file.
 * A link is not followed: on a stick it could point at any file of this PC, and what is imported
 * must be the file that is on the stick.
 */
export async function readBatchFile(file: string): Promise<Uint8Array> {
  try {
    return await readFileCapped(file, batchLimits.maxFileBytes, { followLinks: false });
  } catch (error) {
    if (error instanceof LinkNotFollowedError) {
      const target = await readlink(file).catch(() => 'another place');
      throw new BatchRejection(
        'link',
        `it is a link to ${target}, not a file in its folder; links are not followed, so copy the batch file itself there`,
      );
    }
    throw new BatchRejection('unreadable', `it cannot be read: ${describeStorageError(error)}`, 'not_found');
  }
}
