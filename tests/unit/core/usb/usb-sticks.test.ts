import assert from 'node:assert/strict';
import type { Database } from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { coarseTime } from '../../../../electron/core/time/coarse-time.ts';
import { exportBatches } from '../../../../electron/core/kiosk/export-batches.ts';
import type { Kiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { sealPendingResponses } from '../../../../electron/core/kiosk/seal-pending.ts';
import { exportFolderName, findSticks } from '../../../../electron/core/usb/find-sticks.ts';
import { defaultMountRoots, type MountRoot } from '../../../../electron/core/usb/mount-roots.ts';
import { createStickExport } from '../../../../electron/core/usb/stick-export.ts';
import { stickProblemOf } from '../../../../electron/core/usb/stick-problem.ts';
import { AppError } from '../../../../electron/core/errors.ts';
import { NotReadBackError } from '../../../../electron/core/fs/write-file-durably.ts';
import { parseDriveLetters } from '../../../../electron/core/usb/windows-drives.ts';
import { silentLog } from '../../../../electron/core/log.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { pairWithStaff } from '../../../../electron/core/kiosk/pairing.ts';
import { staffPublicKey } from '../../../../electron/core/staff/keys/staff-identity.ts';
import { kioskAtReception } from '../../../helpers/admin-kiosk.ts';
import { fixedClock, pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { fillDisk, mountSmallDisk } from '../../../helpers/small-disk.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const disk = mountSmallDisk(256);
const skip = disk ? false : 'mounting a small tmpfs needs root (CI runs as root)';

/** A folder standing in for /media: `<root>/<user>/<label>` is a plugged-in stick. */
function mediaRoot() {
  const path = tempDir('kuulluksi-media-');
  const roots: MountRoot[] = [{ path, depth: 2 }];
  return {
    roots,
    plugIn(label: string, { prepared = false } = {}) {
      const stick = join(path, 'reception', label);
      mkdirSync(prepared ? join(stick, exportFolderName) : stick, { recursive: true });
      return stick;
    },
    pull: (stick: string) => rmSync(stick, { recursive: true, force: true }),
  };
}

const unwrittenBatches = (db: Database) =>
  db
    .prepare<[], { seq: number }>('SELECT seq FROM batches WHERE written = 0 ORDER BY seq')
    .all()
    .map((row) => row.seq);

/** The kiosk's sticks, wired as the kiosk core wires them, with a hook to act between two batches. */
function sticksFor(kiosk: Kiosk, roots: MountRoot[], betweenBatches: (written: number) => void = () => {}) {
  return createStickExport({
    listSticks: () => findSticks(roots),
    exportTo: (folder, onProgress) =>
      exportBatches(kiosk.db, kiosk.identity, folder, coarseTime(fixedClock()).day, (written, total) => {
        onProgress(written, total);
        if (written > 0 && written < total) betweenBatches(written);
      }),
    log: silentLog,
  });
}

test('drives are found at the depth their root says, with their label and whether staff prepared them', async () => {
  const media = mediaRoot();
  const plain = media.plugIn('KINGSTON');
  const prepared = media.plugIn('STAFF STICK', { prepared: true });
  const volumes = tempDir('kuulluksi-volumes-');
  mkdirSync(join(volumes, 'SANDISK'));
  // macOS lists its own system disk in /Volumes as a link to /: never a stick.
  symlinkSync('/', join(volumes, 'Macintosh HD'));

  const sticks = await findSticks([
    ...media.roots,
    { path: volumes, depth: 1 },
    { path: join(volumes, 'absent'), depth: 1 },
  ]);

  assert.deepEqual(
    sticks,
    [
      { path: plain, label: 'KINGSTON', prepared: false },
      { path: prepared, label: 'STAFF STICK', prepared: true },
      { path: join(volumes, 'SANDISK'), label: 'SANDISK', prepared: false },
    ].sort((a, b) => a.path.localeCompare(b.path)),
  );
});

test('each system has its own places for sticks, and Windows drive letters are read from PowerShell output', () => {
  assert.deepEqual(
    defaultMountRoots('linux').map((root) => root.path),
    ['/media', '/run/media'],
  );
  assert.deepEqual(defaultMountRoots('darwin'), [{ path: '/Volumes', depth: 1 }]);
  assert.deepEqual(defaultMountRoots('win32'), []);
  assert.deepEqual(parseDriveLetters('E:\r\nf:\r\n\r\nWARNING: something\r\nG:\\\r\n'), ['E:\\', 'F:\\']);
});

test('a stick staff prepared with a Kuulluksi folder is exported to as soon as it is seen, and says when it is safe to remove', async () => {
  const { kiosk, staff, identity } = await pairedKioskAndStaff();
  submitMany(kiosk, [1, 4, 5]);
  const media = mediaRoot();
  const usb = sticksFor(kiosk, media.roots);

  await usb.poll();
  assert.deepEqual(usb.state(), { state: 'idle' });
  const stick = media.plugIn('STAFF', { prepared: true });
  await usb.poll();
  assert.equal(usb.state().state, 'exporting');
  await usb.settled();

  assert.deepEqual(usb.state(), { state: 'done', stick: 'STAFF', batches: 1, answers: 3 });
  const imported = await importBatchFiles(staff.db, identity, [join(stick, exportFolderName)]);
  assert.equal(imported.imported.length, 1);
  assert.equal(imported.imported[0]!.responses, 3);

  media.pull(stick);
  await usb.poll();
  assert.deepEqual(usb.state(), { state: 'idle' }, 'the message goes once the stick is out');
});

test('a stick that gets its Kuulluksi folder while plugged in is exported to then, once', async () => {
  const { kiosk } = await pairedKioskAndStaff();
  submitMany(kiosk, [3, 4]);
  const media = mediaRoot();
  const usb = sticksFor(kiosk, media.roots);
  const stick = media.plugIn('KINGSTON');
  await usb.poll();
  assert.deepEqual(usb.state(), { state: 'idle' });

  mkdirSync(join(stick, exportFolderName));
  await usb.poll();
  await usb.settled();
  assert.deepEqual(usb.state(), { state: 'done', stick: 'KINGSTON', batches: 1, answers: 2 });

  submitMany(kiosk, [5]);
  await usb.poll();
  await usb.settled();
  assert.equal(
    kiosk.responses.pendingCount(),
    1,
    'a stick already exported to is not exported to again by itself',
  );
});

test('any other stick waits for reception to tap Export, and only a stick that is plugged in can be chosen', async () => {
  const { kiosk } = await pairedKioskAndStaff();
  submitMany(kiosk, [2]);
  const media = mediaRoot();
  const usb = sticksFor(kiosk, media.roots);
  const stick = media.plugIn('KINGSTON');
  await usb.poll();
  await usb.settled();
  assert.deepEqual(usb.state(), { state: 'idle' });
  assert.deepEqual(usb.sticks(), [{ path: stick, label: 'KINGSTON', prepared: false }]);

  assert.throws(() => usb.exportToStick('/etc'), /no longer plugged in/);
  assert.equal(usb.state().state, 'idle');

  usb.exportToStick(stick);
  assert.throws(() => usb.exportToStick(stick), /already running/);
  await usb.settled();
  assert.deepEqual(usb.state(), { state: 'done', stick: 'KINGSTON', batches: 1, answers: 1 });
  assert.equal(readdirSync(join(stick, exportFolderName)).filter((name) => name.endsWith('.age')).length, 1);

  submitMany(kiosk, [4]);
  await usb.poll();
  await usb.settled();
  assert.deepEqual(
    usb.state(),
    { state: 'done', stick: 'KINGSTON', batches: 1, answers: 1 },
    'the Kuulluksi folder the export made is not staff preparing the stick: no second export by itself',
  );
  assert.equal(kiosk.responses.pendingCount(), 1);
});

test('a stick pulled halfway keeps the rest waiting, and the next stick gets exactly the rest', async () => {
  const { kiosk, staff, identity } = await pairedKioskAndStaff();
  submitMany(kiosk, [1, 2, 3, 4, 5, 1]);
  await sealPendingResponses(kiosk.db, kiosk.identity, 2);
  assert.deepEqual(unwrittenBatches(kiosk.db), [1, 2, 3]);
  const media = mediaRoot();
  const first = media.plugIn('FIRST', { prepared: true });
  const usb = sticksFor(kiosk, media.roots, (written) => {
    // Pulled out right after the first batch was verified, before the second is written.
    if (written === 1) media.pull(first);
  });

  await usb.poll();
  await usb.settled();
  assert.deepEqual(usb.state(), { state: 'failed', stick: 'FIRST', problem: 'removed' });
  assert.deepEqual(unwrittenBatches(kiosk.db), [2, 3], 'only the verified batch counts as exported');
  assert.equal(
    kiosk.status().pendingAnswers,
    4,
    'answers sealed into batches no stick took still wait for export',
  );

  await usb.poll();
  assert.deepEqual(usb.state(), { state: 'idle' });
  const second = media.plugIn('SECOND', { prepared: true });
  await usb.poll();
  await usb.settled();
  assert.deepEqual(usb.state(), { state: 'done', stick: 'SECOND', batches: 2, answers: 4 });
  assert.deepEqual(unwrittenBatches(kiosk.db), []);

  const imported = await importBatchFiles(staff.db, identity, [join(second, exportFolderName)]);
  assert.deepEqual(
    imported.imported.map((batch) => batch.seq),
    [2, 3],
  );
  assert.deepEqual(imported.rejected, []);
});

test('reception sees the sticks and the export, and the client screen only how far it is: never where or how much', async () => {
  const { identity } = await pairedKioskAndStaff();
  const media = mediaRoot();
  const { kiosk, token } = await kioskAtReception(undefined, { usbRoots: media.roots });
  pairWithStaff(kiosk.db, staffPublicKey(identity));
  submitMany(kiosk, [3, 4]);
  const stick = media.plugIn('KINGSTON');
  await kiosk.usb.poll();

  assert.deepEqual(await kiosk.handlers['admin.sticks']({ token }), {
    sticks: [{ path: stick, label: 'KINGSTON', prepared: false }],
    export: { state: 'idle' },
  });
  assert.deepEqual(await kiosk.handlers['kiosk.exportNotice']({}), { state: 'idle' });
  await kiosk.handlers['admin.exportToStick']({ token, path: stick });
  await kiosk.usb.settled();

  assert.deepEqual((await kiosk.handlers['admin.sticks']({ token })).export, {
    state: 'done',
    stick: 'KINGSTON',
    batches: 1,
    answers: 2,
  });
  assert.deepEqual(await kiosk.handlers['kiosk.exportNotice']({}), { state: 'done' });
  assert.equal((await kiosk.handlers['admin.status']({ token })).kioskId, kiosk.identity.kioskId);
});

/** One stick, whatever the mount folders hold: a real file system mounted for the test. */
function exportOnto(kiosk: Kiosk, stick: string) {
  return createStickExport({
    listSticks: async () => [{ path: stick, label: 'SMALL', prepared: true }],
    exportTo: (folder, onProgress) =>
      exportBatches(kiosk.db, kiosk.identity, folder, coarseTime(fixedClock()).day, onProgress),
    log: silentLog,
  });
}

test(
  'a full stick and a read-only stick are told apart, and the answers wait for the next stick',
  { skip },
  async () => {
    const { kiosk } = await pairedKioskAndStaff();
    submitMany(kiosk, [1, 2, 3]);
    mkdirSync(join(disk!.dir, exportFolderName));
    const filler = fillDisk(disk!.dir);
    const usb = exportOnto(kiosk, disk!.dir);
    await usb.poll();
    await usb.settled();
    assert.deepEqual(usb.state(), { state: 'failed', stick: 'SMALL', problem: 'full' });

    rmSync(filler);
    disk!.remount('ro');
    try {
      usb.exportToStick(disk!.dir);
      await usb.settled();
      assert.deepEqual(usb.state(), { state: 'failed', stick: 'SMALL', problem: 'read-only' });
    } finally {
      disk!.remount('rw');
    }
    assert.equal(kiosk.status().pendingAnswers, 3);
  },
);

test('a kiosk never paired with a staff key says so, rather than blaming the stick', async () => {
  const { kiosk } = await kioskAtReception();
  submitMany(kiosk, [4]);
  const media = mediaRoot();
  const usb = sticksFor(kiosk, media.roots);
  media.plugIn('STAFF', { prepared: true });
  await usb.poll();
  await usb.settled();
  assert.deepEqual(usb.state(), { state: 'failed', stick: 'STAFF', problem: 'not-paired' });
});

test('a file that reads back other than written is told as a stick that may be failing', () => {
  assert.equal(
    stickProblemOf(new NotReadBackError('/media/x/Kuulluksi/a.age did not read back as written')),
    'not-verified',
  );
  const removedMidWrite = Object.assign(new Error('open failed'), { code: 'ENODEV' });
  assert.equal(
    stickProblemOf(new AppError('storage_failed', 'Could not write', { cause: removedMidWrite })),
    'removed',
  );
  assert.equal(stickProblemOf(Object.assign(new Error('EIO'), { code: 'EIO' })), 'write-error');
});
