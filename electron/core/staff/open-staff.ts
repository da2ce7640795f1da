import { join } from 'node:path';
import { systemClock, type Clock } from '../clock.ts';
import { openDatabase } from '../db/open-database.ts';
import type { Handlers } from '../dispatch.ts';
import { findSticks } from '../usb/find-sticks.ts';
import { defaultMountRoots, type MountRoot } from '../usb/mount-roots.ts';
import { listWindowsRemovableDrives } from '../usb/windows-drives.ts';
import { backupStaffKeys } from './keys/handle-backup-keys.ts';
import { createStaffKeys } from './keys/handle-create-keys.ts';
import { createImporter } from './import-paths.ts';
import { describeStaffKeys } from './keys/handle-describe-keys.ts';
import { approveKioskLeavingReceipt } from './approve-kiosk.ts';
import { listKiosks } from './kiosks.ts';
import { openStaffKeysFor } from './keys/require-open-keys.ts';
import { staffMigrations } from './migrations/index.ts';
import { buildReport } from './report.ts';
import { restoreStaffKeys } from './keys/handle-restore-keys.ts';
import { createStaffKeyring, noLauncherPassphrase, type StaffKeyring } from './keys/staff-keyring.ts';
import { describeStaffSticks } from './staff-sticks.ts';
import { writePublicKeyAgain } from './keys/handle-write-public-key.ts';

export const staffDatabaseFile = 'staff.sqlite3';

export type StaffOptions = {
  dataDir: string;
  /** The running tool's keys, opened with the passphrase its launcher gives; CLI commands open them themselves. */
  keys?: StaffKeyring;
  /** Where USB sticks appear; the system's own places unless given (tests give a plain folder). */
  usbRoots?: MountRoot[];
  clock?: Clock;
};

/** The staff tool's core: its database and the handlers its renderer may call. */
export function openStaff({
  dataDir,
  keys = createStaffKeyring(noLauncherPassphrase),
  usbRoots = defaultMountRoots(process.platform),
  clock = systemClock,
}: StaffOptions) {
  const db = openDatabase(join(dataDir, staffDatabaseFile), staffMigrations);
  const importPaths = createImporter(db, keys, clock);
  const listSticks = async () =>
    findSticks(usbRoots, process.platform === 'win32' ? await listWindowsRemovableDrives() : []);

  const handlers: Handlers<'staff'> = {
    'session.describe': () => ({ role: 'staff' }),
    'staff.report': () => buildReport(db),
    'staff.keys': () => describeStaffKeys(db, keys),
    'staff.createKeys': (input) => createStaffKeys(db, keys, input),
    'staff.restoreKeys': (input) => restoreStaffKeys(db, keys, input),
    'staff.backupKeys': (input) => backupStaffKeys(db, keys, input),
    'staff.writePublicKey': (input) => writePublicKeyAgain(db, keys, input),
    'staff.sticks': async () => describeStaffSticks(await listSticks()),
    'staff.import': ({ paths }) => importPaths(paths),
    'staff.kiosks': () => ({ kiosks: listKiosks(db) }),
    'staff.approveKiosk': ({ kioskId }) =>
      approveKioskLeavingReceipt(db, kioskId, () => openStaffKeysFor(db, keys, 'The kiosk was not approved')),
  };

  return { role: 'staff' as const, db, handlers, close: () => db.close() };
}

export type Staff = ReturnType<typeof openStaff>;
