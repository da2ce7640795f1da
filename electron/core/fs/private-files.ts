import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors.ts';
import { describeStorageError } from '../storage-errors.ts';

/**
 * The data folder holds every answer and, on the staff PC, the sealed keys: on a PC that several
 * people log into, no other account may read it. On POSIX the folder is 0700 and the database
 * files 0600. Modes given to mkdir and open are cut by the umask, and an install made before
 * this had 0755 and 0644, so each is set with chmod, which the umask does not touch.
 *
 * Windows is skipped: a data folder under the user's profile inherits its ACL, which already
 * keeps other accounts out, and chmod there only toggles the read-only flag.
 */
const appliesHere = process.platform !== 'win32';
const privateFolderMode = 0o700;
const privateFileMode = 0o600;

/** Creates `folder`, and any missing parent, readable by this user only. An existing folder is left as it is. */
export function createPrivateFolder(folder: string): void {
  const firstCreated = mkdirSync(folder, { recursive: true, mode: privateFolderMode });
  if (!appliesHere || firstCreated === undefined) return;
  for (let created = folder; ; created = dirname(created)) {
    chmodSync(created, privateFolderMode);
    if (created === firstCreated || dirname(created) === created) return;
  }
}

/**
 * Called before SQLite opens `file`. A new database file is created empty with 0600 first,
 * because SQLite gives the -wal, -shm and -journal files it makes beside it the database file's
 * own mode. Every file of this database (those three, and copies set aside as damaged) is
 * tightened to 0600, for installs made before this. The folder is tightened to 0700 when it holds
 * nothing else; one that holds other things too (a home folder, /tmp) is not this app's to set.
 */
export function makeDatabasePrivate(file: string): void {
  if (!appliesHere) return;
  const folder = dirname(file);
  try {
    createEmptyFile(file);
    const names = readdirSync(folder);
    const own = names.filter((name) => name.startsWith(basename(file)));
    for (const name of own) tighten(join(folder, name), privateFileMode);
    if (own.length === names.length) tighten(folder, privateFolderMode);
  } catch (error) {
    throw new AppError(
      'storage_failed',
      `The data folder ${folder} cannot be made readable by this user only: ${describeStorageError(error)}.`,
      { cause: error },
    );
  }
}

function createEmptyFile(file: string): void {
  try {
    closeSync(openSync(file, 'wx', privateFileMode));
  } catch (error) {
    // Already there (an existing install, or another process that started at the same moment).
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** chmod follows links, so only a real file or folder is changed, and only when its mode differs. */
function tighten(path: string, mode: number): void {
  const info = lstatSync(path);
  if ((info.isFile() || info.isDirectory()) && (info.mode & 0o777) !== mode) chmodSync(path, mode);
}
