import type { ScheduledUse } from '../../../../shared/question-bank.ts';
import type { DateRange, Schedule } from '../../../../shared/schedule.ts';
import { weekdays, type Weekday } from '../../../../shared/weekdays.ts';

const weekdayNames: Record<Weekday, string> = {
  mon: 'Mondays',
  tue: 'Tuesdays',
  wed: 'Wednesdays',
  thu: 'Thursdays',
  fri: 'Fridays',
  sat: 'Saturdays',
  sun: 'Sundays',
};

/** Where in a plan a question is used, as the core's messages word it. */
export const usedAsDefault = 'as the default';
export const usedOnWeekday = (day: Weekday) => `on ${weekdayNames[day]}`;
export const usedInRange = (range: Pick<DateRange, 'from' | 'to'>) => `from ${range.from} to ${range.to}`;

/**
 * Where the schedule asks a question today or later: picked for today, as the default, on a
 * weekday, in a date range. Ranges that have ended no longer count. Empty when the question is
 * free to be archived.
 */
export function scheduledUses(schedule: Schedule, questionId: string, today: string): ScheduledUse[] {
  return [
    ...(schedule.pickedToday?.day === today && schedule.pickedToday.questionId === questionId
      ? [{ kind: 'picked-today' } as const]
      : []),
    ...(schedule.defaultQuestionId === questionId ? [{ kind: 'default' } as const] : []),
    ...weekdays
      .filter((day) => schedule.weekdays[day] === questionId)
      .map((day) => ({ kind: 'weekday', day }) as const),
    ...schedule.ranges
      .filter((range) => range.questionId === questionId && range.to >= today)
      .map(({ from, to }) => ({ kind: 'range', from, to }) as const),
  ];
}

/** A use in the words of the core's messages ("on Mondays"); the admin view words it in reception's language. */
export function describeUse(use: ScheduledUse): string {
  switch (use.kind) {
    case 'picked-today':
      return 'picked for today';
    case 'default':
      return usedAsDefault;
    case 'weekday':
      return usedOnWeekday(use.day);
    case 'range':
      return usedInRange(use);
  }
}
