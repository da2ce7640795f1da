import type { Database } from 'better-sqlite3';
import type { ChangeLogEntry } from '../../../../shared/contract/staff-comments.ts';

/** What staff decided about comments, newest first: staff actions, nothing about a client. */
export function readChangeLog(db: Database): ChangeLogEntry[] {
  return db
    .prepare<[], ChangeLogEntry>(
      `SELECT at, action, comment_id AS commentId, decided_by AS decidedBy, reason
       FROM staff_change_log ORDER BY entry DESC`,
    )
    .all();
}
