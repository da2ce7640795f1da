/**
 * The data P3–P5 work on, made by the product's own code and cached (fixture-cache.ts): a kiosk
 * with answers waiting for export, batch files a kiosk exported, and a staff store that imported
 * them. Each comes with the staff keys the batches are encrypted to, kept as the staff key text
 * the age tool also reads (`age -d -i staff-keys.txt`).
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { kioskDatabaseFile, type Kiosk } from '../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../electron/core/kiosk/pairing.ts';
import { sealPendingResponses } from '../electron/core/kiosk/seal-pending.ts';
import {
  generateStaffIdentity,
  staffPublicKey,
  type StaffIdentity,
} from '../electron/core/staff/keys/staff-identity.ts';
import { importBatchFiles } from '../electron/core/staff/import-batches.ts';
import { openStaff } from '../electron/core/staff/open-staff.ts';
import { parseSecretKeyText, secretKeyText } from '../electron/core/staff/keys/secret-keys-format.ts';
import { cachedFolder } from './fixture-cache.ts';
import { openAnsweringKiosk } from './kiosk-answers.ts';
import { withScratch } from './scratch.ts';

type Progress = (message: string) => void;
type KioskKey = { kioskId: string; publicKey: string };

export type StaffKeys = { file: string; identity: StaffIdentity };

export type BatchSet = { files: string[]; responses: number; staffKeys: StaffKeys; kiosk: KioskKey };

/**
 * `batches` batch files of `perBatch` answers each, as one kiosk exports them: answers through the
 * kiosk's handlers, sealed by its own sealing code `perBatch` at a time, written by its export.
 */
export async function batchSet(batches: number, perBatch: number, progress: Progress): Promise<BatchSet> {
  const folder = await cachedFolder(`batches-${batches}x${perBatch}`, async (building) => {
    progress(`generating ${batches} batches of ${perBatch} answers with the kiosk code (cached afterwards)`);
    await withAnsweringKiosk(building, batches * perBatch, async (kiosk) => {
      await sealPendingResponses(kiosk.db, kiosk.identity, perBatch);
      mkdirSync(join(building, 'batches'));
      await kiosk.exportTo(join(building, 'batches'));
      writeFileSync(
        join(building, 'kiosk.json'),
        JSON.stringify({ kioskId: kiosk.identity.kioskId, publicKey: kiosk.identity.keys.publicKey }),
      );
    });
    rmSync(join(building, 'kiosk-data'), { recursive: true });
  });
  const files = readdirSync(join(folder, 'batches'))
    .filter((name) => name.endsWith('.age'))
    .sort()
    .map((name) => join(folder, 'batches', name));
  if (files.length !== batches)
    throw new Error(`the cached batch set in ${folder} holds ${files.length} batches, not ${batches}`);
  const kiosk = JSON.parse(readFileSync(join(folder, 'kiosk.json'), 'utf8')) as KioskKey;
  return { files, responses: batches * perBatch, staffKeys: await readStaffKeys(folder), kiosk };
}

/** A kiosk database holding `responses` answers not yet exported, paired with the staff keys. */
export async function pendingKiosk(
  responses: number,
  progress: Progress,
): Promise<{ databaseFile: string; staffKeys: StaffKeys }> {
  const folder = await cachedFolder(`pending-${responses}`, async (building) => {
    progress(`generating ${responses} answers with the kiosk code (cached afterwards)`);
    await withAnsweringKiosk(building, responses, async () => {});
  });
  return {
    databaseFile: join(folder, 'kiosk-data', kioskDatabaseFile),
    staffKeys: await readStaffKeys(folder),
  };
}

/** A staff data folder that imported `set` (its kiosk approved): what the staff report reads. */
export async function importedStaffStore(set: BatchSet, label: string, progress: Progress): Promise<string> {
  const folder = await cachedFolder(`staff-${label}`, async (building) => {
    progress(`importing ${set.files.length} batches into a staff store (cached afterwards)`);
    const staff = openStaff({ dataDir: building });
    try {
      approveUpFront(staff.db, set.kiosk);
      await withLinkedBatches(set, async (batches) => {
        const summary = await importBatchFiles(staff.db, set.staffKeys.identity, [batches]);
        if (summary.imported.length !== set.files.length)
          throw new Error(`imported ${summary.imported.length} of ${set.files.length} batches`);
      });
    } finally {
      staff.close();
    }
  });
  return folder;
}

/**
 * Staff approved the kiosk before this import, as they have after its first one (the tests'
 * tests/helpers/kiosk-and-staff.ts stages it the same way), so its batches count and get a receipt.
 */
export function approveUpFront(db: Database, kiosk: KioskKey): void {
  db.prepare('INSERT INTO kiosks (kiosk_id, public_key, approved, first_seen_day) VALUES (?, ?, 1, ?)').run(
    kiosk.kioskId,
    kiosk.publicKey,
    '2026-01-01',
  );
}

/**
 * The batch files hard-linked into a scratch folder, as on a stick staff import from: the import
 * leaves its receipt there, not in the cache.
 */
export async function withLinkedBatches<T>(set: BatchSet, use: (folder: string) => Promise<T>): Promise<T> {
  return withScratch('batches', async (folder) => {
    for (const file of set.files) linkSync(file, join(folder, basename(file)));
    return use(folder);
  });
}

/** A kiosk in `folder`/kiosk-data, paired with new staff keys (saved beside it), given `responses` answers. */
async function withAnsweringKiosk(
  folder: string,
  responses: number,
  then: (kiosk: Kiosk) => Promise<void>,
): Promise<void> {
  const { kiosk, answer } = openAnsweringKiosk(join(folder, 'kiosk-data'));
  try {
    const identity = await generateStaffIdentity();
    pairWithStaff(kiosk.db, staffPublicKey(identity));
    writeFileSync(join(folder, 'staff-keys.txt'), secretKeyText(identity), { mode: 0o600 });
    answer(responses);
    await then(kiosk);
  } finally {
    kiosk.close();
  }
}

async function readStaffKeys(folder: string): Promise<StaffKeys> {
  const file = join(folder, 'staff-keys.txt');
  return { file, identity: await parseSecretKeyText(readFileSync(file, 'utf8'), file) };
}
