import type { Database } from 'better-sqlite3';

/**
 * The folders a kiosk's held batches were imported from (migration 010). Approving the kiosk
 * takes them, to leave its receipt there; after that the next import writes it, as for every
 * approved kiosk, so they are not kept any longer than that.
 */
export function rememberHeldBatchFolder(db: Database, kioskId: string, folder: string): void {
  db.prepare('INSERT OR IGNORE INTO held_batch_folders (kiosk_id, folder) VALUES (?, ?)').run(
    kioskId,
    folder,
  );
}

/** The kiosk's remembered folders, forgotten as they are returned. */
export function takeHeldBatchFolders(db: Database, kioskId: string): string[] {
  const folders = db
    .prepare<[string], { folder: string }>(
      'SELECT folder FROM held_batch_folders WHERE kiosk_id = ? ORDER BY folder',
    )
    .all(kioskId)
    .map((row) => row.folder);
  db.prepare('DELETE FROM held_batch_folders WHERE kiosk_id = ?').run(kioskId);
  return folders;
}
