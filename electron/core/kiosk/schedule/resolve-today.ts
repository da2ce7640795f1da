import type { Schedule, ScheduleReason } from '../../../../shared/schedule.ts';
import { weekdayOf } from '../../../../shared/weekdays.ts';
import { coarseTime } from '../../time/coarse-time.ts';

export type TodaysQuestion = { questionId: string; because: ScheduleReason };

/**
 * Which question the kiosk asks at this local time, and why: a question picked at reception for
 * today wins, then a date range covering today, then today's weekday, then the default. A pick
 * from an earlier day has expired at midnight (it lives on as the default, which askNow also set).
 */
export function resolveToday(schedule: Schedule, now: Date): TodaysQuestion {
  const { day } = coarseTime(now);
  if (schedule.pickedToday?.day === day)
    return { questionId: schedule.pickedToday.questionId, because: 'picked' };
  const range = schedule.ranges.find((candidate) => candidate.from <= day && day <= candidate.to);
  if (range) return { questionId: range.questionId, because: 'range' };
  const onWeekday = schedule.weekdays[weekdayOf(now)];
  if (onWeekday !== undefined) return { questionId: onWeekday, because: 'weekday' };
  return { questionId: schedule.defaultQuestionId, because: 'default' };
}
