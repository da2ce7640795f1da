import type { Migration } from '../../db/migration.ts';

/**
 * What staff decided about clients' comments, and the log of those decisions. A hidden comment
 * stays in `responses` (nothing a client said is deleted by a decision): it is only left out of
 * reports and exports. The log records staff actions: the minute of the staff PC, what was done,
 * to which comment (its random id), who decided and why; never anything about a client.
 */
export const commentDecisions: Migration = {
  version: 15,
  name: 'comment-decisions',
  up(db) {
    db.exec(`
      CREATE TABLE comment_decisions (
        response_id TEXT PRIMARY KEY REFERENCES responses (id),
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        flagged INTEGER NOT NULL DEFAULT 0 CHECK (flagged IN (0, 1)),
        selected INTEGER NOT NULL DEFAULT 0 CHECK (selected IN (0, 1))
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE staff_change_log (
        entry INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('hide', 'unhide', 'flag', 'unflag', 'select', 'unselect')),
        comment_id TEXT NOT NULL REFERENCES responses (id),
        decided_by TEXT CHECK (length(decided_by) BETWEEN 1 AND 80),
        reason TEXT CHECK (length(reason) BETWEEN 1 AND 200)
      ) STRICT;
    `);
  },
};
