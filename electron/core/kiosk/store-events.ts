import type { Database } from 'better-sqlite3';

export function recordStoreSetAside(db: Database, day: string): void {
  db.prepare("INSERT INTO store_events (kind, day) VALUES ('store-set-aside', ?)").run(day);
}

/** Days on which a damaged kiosk database was set aside, newest first, for the admin screen. */
export function storeSetAsideDays(db: Database): string[] {
  return db
    .prepare<[], { day: string }>(
      "SELECT day FROM store_events WHERE kind = 'store-set-aside' ORDER BY id DESC",
    )
    .all()
    .map((row) => row.day);
}
