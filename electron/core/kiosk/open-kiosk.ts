import { join } from 'node:path';
import { systemClock, type Clock } from '../clock.ts';
import type { Handlers } from '../dispatch.ts';
import { logToStderr, type Log } from '../log.ts';
import { loadOrCreateKioskIdentity } from './identity.ts';
import { openKioskDatabase } from './open-kiosk-database.ts';
import { newestQuestion } from './questions.ts';
import { coarseTime } from '../time/coarse-time.ts';
import { daysBetween } from './days.ts';
import { exportBatches } from './export-batches.ts';
import { createAdminGate } from './admin/admin-gate.ts';
import { adminHandlers } from './admin/admin-handlers.ts';
import { oneAtATime } from './admin/one-at-a-time.ts';
import { createChangeLog } from './change-log.ts';
import { createKioskLan } from './lan/kiosk-lan.ts';
import { isOpen, opensNext } from './opening-hours.ts';
import { createQuestionBank } from './question-bank.ts';
import { applyRetention } from './retention.ts';
import { createResponseStore } from './responses.ts';
import { createScheduleStore } from './schedule/schedule-store.ts';
import { createKioskSettings } from './settings.ts';
import { storeSetAsideDays } from './store-events.ts';
import { findSticks } from '../usb/find-sticks.ts';
import { defaultMountRoots, type MountRoot } from '../usb/mount-roots.ts';
import { createStickExport, type StickExportState } from '../usb/stick-export.ts';
import { listWindowsRemovableDrives } from '../usb/windows-drives.ts';

export const kioskDatabaseFile = 'kiosk.sqlite3';

export type KioskOptions = {
  dataDir: string;
  clock?: Clock;
  log?: Log;
  /** Called after reception closes the kiosk from its admin view: quits the app or stops the host. */
  onExit?: () => void;
  /** Where USB sticks appear; the system's own places unless given (tests give a plain folder). */
  usbRoots?: MountRoot[];
  /**
   * Push to the paired staff PC in the background while open: a running kiosk does, a kiosk opened
   * for one command line does not.
   */
  pushInBackground?: boolean;
};

/** The kiosk's core: its database, its identity and the handlers its renderer may call. */
export function openKiosk({
  dataDir,
  clock = systemClock,
  log = logToStderr,
  onExit,
  usbRoots = defaultMountRoots(process.platform),
  pushInBackground = false,
}: KioskOptions) {
  const db = openKioskDatabase(join(dataDir, kioskDatabaseFile), clock, log);
  const identity = loadOrCreateKioskIdentity(db);
  const changeLog = createChangeLog(db, clock);
  const settings = createKioskSettings(db, changeLog);
  const responses = createResponseStore(db, clock, settings);
  const admin = createAdminGate(db, clock, changeLog, log);
  const schedule = createScheduleStore(db, clock, changeLog);
  const bank = createQuestionBank(db, changeLog, schedule);
  const today = () => coarseTime(clock()).day;
  applyRetention(db, today(), settings.read().retentionDays);
  // Stick exports and LAN pushes both seal and mark batches written: one at a time.
  const oneTransferAtATime = oneAtATime();

  /** Writes every pending batch into a folder (a USB stick), then forgets what retention allows. */
  function exportTo(folder: string, onProgress?: (written: number, total: number) => void) {
    return oneTransferAtATime(async () => {
      const summary = await exportBatches(db, identity, folder, today(), onProgress);
      applyRetention(db, today(), settings.read().retentionDays);
      return summary;
    });
  }

  const lan = createKioskLan({ db, identity, clock, log, settings, oneTransferAtATime });
  if (pushInBackground) lan.startBackground();

  const usb = createStickExport({
    listSticks: async () =>
      findSticks(usbRoots, process.platform === 'win32' ? await listWindowsRemovableDrives() : []),
    exportTo,
    log,
  });

  /** What reception sees: how much waits for export and whether storage is well. Never an answer. */
  function status() {
    const health = responses.health();
    const overdueAfter = settings.read().exportIntervalDays;
    return {
      ...health,
      exportOverdue:
        health.oldestPendingDay !== null && daysBetween(health.oldestPendingDay, today()) > overdueAfter,
      storeSetAsideOn: storeSetAsideDays(db),
      answersToday: responses.countOn(today()),
      kioskId: identity.kioskId,
    };
  }

  /** The client's screen: today's question while open; when it opens next while closed. */
  function todaysScreen() {
    const now = clock();
    const { openingHours } = settings.read();
    if (!isOpen(openingHours, now)) return { open: false as const, opensNext: opensNext(openingHours, now) };
    return { open: true as const, question: newestQuestion(db, schedule.todaysQuestionId()) };
  }

  const handlers: Handlers<'kiosk'> = {
    'session.describe': () => ({ role: 'kiosk' }),
    'kiosk.today': () => todaysScreen(),
    'kiosk.submitResponse': (input) => responses.submit(input),
    'kiosk.addFollowUp': ({ responseId, followUpId }) => {
      responses.addFollowUp(responseId, followUpId);
      return {};
    },
    'kiosk.changeAnswer': ({ responseId, value }) => {
      responses.changeAnswer(responseId, value);
      return {};
    },
    'kiosk.addComment': ({ responseId, text }) => responses.addComment(responseId, text),
    'kiosk.exportNotice': () => exportNotice(usb.state()),
    'kiosk.display': () => {
      const { thankYouSeconds, idleSeconds, repeatWindowSeconds, languages, crisisLines, centreContact } =
        settings.read();
      return { thankYouSeconds, idleSeconds, repeatWindowSeconds, languages, crisisLines, centreContact };
    },
    ...adminHandlers({ admin, settings, bank, schedule, changeLog, status, usb, lan, onExit }),
  };

  return {
    role: 'kiosk' as const,
    db,
    identity,
    settings,
    responses,
    admin,
    bank,
    schedule,
    changeLog,
    status,
    handlers,
    exportTo,
    usb,
    lan,
    close: () => {
      usb.stop();
      lan.stop();
      db.close();
    },
  };
}

/** What the client's screen may say about an export: how far it is, never where or how much. */
function exportNotice(state: StickExportState) {
  return state.state === 'exporting'
    ? { state: state.state, written: state.written, total: state.total }
    : { state: state.state };
}

export type Kiosk = ReturnType<typeof openKiosk>;
