import type { Database } from 'better-sqlite3';
import {
  questionChangeSchema,
  scheduleChangeSchema,
  type QuestionChange,
  type ScheduleChange,
} from '../../../shared/change-log-details.ts';
import type { Clock } from '../clock.ts';

type StoredEntry = { at: string; subject: string; detail: string };
export type ChangeLogEntry = StoredEntry & { change: QuestionChange | ScheduleChange | null };

/** How many entries the admin view is given: enough to see what happened lately, never a scroll of years. */
export const changeLogShown = 100;

/**
 * What reception and IT changed on the kiosk and when, shown in the admin view. It records
 * settings, the PIN (that it changed, never what to, and each lockout of the PIN pad, so
 * reception learn that someone has been guessing), the schedule and the question bank; never
 * an answer or anything a client typed. Callers write to it inside the transaction that makes
 * the change, so a change is never kept without its entry or the other way round.
 */
export function createChangeLog(db: Database, clock: Clock) {
  const insert = db.prepare('INSERT INTO change_log (at, subject, detail) VALUES (?, ?, ?)');
  const newest = db.prepare<[number], StoredEntry>(
    'SELECT at, subject, detail FROM change_log ORDER BY id DESC LIMIT ?',
  );

  const record = (subject: string, detail: string): void =>
    void insert.run(localMinute(clock()), subject, detail);

  return {
    record,
    /** A change to the question bank, kept as data for the admin view to word (shared/change-log-details.ts). */
    recordQuestion: (change: QuestionChange) => record('question', JSON.stringify(change)),
    /** A change to the schedule, kept as data likewise. */
    recordSchedule: (change: ScheduleChange) => record('schedule', JSON.stringify(change)),
    entries(): ChangeLogEntry[] {
      return newest.all(changeLogShown).map((entry) => ({ ...entry, change: changeOf(entry) }));
    },
  };
}

export type ChangeLog = ReturnType<typeof createChangeLog>;

/** Local time to the minute, YYYY-MM-DDTHH:MM: when reception did something, not when a client did. */
export function localMinute(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
}

/**
 * A bank or schedule entry's detail read back as data; null for other subjects, and for entries
 * an older version wrote in words, which the screen shows as they are.
 */
function changeOf({ subject, detail }: StoredEntry): QuestionChange | ScheduleChange | null {
  const schema =
    subject === 'question' ? questionChangeSchema : subject === 'schedule' ? scheduleChangeSchema : null;
  if (!schema) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(detail));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
