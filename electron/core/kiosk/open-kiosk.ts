import { join } from 'node:path';
import { systemClock, type Clock } from '../clock.ts';
import type { Handlers } from '../dispatch.ts';
import { logToStderr, type Log } from '../log.ts';
import { loadOrCreateKioskIdentity } from './identity.ts';
import { openKioskDatabase } from './open-kiosk-database.ts';
import { currentQuestion } from './questions.ts';
import { createResponseStore } from './responses.ts';
import { storeSetAsideDays } from './store-events.ts';

export const kioskDatabaseFile = 'kiosk.sqlite3';

export type KioskOptions = { dataDir: string; clock?: Clock; log?: Log };

/** The kiosk's core: its database, its identity and the handlers its renderer may call. */
export function openKiosk({ dataDir, clock = systemClock, log = logToStderr }: KioskOptions) {
  const db = openKioskDatabase(join(dataDir, kioskDatabaseFile), clock, log);
  const identity = loadOrCreateKioskIdentity(db);
  const responses = createResponseStore(db, clock);

  const handlers: Handlers<'kiosk'> = {
    'session.describe': () => ({ role: 'kiosk' }),
    'kiosk.currentQuestion': () => currentQuestion(db),
    'kiosk.submitResponse': (input) => responses.submit(input),
    'kiosk.status': () => ({ ...responses.health(), storeSetAsideOn: storeSetAsideDays(db) }),
  };

  return { role: 'kiosk' as const, db, identity, responses, handlers, close: () => db.close() };
}

export type Kiosk = ReturnType<typeof openKiosk>;
