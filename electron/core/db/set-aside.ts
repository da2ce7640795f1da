import { existsSync, renameSync } from 'node:fs';

/**
 * Moves a damaged database (with its -wal, -shm or -journal files) to `<file>.damaged-N`, the first N
 * free, so a fresh one can start while the old one stays for recovery. Nothing is deleted:
 * what the damaged file still holds may be rescued by hand (`sqlite3 FILE .recover`).
 * Returns the new name of the main file.
 */
export function setAsideDamagedDatabase(file: string): string {
  let n = 1;
  while (existsSync(`${file}.damaged-${n}`)) n++;
  const target = `${file}.damaged-${n}`;
  // The journal files go first: were we cut off between the renames, a -wal or hot -journal left
  // beside a fresh database could be replayed into it, while a main file left behind is simply set
  // aside again.
  for (const suffix of ['-wal', '-shm', '-journal']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  renameSync(file, target);
  return target;
}
