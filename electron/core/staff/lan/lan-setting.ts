import type { Database } from 'better-sqlite3';
import { defaultLanPort } from '../../lan/protocol.ts';
import type { LanOptions } from './lan-service.ts';

/** The staff app's own choice of receiving over the network: off, or on at one address and port. */
export type LanSetting = { enabled: boolean; host: string | null; port: number };

type SettingRow = { enabled: number; host: string; port: number };

/** What staff chose last; off, at the usual port, before they ever chose. */
export function readLanSetting(db: Database): LanSetting {
  const row = db.prepare<[], SettingRow>('SELECT enabled, host, port FROM lan_setting').get();
  if (!row) return { enabled: false, host: null, port: defaultLanPort };
  return { enabled: row.enabled === 1, host: row.host, port: row.port };
}

/** Turns receiving on at this address and port (checked by the contract before it gets here). */
export function enableLan(db: Database, host: string, port: number): void {
  db.prepare(
    `INSERT INTO lan_setting (singleton, enabled, host, port) VALUES (1, 1, ?, ?)
     ON CONFLICT (singleton) DO UPDATE SET enabled = 1, host = excluded.host, port = excluded.port`,
  ).run(host, port);
}

/** Turns receiving off, keeping where it listened for the next time it is turned on. */
export function disableLan(db: Database): void {
  db.prepare('UPDATE lan_setting SET enabled = 0').run();
}

/** Where the receiver listens under this setting; null while it is off. */
export function lanOptionsOf({ enabled, host, port }: LanSetting): LanOptions | null {
  return enabled && host !== null ? { listen: [{ host, port }] } : null;
}
