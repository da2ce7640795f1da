import type { Migration } from '../../db/migration.ts';

/**
 * What staff read answers by (docs/batch-format.md, version 3): the language a client answered
 * in, the centre a kiosk stands in, and a question's THL participation area and item code. Older
 * batches said none of these, so their answers have no language and their questions no area.
 *
 * `answer_counts` replaces `response_counts`: the dashboard counts by week and language as well,
 * for every period, place and language it can show, kept as batches are stored (in the batch's
 * own transaction) so no view reads the answers themselves. Its `week_part` is the finest time a
 * report shows: the days of one ISO week that fall in one month, named YYYY-MM-Www (a week
 * spanning two months has a part in each). It is filled here from the answers already stored.
 * Its `language` is 'unknown' for answers whose kiosk did not say.
 */
export const readingDimensions: Migration = {
  version: 13,
  name: 'reading-dimensions',
  up(db) {
    db.exec(`
      ALTER TABLE responses ADD COLUMN language TEXT CHECK (language IN ('fi', 'sv', 'en', 'selko'));
      ALTER TABLE kiosks ADD COLUMN centre TEXT;
      ALTER TABLE questions ADD COLUMN area TEXT CHECK (area IN ('own-life', 'influencing', 'common-good'));
      ALTER TABLE questions ADD COLUMN item_code TEXT;

      CREATE TABLE answer_counts (
        kiosk_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        question_version INTEGER NOT NULL,
        week_part TEXT NOT NULL CHECK (week_part GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-W[0-9][0-9]'),
        language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en', 'selko', 'unknown')),
        repeat INTEGER NOT NULL CHECK (repeat IN (0, 1)),
        value INTEGER NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 1),
        PRIMARY KEY (kiosk_id, question_id, question_version, week_part, language, repeat, value),
        FOREIGN KEY (kiosk_id, question_id, question_version) REFERENCES questions (kiosk_id, id, version)
      ) STRICT, WITHOUT ROWID;

      DROP TABLE response_counts;
    `);
    // The week part of a day is worked out in code (ISO weeks are not SQLite's), once per day stored.
    const add = db.prepare(
      `INSERT INTO answer_counts (kiosk_id, question_id, question_version, week_part, language, repeat, value, count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET count = count + excluded.count`,
    );
    const stored = db
      .prepare(
        `SELECT kiosk_id, question_id, question_version, day, coalesce(language, 'unknown'), repeat, value, count(*)
         FROM responses GROUP BY 1, 2, 3, 4, 5, 6, 7`,
      )
      .raw()
      .all() as [string, string, number, string, string, number, number, number][];
    for (const [kiosk, question, version, day, language, repeat, value, count] of stored) {
      add.run(kiosk, question, version, weekPartOfDay(day), language, repeat, value, count);
    }
  },
};

/**
 * The week part of a day, YYYY-MM-Www with the ISO 8601 week (weeks start on Monday; week 1 holds
 * the year's first Thursday). A migration never changes once shipped, so it keeps its own copy of
 * the rule instead of importing code that may (reading/dimension-keys.ts names the same parts).
 */
function weekPartOfDay(day: string): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const week = Math.ceil(((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / 86_400_000 + 1) / 7);
  return `${day.slice(0, 7)}-W${String(week).padStart(2, '0')}`;
}
