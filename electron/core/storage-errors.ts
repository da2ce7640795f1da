/**
 * File-system and SQLite failures put in words a person can act on, for every place that reads
 * or writes storage: the kiosk database, batch files on a stick, key files. No trailing full stop,
 * so each caller can end its own sentence.
 */
export function describeStorageError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const sqlite = (prefix: string) => typeof code === 'string' && code.startsWith(prefix);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return 'the disk is full';
  if (code === 'EROFS' || sqlite('SQLITE_READONLY')) return 'the drive is read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EIO' || sqlite('SQLITE_IOERR')) return 'the disk reported a read or write error';
  return error instanceof Error ? error.message : String(error);
}
