import { randomUUID } from 'node:crypto';
import { access, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors.ts';
import { describeStorageError } from '../storage-errors.ts';
import { readFileCapped } from './read-file-capped.ts';

export type DurableWriteOptions = {
  /** Permission bits for a new file, e.g. 0o600 for secrets. */
  mode?: number;
  /** Refuse to replace an existing file (for keys: overwriting one could lose every batch). */
  exclusive?: boolean;
};

/**
 * Writes a file so that it is either whole or absent, even on a USB stick pulled mid-write:
 * a temporary name, fsync, rename, fsync of the folder, then a read-back compared byte for byte.
 * Only after this returns may anything be reported as written.
 */
export async function writeFileDurably(
  path: string,
  bytes: Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx', options.mode ?? 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.exclusive && (await exists(path))) {
      throw new AppError(
        'conflict',
        `${path} already exists; move it away first, it will not be overwritten.`,
      );
    }
    await rename(temporary, path);
    await syncFolder(folder);
  } catch (error) {
    await rm(temporary, { force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('storage_failed', `Could not write ${path}: ${describeStorageError(error)}.`, {
      cause: error,
    });
  }
  // Capped at what was written: a file swapped on the stick for a huge one or a FIFO is a
  // mismatch, not an endless read.
  const written = await readFileCapped(path, bytes.length).catch(() => Buffer.alloc(0));
  if (!Buffer.from(bytes).equals(written)) {
    throw new NotReadBackError(
      `${path} did not read back as written; the drive may be failing or was removed.`,
    );
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Makes the rename itself durable. Windows cannot open folders for syncing; there NTFS journals it. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A file that was written and synced but read back different: the drive may be failing. */
export class NotReadBackError extends AppError {
  constructor(message: string) {
    super('storage_failed', message);
    this.name = 'NotReadBackError';
  }
}
