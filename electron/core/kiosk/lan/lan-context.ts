import type { Database } from 'better-sqlite3';
import type { Clock } from '../../clock.ts';
import type { Log } from '../../log.ts';
import type { KioskIdentity } from '../identity.ts';
import type { KioskSettingsStore } from '../settings.ts';
import type { LanClient } from './lan-client.ts';
import type { ReceiverStore } from './receiver-store.ts';

/** What pairing, pushing and the status of the LAN share: the kiosk's store, its key, its clock. */
export type LanContext = {
  db: Database;
  identity: KioskIdentity;
  clock: Clock;
  log: Log;
  settings: KioskSettingsStore;
  call: LanClient;
  receivers: ReceiverStore;
};
