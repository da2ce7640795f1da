import type { Database } from 'better-sqlite3';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors.ts';
import { writeFileDurably } from '../fs/write-file-durably.ts';
import { applyReceipt, type ReceiptOutcome } from './apply-receipt.ts';
import type { KioskIdentity } from './identity.ts';
import { sealPendingResponses } from './seal-pending.ts';

export type ExportSummary = {
  kioskId: string;
  sealed: number;
  written: { file: string; seq: number; responses: number }[];
  /** What staff's receipt in the folder did, or null when the folder held none for this kiosk. */
  receipt: ReceiptOutcome | null;
};

type BatchRow = { seq: number; file_name: string; response_count: number };

/**
 * Seals what is pending, applies the staff receipt the folder may hold (forgetting the batches
 * staff confirmed), then writes every batch not yet written to `folder` (a USB stick or a folder
 * standing in for one). A batch counts as written only after it was read back intact. A receipt
 * that fails its checks is reported in the summary and never stops the batches being written.
 */
export async function exportBatches(
  db: Database,
  identity: KioskIdentity,
  folder: string,
  today: string,
  onProgress: (written: number, total: number) => void = () => {},
): Promise<ExportSummary> {
  await assertFolder(folder);
  const sealed = await sealPendingResponses(db, identity);
  const receipt = await applyReceipt(db, identity.kioskId, folder);
  const unwritten = db
    .prepare<[], BatchRow>(
      'SELECT seq, file_name, response_count FROM batches WHERE written = 0 ORDER BY seq',
    )
    .all();
  // One batch's ciphertext in memory at a time, however many wait.
  const ciphertextOf = db.prepare<[number], Buffer>('SELECT ciphertext FROM batches WHERE seq = ?').pluck();
  const markWritten = db.prepare(
    "UPDATE batches SET written = 1, written_day = ?, route = 'stick' WHERE seq = ?",
  );
  const written: ExportSummary['written'] = [];
  onProgress(0, unwritten.length);
  for (const batch of unwritten) {
    const file = join(folder, batch.file_name);
    await writeFileDurably(file, ciphertextOf.get(batch.seq)!);
    markWritten.run(today, batch.seq);
    written.push({ file, seq: batch.seq, responses: batch.response_count });
    onProgress(written.length, unwritten.length);
  }
  return { kioskId: identity.kioskId, sealed, written, receipt };
}

async function assertFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new AppError(
      'not_found',
      `${folder} is not a folder that exists; plug in the stick or create the folder first.`,
    );
  }
}
