import { after } from 'node:test';
import { openKiosk, type Kiosk, type KioskOptions } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';
import { movableClock } from './movable-clock.ts';
import { tempDir } from './temp-dir.ts';

export const testPin = '482193';

/**
 * A kiosk on a clock the test moves (from 09:00 on Tuesday 17 November 2026 unless told), with
 * reception's PIN set and the admin view open. `unlock()` opens it again after the clock moved
 * past the idle limit.
 */
export async function kioskAtReception(
  start: Date = new Date(2026, 10, 17, 9, 0),
  options: Pick<KioskOptions, 'onExit' | 'usbRoots'> = {},
) {
  const time = movableClock(start);
  const dataDir = tempDir('kuulluksi-reception-');
  const kiosk: Kiosk = openKiosk({ dataDir, clock: time.clock, log: silentLog, ...options });
  after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: testPin });
  const unlock = async () => {
    const outcome = await kiosk.handlers['admin.unlock']({ pin: testPin });
    if (!outcome.unlocked) throw new Error('the test PIN did not unlock the admin view');
    return outcome.token;
  };
  return { kiosk, time, token, unlock, dataDir };
}

/** Every row of a table, for asserting that a refused change left it exactly as it was. */
export function tableRows(kiosk: Kiosk, table: string): unknown[] {
  return kiosk.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
}
