import type { Database } from 'better-sqlite3';
import { AppError } from '../errors.ts';
import type { Migration } from './migration.ts';

/**
 * Brings the schema to the newest version, one transaction per migration, so a crash leaves the
 * database at a whole version. `user_version` records where it stands. A database written by a
 * newer Kuulluksi is refused untouched: guessing at a schema we do not know could lose answers.
 */
export function migrate(db: Database, migrations: readonly Migration[]): void {
  assertOrdered(migrations);
  const current = assertNotNewer(db, migrations);
  for (const migration of migrations.filter((m) => m.version > current)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/**
 * Refuses a schema newer than the code knows. Call it before anything else touches the file:
 * even switching the journal mode rewrites the header of a database we must leave as it is.
 */
export function assertNotNewer(db: Database, migrations: readonly Migration[]): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new AppError(
      'conflict',
      `This database was written by a newer Kuulluksi (schema ${current}, this version knows up to ${latest}). Update Kuulluksi; the database was left untouched.`,
    );
  }
  return current;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`,
      );
    }
  });
}
