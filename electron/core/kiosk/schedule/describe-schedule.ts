import type { DateRange, Schedule, SchedulePlan } from '../../../../shared/schedule.ts';
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

/** Where in a plan a question is used, as reception reads it. */
export const usedAsDefault = 'as the default';
export const usedOnWeekday = (day: Weekday) => `on ${weekdayNames[day]}`;
export const usedInRange = (range: Pick<DateRange, 'from' | 'to'>) => `from ${range.from} to ${range.to}`;

/**
 * Where the schedule asks a question today or later, in words for reception ("as the default",
 * "on Mondays", "from 2026-12-01 to 2026-12-24", "picked for today"). Ranges that have ended no
 * longer count. Empty when the question is free to be archived.
 */
export function scheduledUses(schedule: Schedule, questionId: string, today: string): string[] {
  return [
    ...(schedule.pickedToday?.day === today && schedule.pickedToday.questionId === questionId ? ['picked for today'] : []),
    ...(schedule.defaultQuestionId === questionId ? [usedAsDefault] : []),
    ...weekdays.filter((day) => schedule.weekdays[day] === questionId).map(usedOnWeekday),
    ...schedule.ranges.filter((range) => range.questionId === questionId && range.to >= today).map(usedInRange),
  ];
}

/** A plan as one line for the change log, e.g. "default visit-today; mon felt-heard; 2026-12-01–2026-12-24 felt-safe". */
export function describePlan(plan: SchedulePlan): string {
  return [
    `default ${plan.defaultQuestionId}`,
    ...weekdays.flatMap((day) => (plan.weekdays[day] === undefined ? [] : [`${day} ${plan.weekdays[day]}`])),
    ...plan.ranges.map((range) => `${range.from}–${range.to} ${range.questionId}`),
  ].join('; ');
}
