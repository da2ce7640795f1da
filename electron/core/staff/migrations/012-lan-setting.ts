import type { Migration } from '../../db/migration.ts';

/**
 * Whether the staff app receives batches over the centre's network, and where (docs/lan.md).
 * Off until staff turn it on in the app: the receiver never listens by surprise. The address and
 * port are kept while it is off, so turning it on again listens where it did before. A command
 * line's `--lan-port` / `--lan-address` still wins over this for that run.
 */
export const lanSetting: Migration = {
  version: 12,
  name: 'lan-setting',
  up(db) {
    db.exec(`
      CREATE TABLE lan_setting (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
        host TEXT NOT NULL CHECK (length(host) BETWEEN 1 AND 100),
        port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535)
      ) STRICT;
    `);
  },
};
