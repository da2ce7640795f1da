import type { Database } from 'better-sqlite3';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { systemClock, type Clock } from '../clock.ts';
import { openDatabase } from '../db/open-database.ts';
import type { Handlers } from '../dispatch.ts';
import { AppError } from '../errors.ts';
import { lanInterfaceAddresses } from '../lan/discovery-address.ts';
import { defaultLanPort } from '../lan/protocol.ts';
import { logToStderr, type Log } from '../log.ts';
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
import { createImportQueue } from './import-queue.ts';
import { startLanService, type LanOptions } from './lan/lan-service.ts';
import { disableLan, enableLan, lanOptionsOf, readLanSetting } from './lan/lan-setting.ts';
import { createLanSwitch } from './lan/lan-switch.ts';
import { buildReport } from './report.ts';
import { readChangeLog } from './comments/change-log.ts';
import { decideComment } from './comments/decide-comment.ts';
import { listComments } from './comments/list-comments.ts';
import { buildDashboard, reportChoices } from './reading/dashboard.ts';
import { saveCsvExport } from './exports/save-csv.ts';
import { readMinCellSize, writeMinCellSize } from './reading/reading-setting.ts';
import { buildPoster } from './social-report/poster.ts';
import { readReportTexts, saveReportTexts } from './social-report/report-texts.ts';
import { buildSocialReport } from './social-report/social-report.ts';
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
  /** Receive batches over the centre's network too (docs/lan.md): where to listen, and the name kiosks show. */
  lan?: LanOptions;
  /**
   * A staff app with a screen, not a CLI command: without `lan`, it receives where its stored
   * setting says, and the screen may change that at once.
   */
  lanFromSetting?: boolean;
  log?: Log;
};

/** The staff tool's core: its database and the handlers its renderer may call. */
export function openStaff({
  dataDir,
  keys = createStaffKeyring(noLauncherPassphrase),
  usbRoots = defaultMountRoots(process.platform),
  clock = systemClock,
  lan: lanOptions,
  lanFromSetting = false,
  log = logToStderr,
}: StaffOptions) {
  const db = openDatabase(join(dataDir, staffDatabaseFile), staffMigrations);
  const queue = createImportQueue();
  const importPaths = createImporter(db, keys, clock, queue);
  const startLan = (options: LanOptions) =>
    startLanService({ db, dataDir, keys, clock, log, queue, ...options });
  const lan = lanOptions && closingOnFailure(db, () => startLan(lanOptions));
  const lanSwitch =
    !lan && lanFromSetting ? createLanSwitch(startLan, lanOptionsOf(readLanSetting(db))) : null;
  const currentLan = () => lan ?? lanSwitch?.current() ?? null;
  // Keys that just opened may import what kiosks delivered meanwhile.
  const thenImportInbox = <T>(result: T) => {
    void currentLan()?.importInbox();
    return result;
  };
  const listSticks = async () =>
    findSticks(usbRoots, process.platform === 'win32' ? await listWindowsRemovableDrives() : []);

  const handlers: Handlers<'staff'> = {
    'session.describe': () => ({ role: 'staff' }),
    'staff.report': () => buildReport(db),
    'staff.dashboard': (filter) => buildDashboard(db, filter),
    'staff.reportChoices': () => reportChoices(db),
    'staff.readingSettings': () => ({ minCellSize: readMinCellSize(db) }),
    'staff.setMinCellSize': ({ minCellSize }) => ({ minCellSize: writeMinCellSize(db, minCellSize) }),
    'staff.reportTexts': ({ period }) => readReportTexts(db, period),
    'staff.saveReportTexts': (texts) => saveReportTexts(db, texts),
    'staff.socialReport': (filter) => buildSocialReport(db, filter),
    'staff.poster': ({ filter, language }) => buildPoster(db, filter, language),
    'staff.comments': (query) => listComments(db, query),
    'staff.decideComment': (decision) => decideComment(db, clock, decision),
    'staff.changeLog': () => ({ entries: readChangeLog(db) }),
    'staff.exportCsv': (input) => saveCsvExport(db, input),
    'staff.keys': () => describeStaffKeys(db, keys),
    'staff.createKeys': (input) => createStaffKeys(db, keys, input).then(thenImportInbox),
    'staff.restoreKeys': (input) => restoreStaffKeys(db, keys, input).then(thenImportInbox),
    'staff.backupKeys': (input) => backupStaffKeys(db, keys, input),
    'staff.writePublicKey': (input) => writePublicKeyAgain(db, keys, input),
    'staff.sticks': async () => describeStaffSticks(await listSticks()),
    'staff.import': ({ paths }) => importPaths(paths),
    'staff.kiosks': () => ({ kiosks: listKiosks(db) }),
    'staff.approveKiosk': ({ kioskId }) =>
      approveKioskLeavingReceipt(db, kioskId, () => openStaffKeysFor(db, keys, 'The kiosk was not approved')),
    'staff.lan': () => currentLan()?.describe() ?? { state: 'off' },
    'staff.lanSetting': () => ({
      ...readLanSetting(db),
      defaultPort: defaultLanPort,
      fromCommandLine: lan !== undefined,
    }),
    'staff.lanAddresses': () => ({ addresses: lanInterfaceAddresses(networkInterfaces()) }),
    'staff.setLan': async (input) => {
      if (lan) {
        throw new AppError(
          'conflict',
          'This staff tool was started with --lan-port and --lan-address, which decide where it receives until it is started without them. Nothing was changed.',
        );
      }
      if (input.enabled) enableLan(db, input.host, input.port);
      else disableLan(db);
      await lanSwitch?.switchTo(lanOptionsOf(readLanSetting(db)));
      return currentLan()?.describe() ?? { state: 'off' };
    },
  };

  return {
    role: 'staff' as const,
    db,
    handlers,
    lan,
    /** Closes the database; with a receiver, once it stopped and its import in progress finished. */
    close(): void | Promise<void> {
      const receiving = lan ?? lanSwitch;
      if (!receiving) return void db.close();
      return receiving.close().finally(() => db.close());
    },
  };
}

export type Staff = ReturnType<typeof openStaff>;

/** What is refused while opening (a receiver name with control characters) leaves no database open. */
function closingOnFailure<T>(db: Database, open: () => T): T {
  try {
    return open();
  } catch (error) {
    db.close();
    throw error;
  }
}
