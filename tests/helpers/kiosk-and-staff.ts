import { after } from 'node:test';
import type { Clock } from '../../electron/core/clock.ts';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../electron/core/kiosk/pairing.ts';
import {
  generateStaffIdentity,
  staffPublicKey,
  type StaffIdentity,
} from '../../electron/core/staff/keys/staff-identity.ts';
import { storeStaffIdentity } from '../../electron/core/staff/keys/sealed-key-store.ts';
import { openStaff, type Staff } from '../../electron/core/staff/open-staff.ts';
import { tempDir } from './temp-dir.ts';

/** 14:05 local time on a Tuesday: an afternoon. */
export const fixedClock: Clock = () => new Date(2026, 10, 17, 14, 5, 42);

/** The passphrase test staff keys are sealed with, at a work factor low enough for tests (not for use). */
export const testPassphrase = 'correct horse battery staple';
export const testSealing = { workFactor: 10 };

/**
 * A kiosk paired with a staff tool, each with its real database in its own temp folder. The
 * kiosk is approved on the staff side, as if staff had compared its code at its first import;
 * `approved: false` leaves it unknown, so its batches are held.
 */
export async function pairedKioskAndStaff(clock: Clock = fixedClock, { approved = true } = {}) {
  const staff = openStaff({ dataDir: tempDir('kuulluksi-staff-') });
  const identity = await generateStaffIdentity();
  await storeStaffIdentity(staff.db, identity, testPassphrase, testSealing);
  after(() => staff.close());
  const kiosk = anotherPairedKiosk(staff, identity, clock, { approved });
  return { kiosk, staff, identity, usb: tempDir('kuulluksi-usb-') };
}

/** One more kiosk paired with the same staff keys, approved unless told otherwise. */
export function anotherPairedKiosk(
  staff: Staff,
  identity: StaffIdentity,
  clock: Clock = fixedClock,
  { approved = true } = {},
) {
  const kiosk = openKiosk({ dataDir: tempDir('kuulluksi-kiosk-'), clock });
  pairWithStaff(kiosk.db, staffPublicKey(identity));
  if (approved) {
    staff.db
      .prepare('INSERT INTO kiosks (kiosk_id, public_key, approved, first_seen_day) VALUES (?, ?, 1, ?)')
      .run(kiosk.identity.kioskId, kiosk.identity.keys.publicKey, '2026-11-01');
  }
  after(() => kiosk.close());
  return kiosk;
}

export function submitMany(kiosk: ReturnType<typeof openKiosk>, values: readonly number[]): void {
  for (const value of values)
    kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value });
}

/** The question the kiosk's screen shows now; fails the test if the kiosk is closed. */
export async function todaysQuestion(kiosk: ReturnType<typeof openKiosk>) {
  const today = await kiosk.handlers['kiosk.today']({});
  if (!today.open) throw new Error('the kiosk is closed, so it shows no question');
  return today.question;
}
