import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../electron/core/kiosk/pairing.ts';
import { silentLog } from '../../electron/core/log.ts';
import { importBatchFiles } from '../../electron/core/staff/import-batches.ts';
import { storeStaffIdentity } from '../../electron/core/staff/keys/sealed-key-store.ts';
import { generateStaffIdentity, staffPublicKey } from '../../electron/core/staff/keys/staff-identity.ts';
import { openStaff } from '../../electron/core/staff/open-staff.ts';
import { launcherPassphrase, testSealing } from './staff-session.ts';

/** Comments to "Millainen käyntisi oli tänään?", one per answer (null: no words), all on value 4. */
export const visitComments = [
  'Kahvi oli tosi hyvää',
  'Ovella oli jonoa; "taas" kerran',
  'Ohjaaja kuunteli ja ehti jutella',
  'Café oli kiinni koko päivän',
  'Saunavuoro puuttuu',
  null,
  null,
] as const;

/** Two answers to "Miten hyvin tulit kuulluksi tänään?": too few for its comment to be shown. */
export const fewAnswersComment = 'Vain kaksi vastasi tähän';

/**
 * A staff data folder whose keys the launcher opens, with one approved kiosk's answers and
 * comments brought in as staff do: the kiosk's own code exports a real batch, the staff core
 * imports it. The answers are from Tuesday 17 November 2026, ISO week 47.
 */
export async function staffFolderWithComments(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-staff-'));
  const kioskDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-kiosk-'));
  const stick = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-stick-'));
  const staff = openStaff({ dataDir, log: silentLog });
  const kiosk = openKiosk({
    dataDir: kioskDir,
    log: silentLog,
    usbRoots: [],
    clock: () => new Date(2026, 10, 17, 14, 5),
  });
  try {
    const identity = await generateStaffIdentity();
    await storeStaffIdentity(staff.db, identity, launcherPassphrase, testSealing);
    pairWithStaff(kiosk.db, staffPublicKey(identity));
    staff.db
      .prepare('INSERT INTO kiosks (kiosk_id, public_key, approved, first_seen_day) VALUES (?, ?, 1, ?)')
      .run(kiosk.identity.kioskId, kiosk.identity.keys.publicKey, '2026-11-01');
    const answer = (questionId: string, comment: string | null) => {
      const { responseId } = kiosk.responses.submit({ questionId, questionVersion: 1, value: 4 });
      if (comment !== null) kiosk.responses.addComment(responseId, comment);
    };
    for (const comment of visitComments) answer('visit-today', comment);
    answer('felt-heard', fewAnswersComment);
    answer('felt-heard', null);
    await kiosk.exportTo(stick);
    await importBatchFiles(staff.db, identity, [stick]);
    return dataDir;
  } finally {
    kiosk.close();
    staff.close();
    rmSync(kioskDir, { recursive: true, force: true });
    rmSync(stick, { recursive: true, force: true });
  }
}
