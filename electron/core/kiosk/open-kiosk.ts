import { join } from 'node:path';
import { systemClock, type Clock } from '../clock.ts';
import type { Handlers } from '../dispatch.ts';
import { logToStderr, type Log } from '../log.ts';
import { loadOrCreateKioskIdentity } from './identity.ts';
import { openKioskDatabase } from './open-kiosk-database.ts';
import { currentQuestion } from './questions.ts';
import { coarseTime } from './coarse-time.ts';
import { daysBetween } from './days.ts';
import { exportBatches } from './export-batches.ts';
import { createAdminGate } from './admin/admin-gate.ts';
import { applyRetention } from './retention.ts';
import { createResponseStore } from './responses.ts';
import { createKioskSettings } from './settings.ts';
import { storeSetAsideDays } from './store-events.ts';

export const kioskDatabaseFile = 'kiosk.sqlite3';

export type KioskOptions = { dataDir: string; clock?: Clock; log?: Log };

/** The kiosk's core: its database, its identity and the handlers its renderer may call. */
export function openKiosk({ dataDir, clock = systemClock, log = logToStderr }: KioskOptions) {
  const db = openKioskDatabase(join(dataDir, kioskDatabaseFile), clock, log);
  const identity = loadOrCreateKioskIdentity(db);
  const settings = createKioskSettings(db);
  const responses = createResponseStore(db, clock, settings);
  const admin = createAdminGate(db, clock);
  const today = () => coarseTime(clock()).day;
  applyRetention(db, today(), settings.read().retentionDays);

  /** Writes every pending batch into a folder (a USB stick), then forgets what retention allows. */
  async function exportTo(folder: string) {
    const summary = await exportBatches(db, identity, folder, today());
    applyRetention(db, today(), settings.read().retentionDays);
    return summary;
  }

  /** What reception sees: how much waits for export and whether storage is well. Never an answer. */
  function status() {
    const health = responses.health();
    const overdueAfter = settings.read().exportIntervalDays;
    return {
      ...health,
      exportOverdue: health.oldestPendingDay !== null && daysBetween(health.oldestPendingDay, today()) > overdueAfter,
      storeSetAsideOn: storeSetAsideDays(db),
    };
  }

  const handlers: Handlers<'kiosk'> = {
    'session.describe': () => ({ role: 'kiosk' }),
    'kiosk.currentQuestion': () => currentQuestion(db),
    'kiosk.submitResponse': (input) => responses.submit(input),
    'kiosk.addFollowUp': ({ responseId, followUpId }) => {
      responses.addFollowUp(responseId, followUpId);
      return {};
    },
    'kiosk.addComment': ({ responseId, text }) => responses.addComment(responseId, text),
    'kiosk.display': () => {
      const { thankYouSeconds, idleSeconds, repeatWindowSeconds, crisisLines, centreContact } = settings.read();
      return { thankYouSeconds, idleSeconds, repeatWindowSeconds, crisisLines, centreContact };
    },
    'admin.access': () => admin.access(),
    'admin.setFirstPin': ({ pin }) => admin.setFirstPin(pin),
    'admin.unlock': ({ pin }) => admin.unlock(pin),
    'admin.lock': ({ token }) => {
      admin.lock(token);
      return {};
    },
    'admin.status': ({ token }) => {
      admin.authorize(token);
      return status();
    },
  };

  return { role: 'kiosk' as const, db, identity, settings, responses, admin, status, handlers, exportTo, close: () => db.close() };
}

export type Kiosk = ReturnType<typeof openKiosk>;
