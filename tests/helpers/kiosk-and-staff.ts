import { after } from 'node:test';
import type { Clock } from '../../electron/core/clock.ts';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../electron/core/kiosk/pairing.ts';
import { createStaffIdentity, staffPublicKey } from '../../electron/core/staff/identity.ts';
import { openStaff } from '../../electron/core/staff/open-staff.ts';
import { tempDir } from './temp-dir.ts';

/** 14:05 local time on a Tuesday: an afternoon. */
export const fixedClock: Clock = () => new Date(2026, 10, 17, 14, 5, 42);

/** A kiosk paired with a staff tool, each with its real database in its own temp folder. */
export async function pairedKioskAndStaff(clock: Clock = fixedClock) {
  const kiosk = openKiosk({ dataDir: tempDir('kuulluksi-kiosk-'), clock });
  const staff = openStaff({ dataDir: tempDir('kuulluksi-staff-') });
  const identity = await createStaffIdentity(staff.db);
  pairWithStaff(kiosk.db, staffPublicKey(identity));
  after(() => {
    kiosk.close();
    staff.close();
  });
  return { kiosk, staff, identity, usb: tempDir('kuulluksi-usb-') };
}

export function submitMany(kiosk: ReturnType<typeof openKiosk>, values: readonly number[]): void {
  for (const value of values) kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value });
}
