import type { Database } from 'better-sqlite3';
import { stat } from 'node:fs/promises';
import type { Clock } from '../clock.ts';
import { AppError } from '../errors.ts';
import { importBatchFiles, type ImportSummary } from './import-batches.ts';
import type { ImportQueue } from './import-queue.ts';
import { openStaffKeysFor } from './keys/require-open-keys.ts';
import type { StaffKeyring } from './keys/staff-keyring.ts';

/**
 * Imports what staff picked on screen: a stick's `Kuulluksi` folder, or another folder or file.
 * A path that is not there is refused before anything is read (a typo is not "0 batches"), and
 * nothing is imported while the keys are locked. Imports take turns (import-queue.ts), so a second
 * click waits for the first instead of racing it over the same files.
 */
export function createImporter(db: Database, keyring: StaffKeyring, clock: Clock, queue: ImportQueue) {
  return (paths: readonly string[]): Promise<ImportSummary> => queue(() => importPaths(paths));

  async function importPaths(paths: readonly string[]): Promise<ImportSummary> {
    for (const [index, path] of paths.entries()) {
      if (!(await stat(path).catch(() => undefined))) {
        throw new AppError(
          'not_found',
          `paths.${index}: ${path} does not exist (or cannot be read); nothing was imported.`,
        );
      }
    }
    const identity = await openStaffKeysFor(db, keyring, 'Nothing was imported');
    return importBatchFiles(db, identity, paths, { clock });
  }
}
