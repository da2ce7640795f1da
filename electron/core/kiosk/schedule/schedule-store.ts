import type { Database } from 'better-sqlite3';
import type { ScheduledUse } from '../../../../shared/question-bank.ts';
import {
  schedulePlanSchema,
  scheduleSchema,
  type Schedule,
  type SchedulePlan,
} from '../../../../shared/schedule.ts';
import { weekdays } from '../../../../shared/weekdays.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { describeIssues } from '../../schema-errors.ts';
import type { ChangeLog } from '../change-log.ts';
import { coarseTime } from '../../time/coarse-time.ts';
import { scheduledUses, usedAsDefault, usedInRange, usedOnWeekday } from './describe-schedule.ts';
import { resolveToday, type TodaysQuestion } from './resolve-today.ts';

export type ScheduleView = { schedule: Schedule; today: TodaysQuestion };

/**
 * The plan of which question is asked when, kept as one checked JSON row. Every question the
 * plan names must be in the bank and not archived, except in date ranges that have already
 * ended: those may stay in the plan as a record of what was asked.
 */
export function createScheduleStore(db: Database, clock: Clock, changeLog: ChangeLog) {
  const select = db.prepare<[], { value: string }>('SELECT value FROM schedule');
  const write = db.prepare('UPDATE schedule SET value = ?');
  const bankRow = db.prepare<[string], { archived: number }>(
    'SELECT archived FROM question_bank WHERE id = ?',
  );

  const today = () => coarseTime(clock()).day;

  function read(): Schedule {
    const parsed = scheduleSchema.safeParse(JSON.parse(select.get()!.value));
    if (!parsed.success) {
      throw new AppError(
        'storage_failed',
        `The schedule in the database is not valid (${describeIssues(parsed.error)}).`,
      );
    }
    return parsed.data;
  }

  function view(): ScheduleView {
    const schedule = read();
    return { schedule, today: resolveToday(schedule, clock()) };
  }

  /** Refuses a question the bank does not have, or has archived, saying where the plan used it. */
  function assertSchedulable(questionId: string, usedWhere?: string, allowArchived = false): void {
    const where = usedWhere === undefined ? '' : ` (used ${usedWhere})`;
    const row = bankRow.get(questionId);
    if (!row)
      throw new AppError('bad_request', `There is no question "${questionId}" in the question bank${where}.`);
    if (row.archived === 1 && !allowArchived) {
      throw new AppError(
        'conflict',
        `The question "${questionId}" is archived${where}: unarchive it first, or choose another question.`,
      );
    }
  }

  function store(schedule: Schedule): void {
    write.run(JSON.stringify(schedule));
  }

  /** Replaces the plan, all or nothing; a pick made at reception today keeps winning for the rest of today. */
  function setPlan(input: unknown): ScheduleView {
    const parsed = schedulePlanSchema.safeParse(input);
    if (!parsed.success)
      throw new AppError('bad_request', `Schedule not saved: ${describeIssues(parsed.error)}.`);
    const plan = normalized(parsed.data);
    const day = today();
    // Checked inside the transaction, so the CLI cannot archive a question between check and write.
    db.transaction(() => {
      assertSchedulable(plan.defaultQuestionId, usedAsDefault);
      for (const weekday of weekdays) {
        const id = plan.weekdays[weekday];
        if (id !== undefined) assertSchedulable(id, usedOnWeekday(weekday));
      }
      for (const range of plan.ranges)
        assertSchedulable(range.questionId, usedInRange(range), range.to < day);
      const current = read();
      if (JSON.stringify(normalized(current)) === JSON.stringify(plan)) return;
      const pickedToday = current.pickedToday?.day === day ? current.pickedToday : null;
      store({ ...plan, pickedToday });
      changeLog.recordSchedule({ event: 'plan', plan });
    })();
    return view();
  }

  /** Puts a question on screen now for the rest of today, and makes it the default after that. */
  function askNow(questionId: string): ScheduleView {
    db.transaction(() => {
      assertSchedulable(questionId);
      const current = read();
      const day = today();
      if (
        current.pickedToday?.day === day &&
        current.pickedToday.questionId === questionId &&
        current.defaultQuestionId === questionId
      )
        return;
      store({ ...current, defaultQuestionId: questionId, pickedToday: { day, questionId } });
      changeLog.recordSchedule({ event: 'asked-now', questionId });
    })();
    return view();
  }

  return {
    read,
    view,
    setPlan,
    askNow,
    /** Checks that `askNow` would take this question, without changing anything. */
    assertAskable: (questionId: string) => assertSchedulable(questionId),
    todaysQuestionId: () => view().today.questionId,
    /** Where the plan asks a question today or later (empty if nowhere), for any number of questions at one reading. */
    whereUsed(): (questionId: string) => ScheduledUse[] {
      const [schedule, day] = [read(), today()];
      return (questionId) => scheduledUses(schedule, questionId, day);
    },
  };
}

export type ScheduleStore = ReturnType<typeof createScheduleStore>;

/** Weekdays in week order and ranges by date, so equal plans compare equal and read alike in the log. */
function normalized(plan: SchedulePlan): SchedulePlan {
  return {
    defaultQuestionId: plan.defaultQuestionId,
    weekdays: Object.fromEntries(
      weekdays.flatMap((day) => (plan.weekdays[day] === undefined ? [] : [[day, plan.weekdays[day]]])),
    ),
    ranges: plan.ranges
      .toSorted((a, b) => a.from.localeCompare(b.from))
      .map(({ from, to, questionId }) => ({ from, to, questionId })),
  };
}
