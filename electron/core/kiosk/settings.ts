import type { Database } from 'better-sqlite3';
import {
  defaultKioskSettings,
  kioskSettingsSchema,
  type KioskSettings,
} from '../../../shared/kiosk-settings.ts';
import { AppError } from '../errors.ts';
import { describeIssues } from '../schema-errors.ts';
import type { ChangeLog } from './change-log.ts';

/**
 * The settings in force, read afresh and checked: stored values over the defaults. For the one
 * read that must see the database as it is now, such as the time setting a batch declares.
 */
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
    throw new AppError(
      'storage_failed',
      `The kiosk settings in the database are not valid (${describeIssues(parsed.error)}).`,
    );
  }
  return parsed.data;
}

/**
 * The kiosk's settings store. Every tap reads the time granularity,
 * and `kuulluksi kiosk config` may change it from another process while the kiosk runs, so the
 * checked settings are kept only until SQLite's data_version says another connection committed
 * (or this store changed them): a tap pays a pragma, not a schema check of every setting. Every
 * change, from the admin view or the CLI, is logged here.
 */
export function createKioskSettings(db: Database, changeLog: ChangeLog) {
  const write = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let cached: { version: number; settings: KioskSettings } | undefined;

  /** The settings in force: stored values over the defaults, each checked against the schema. */
  function read(): KioskSettings {
    const version = dataVersion.get()!;
    if (cached?.version !== version) cached = { version, settings: readKioskSettings(db) };
    return cached.settings;
  }

  /**
   * Changes some settings, all or none: a bad value is refused with its name and nothing changes.
   * Only a value that really differs is written and logged, so saving an untouched form logs nothing.
   */
  function update(patch: unknown): KioskSettings {
    const parsed = kioskSettingsSchema.partial().safeParse(patch);
    if (!parsed.success)
      throw new AppError('bad_request', `Settings not changed: ${describeIssues(parsed.error)}.`);
    db.transaction(() => {
      const current = read();
      for (const [key, value] of Object.entries(parsed.data)) {
        const json = JSON.stringify(value);
        if (value === undefined || json === JSON.stringify(current[key as keyof KioskSettings])) continue;
        write.run(key, json);
        changeLog.record(key, typeof value === 'string' ? value : json);
      }
      // This connection's own commits leave data_version as it is.
      cached = undefined;
    })();
    return read();
  }

  return { read, update };
}

export type KioskSettingsStore = ReturnType<typeof createKioskSettings>;
