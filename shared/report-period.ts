/**
 * The periods a report may cover: all time, a calendar year, quarter or month, and nothing in
 * between. Two reports whose periods differed by a day or a week would reveal the answers of that
 * day or week by subtraction, however small their count; periods on one fixed calendar grid nest
 * inside each other, so the small-cell rule (shared/small-cells) can protect every figure of
 * every period at once. Trend points are the months of a longer period, and the parts of ISO
 * weeks that fall inside a month for a month. Zod-free, so the staff screens can use it.
 */
export type ReportPeriod =
  | { kind: 'all' }
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: number }
  | { kind: 'month'; year: number; month: number };

export type DayRange = { from: string; to: string };

/** The trend of a month is drawn per week, of any longer period per month. */
export type TrendUnit = 'week' | 'month';

export const firstReportYear = 2000;
export const lastReportYear = 2100;

export function trendUnitOf(period: ReportPeriod): TrendUnit {
  return period.kind === 'month' ? 'week' : 'month';
}

/** The first and last day of a period; null for all time. */
export function periodRange(period: ReportPeriod): DayRange | null {
  switch (period.kind) {
    case 'all':
      return null;
    case 'year':
      return { from: day(period.year, 1, 1), to: day(period.year, 12, 31) };
    case 'quarter': {
      const firstMonth = (period.quarter - 1) * 3 + 1;
      return { from: day(period.year, firstMonth, 1), to: lastDayOfMonth(period.year, firstMonth + 2) };
    }
    case 'month':
      return { from: day(period.year, period.month, 1), to: lastDayOfMonth(period.year, period.month) };
  }
}

/**
 * The period that runs exactly from `from` to `to` (YYYY-MM-DD), or why none does: the command
 * line takes days, but a report covers a whole month, quarter or year.
 */
export function periodFromDays(
  from: string,
  to: string,
): { ok: true; period: ReportPeriod } | { ok: false; problem: string } {
  const start = parseDay(from);
  if (!start) return { ok: false, problem: `--from ${from} is not a day written YYYY-MM-DD` };
  if (!parseDay(to)) return { ok: false, problem: `--to ${to} is not a day written YYYY-MM-DD` };
  const { year, month } = start;
  const candidates: ReportPeriod[] = [
    { kind: 'month', year, month },
    { kind: 'quarter', year, quarter: Math.ceil(month / 3) },
    { kind: 'year', year },
  ];
  const match = candidates.find((period) => {
    const range = periodRange(period);
    return range?.from === from && range.to === to;
  });
  if (match) return { ok: true, period: match };
  const monthRange = periodRange(candidates[0]!)!;
  return {
    ok: false,
    problem:
      `--from ${from} --to ${to} is not a whole month, quarter or year. Reports cover only those, so ` +
      `that no two reports differ by a few days and reveal the answers given on them. ` +
      `For example: --from ${monthRange.from} --to ${monthRange.to}`,
  };
}

/** Where a day sits on the calendar grid, from the year down to its part of an ISO week. */
export type DayPlace = { year: number; quarter: number; month: number; isoWeek: number };

export function placeOfDay(text: string): DayPlace {
  const parsed = parseDay(text);
  if (!parsed) throw new RangeError(`not a day: ${text}`);
  const { year, month, dayOfMonth } = parsed;
  return { year, quarter: Math.ceil(month / 3), month, isoWeek: isoWeekOf(year, month, dayOfMonth) };
}

/** ISO 8601 week number: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(year: number, month: number, dayOfMonth: number): number {
  const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

export function monthRange(year: number, month: number): DayRange {
  return { from: day(year, month, 1), to: lastDayOfMonth(year, month) };
}

function parseDay(text: string): { year: number; month: number; dayOfMonth: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < firstReportYear || year > lastReportYear) return null;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;
  return { year, month, dayOfMonth };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function lastDayOfMonth(year: number, month: number): string {
  return day(year, month, daysInMonth(year, month));
}

function day(year: number, month: number, dayOfMonth: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}
