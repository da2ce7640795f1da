import type { Database } from 'better-sqlite3';

/**
 * Whether the first PIN may still be chosen on the kiosk's own screen: only while the kiosk is
 * new, i.e. it has never taken an answer (none waiting, and no batch ever sealed: batch rows
 * outlive the answers they carried) and no damaged store was ever set aside (a store started
 * afresh after damage belongs to a kiosk that has been in service).
 *
 * Why this and not a confirmation alone: whoever reaches the hidden corner first on a kiosk
 * without a PIN owns its admin view, which can close the kiosk to the computer underneath. The
 * screen's "are you setting this kiosk up?" is only a speed bump, since anyone can tap yes. A
 * kiosk out among clients takes answers within minutes; from then on only IT, at the command
 * line (`kuulluksi kiosk config --set-pin-file`), can set the first PIN. While it has none, a
 * kiosk being set up by IT or reception is in their hands, not yet a client's. A time limit
 * since the database was made was the other choice; the database keeps no such time (adding
 * one needs a migration), and a file's dates change when it is copied or written.
 */
export function kioskIsNew(db: Database): boolean {
  const { used } = db
    .prepare<[], { used: number }>(
      `SELECT EXISTS (SELECT 1 FROM responses)
           OR EXISTS (SELECT 1 FROM batches)
           OR EXISTS (SELECT 1 FROM store_events) AS used`,
    )
    .get()!;
  return used === 0;
}
