import { isoWeekOf } from '../../../../shared/report-period.ts';

export type IsoWeek = { year: number; week: number };

/**
 * The ISO week a day belongs to, with the week's own year: 2027-01-01 is in week 53 of 2026,
 * 2024-12-30 in week 1 of 2025. The finest time a comment is shown with.
 */
export function isoWeekOfDay(day: string): IsoWeek {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  const week = isoWeekOf(year, month, dayOfMonth);
  if (month === 1 && week >= 52) return { year: year - 1, week };
  if (month === 12 && week === 1) return { year: year + 1, week };
  return { year, week };
}
