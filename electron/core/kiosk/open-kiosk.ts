import { join } from 'node:path';
import { systemClock, type Clock } from '../clock.ts';
import { openDatabase } from '../db/open-database.ts';
import type { Handlers } from '../dispatch.ts';
import { loadOrCreateKioskIdentity } from './identity.ts';
import { kioskMigrations } from './migrations/index.ts';
import { currentQuestion } from './questions.ts';
import { createResponseStore } from './responses.ts';

export const kioskDatabaseFile = 'kiosk.sqlite3';

export type KioskOptions = { dataDir: string; clock?: Clock };

/** The kiosk's core: its database, its identity and the handlers its renderer may call. */
export function openKiosk({ dataDir, clock = systemClock }: KioskOptions) {
  const db = openDatabase(join(dataDir, kioskDatabaseFile), kioskMigrations);
  const identity = loadOrCreateKioskIdentity(db);
  const responses = createResponseStore(db, clock);

  const handlers: Handlers<'kiosk'> = {
    'session.describe': () => ({ role: 'kiosk' }),
    'kiosk.currentQuestion': () => currentQuestion(db),
    'kiosk.submitResponse': (input) => responses.submit(input),
  };

  return { role: 'kiosk' as const, db, identity, responses, handlers, close: () => db.close() };
}

export type Kiosk = ReturnType<typeof openKiosk>;
