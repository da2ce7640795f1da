import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { test } from 'node:test';
import { openBatch } from '../../../../electron/core/batch/open-batch.ts';
import { openKiosk, type Kiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../electron/core/log.ts';
import { pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { movableClock } from '../../../helpers/movable-clock.ts';

/** Closes a kiosk and opens its data folder again, as a restart does (retention runs on open). */
function reopen(kiosk: Kiosk, clock: () => Date): Kiosk {
  kiosk.close();
  return openKiosk({ dataDir: dirname(kiosk.db.name), clock, log: silentLog });
}

const answersInDb = (db: import('better-sqlite3').Database) =>
  db.prepare<[], { n: number }>('SELECT count(*) AS n FROM responses').get()!.n;

test('exported answers are forgotten after the retention period; answers waiting for export never are', async () => {
  const time = movableClock(new Date(2026, 10, 2, 10, 0));
  const { kiosk, usb } = await pairedKioskAndStaff(time.clock);
  kiosk.settings.update({ retentionDays: 30 });
  submitMany(kiosk, [1, 2]);
  await kiosk.exportTo(usb);
  submitMany(kiosk, [3]);

  time.advanceDays(29);
  await kiosk.exportTo(usb);
  assert.equal(answersInDb(kiosk.db), 3, 'day 29: nothing is old enough yet');

  time.advanceDays(1);
  submitMany(kiosk, [4]);
  await kiosk.exportTo(usb);
  assert.equal(
    answersInDb(kiosk.db),
    2,
    'day 30: the first batch’s two answers are gone, the later ones stay',
  );

  submitMany(kiosk, [5]);
  time.advanceDays(400);
  const reopened = reopen(kiosk, time.clock);
  assert.equal(answersInDb(reopened.db), 1, 'a year on, only the answer never exported is left');
  assert.equal(reopened.responses.pendingCount(), 1);
  reopened.close();
});

test('an answer waiting for export is kept however old, and reception is warned when export is overdue', async () => {
  const time = movableClock(new Date(2026, 10, 2, 10, 0));
  const { kiosk } = await pairedKioskAndStaff(time.clock);
  kiosk.settings.update({ retentionDays: 1, exportIntervalDays: 7 });
  submitMany(kiosk, [2]);
  time.advanceDays(7);
  assert.equal(kiosk.status().exportOverdue, false);
  time.advanceDays(1);
  const status = kiosk.status();
  assert.equal(status.exportOverdue, true);
  assert.equal(status.oldestPendingDay, '2026-11-02');
  time.advanceDays(365);
  const reopened = reopen(kiosk, time.clock);
  assert.equal(reopened.responses.pendingCount(), 1);
  reopened.close();
});

test('after retention the next batch still chains onto the forgotten one', async () => {
  const time = movableClock(new Date(2026, 10, 2, 10, 0));
  const { kiosk, identity, usb } = await pairedKioskAndStaff(time.clock);
  kiosk.settings.update({ retentionDays: 1 });
  submitMany(kiosk, [1]);
  const first = await kiosk.exportTo(usb);
  time.advanceDays(1);
  submitMany(kiosk, [2]);
  const second = await kiosk.exportTo(usb);
  assert.equal(
    kiosk.db
      .prepare<[], { n: number }>('SELECT count(*) AS n FROM batches WHERE length(ciphertext) = 0')
      .get()!.n,
    1,
  );
  const staffKey = { identity: identity.ageIdentity, recipient: identity.ageRecipient };
  const one = await openBatch(readFileSync(first.written[0]!.file), staffKey);
  const two = await openBatch(readFileSync(second.written[0]!.file), staffKey);
  assert.equal(two.body.prevHash, one.hash);
});
