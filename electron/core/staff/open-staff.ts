import { join } from 'node:path';
import { openDatabase } from '../db/open-database.ts';
import type { Handlers } from '../dispatch.ts';
import { staffMigrations } from './migrations/index.ts';
import { buildReport } from './report.ts';

export const staffDatabaseFile = 'staff.sqlite3';

/** The staff tool's core: its database and the handlers its renderer may call. */
export function openStaff({ dataDir }: { dataDir: string }) {
  const db = openDatabase(join(dataDir, staffDatabaseFile), staffMigrations);

  const handlers: Handlers<'staff'> = {
    'session.describe': () => ({ role: 'staff' }),
    'staff.report': () => buildReport(db),
  };

  return { role: 'staff' as const, db, handlers, close: () => db.close() };
}

export type Staff = ReturnType<typeof openStaff>;
