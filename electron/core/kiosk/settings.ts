import type { Database } from 'better-sqlite3';
import { defaultKioskSettings, kioskSettingsSchema, type KioskSettings } from '../../../shared/kiosk-settings.ts';
import { AppError } from '../errors.ts';
import { describeIssues } from '../schema-errors.ts';

/** The settings in force: stored values over the defaults, each checked against the schema. */
export function readKioskSettings(db: Database): KioskSettings {
  const stored = Object.fromEntries(
    db
      .prepare<[], { key: string; value: string }>('SELECT key, value FROM settings')
      .all()
      .filter((row) => Object.hasOwn(defaultKioskSettings, row.key))
      .map((row) => [row.key, JSON.parse(row.value) as unknown]),
  );
  const parsed = kioskSettingsSchema.safeParse({ ...defaultKioskSettings, ...stored });
  if (!parsed.success) {
    throw new AppError('storage_failed', `The kiosk settings in the database are not valid (${describeIssues(parsed.error)}).`);
  }
  return parsed.data;
}

/** Changes some settings, all or none: a bad value is refused with its name and nothing changes. */
export function updateKioskSettings(db: Database, patch: unknown): KioskSettings {
  const parsed = kioskSettingsSchema.partial().safeParse(patch);
  if (!parsed.success) throw new AppError('bad_request', `Settings not changed: ${describeIssues(parsed.error)}.`);
  const write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const [key, value] of Object.entries(parsed.data)) write.run(key, JSON.stringify(value));
  })();
  return readKioskSettings(db);
}
