import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';

export type SmallDisk = { dir: string; remount(mode: 'ro' | 'rw'): void };

/**
 * A real, tiny file system (tmpfs) mounted for one test file, so "disk full" and "read-only"
 * are what the kernel says, not a mock. Needs root, as on CI; returns null where mounting is
 * not allowed, and the caller skips with that reason.
 */
export function mountSmallDisk(sizeKiB: number): SmallDisk | null {
  const dir = mkdtempSync(join(tmpdir(), 'kuulluksi-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k,mode=0755`, 'tmpfs', dir], {
      stdio: 'ignore',
    });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  after(() => {
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir,
    remount: (mode) => execFileSync('mount', ['-o', `remount,${mode}`, dir]),
  };
}

/** Fills the disk with one file until the kernel says it is full; returns the file, to free it again. */
export function fillDisk(dir: string): string {
  const filler = join(dir, 'filler');
  const fd = openSync(filler, 'w');
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return filler;
}
