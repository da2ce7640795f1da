import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AppError } from '../../../../electron/core/errors.ts';
import { openKiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../electron/core/log.ts';
import { fixedClock } from '../../../helpers/kiosk-and-staff.ts';
import { fillDisk, mountSmallDisk } from '../../../helpers/small-disk.ts';

// Room for a kiosk database (its answer slots take 1 MB from the start) and a rebuild of it.
const disk = mountSmallDisk(4096);
const skip = disk ? false : 'mounting a small tmpfs needs root (CI runs as root)';

const answer = { questionId: 'visit-today', questionVersion: 1, value: 4 };

function submitUntilRefused(kiosk: ReturnType<typeof openKiosk>): { saved: number; refusal: AppError } {
  for (let saved = 0; saved < 10_000; saved++) {
    try {
      kiosk.responses.submit(answer);
    } catch (error) {
      assert.ok(error instanceof AppError, String(error));
      return { saved, refusal: error };
    }
  }
  assert.fail('the disk never filled up');
}

test(
  'on a full disk an answer is refused, never falsely thanked, and reception is told why',
  { skip },
  () => {
    const dataDir = join(disk!.dir, 'full');
    const kiosk = openKiosk({ dataDir, clock: fixedClock, log: silentLog });
    try {
      const filler = fillDisk(disk!.dir);
      const { saved, refusal } = submitUntilRefused(kiosk);
      assert.equal(refusal.code, 'storage_failed');
      assert.match(refusal.message, /could not be saved on this kiosk: the disk is full/);
      assert.equal(kiosk.responses.health().storageProblem, 'the disk is full.');
      assert.equal(
        kiosk.responses.pendingCount(),
        saved,
        'every answer that was acknowledged is there, no more',
      );

      rmSync(filler);
      kiosk.responses.submit(answer);
      assert.equal(
        kiosk.responses.health().storageProblem,
        null,
        'the problem clears once an answer is saved again',
      );
      assert.equal(kiosk.responses.pendingCount(), saved + 1);
      assert.equal(kiosk.db.pragma('integrity_check', { simple: true }), 'ok');
    } finally {
      kiosk.close();
    }
  },
);

test('a kiosk whose data folder has become read-only refuses to start, saying why', { skip }, () => {
  const dataDir = join(disk!.dir, 'readonly');
  openKiosk({ dataDir, clock: fixedClock, log: silentLog }).close();
  disk!.remount('ro');
  try {
    assert.throws(
      () => openKiosk({ dataDir, clock: fixedClock, log: silentLog }),
      (error: unknown) =>
        error instanceof AppError && error.code === 'storage_failed' && /read-only/.test(error.message),
    );
  } finally {
    disk!.remount('rw');
  }
  const kiosk = openKiosk({ dataDir, clock: fixedClock, log: silentLog });
  assert.equal(kiosk.db.pragma('integrity_check', { simple: true }), 'ok', 'nothing was damaged meanwhile');
  kiosk.close();
});
