import type { Migration } from '../../db/migration.ts';

/**
 * The threshold k of the small-cell rule as staff set it (shared/small-cells/threshold.ts): no
 * row means the default. Never below 3, whatever writes here.
 */
export const readingSetting: Migration = {
  version: 14,
  name: 'reading-setting',
  up(db) {
    db.exec(`
      CREATE TABLE reading_setting (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        min_cell_size INTEGER NOT NULL CHECK (min_cell_size BETWEEN 3 AND 50)
      ) STRICT;
    `);
  },
};
