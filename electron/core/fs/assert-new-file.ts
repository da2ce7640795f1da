import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../errors.ts';

/**
 * Checked before a key file is made (a backup, a public key file, an exported identity), so that
 * input refused anyway changes nothing: the file must not exist, since it is never overwritten,
 * and its folder must. `named` is where the path came from ("--out", "backupFile"), so the
 * person knows which one to change.
 */
export async function assertNewFile(path: string, named: string): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing)
    throw new AppError(
      'conflict',
      `${path} (${named}) already exists; it is never overwritten. Name a new file.`,
    );
  const folder = await stat(dirname(path)).catch(() => undefined);
  if (!folder?.isDirectory()) {
    throw new AppError(
      'not_found',
      `${path} (${named}) cannot be written: the folder ${dirname(path)} does not exist.`,
    );
  }
}
