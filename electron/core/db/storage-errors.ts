/** SQLite's and the file system's error codes, put in words reception can act on. */
export function describeStorageError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'the disk is full.';
  if (code === 'EROFS' || (typeof code === 'string' && code.startsWith('SQLITE_READONLY'))) {
    return 'the data folder has become read-only.';
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) return 'the disk reported a read or write error.';
  return `an unexpected storage error (${String(code ?? error)}).`;
}

/** Codes that mean the file itself is damaged, as opposed to a disk that is full, missing or read-only. */
export function isCorruption(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT_'));
}
