import { placeOfDay, type ReportPeriod } from '../../../../shared/report-period.ts';
import type { ReportPlace } from '../../../../shared/contract/staff-reading.ts';

/**
 * The names of the nodes of the reading tables' dimensions (shared/small-cells/dimension.ts), so
 * the tables and the views that pick from them name a period or a place the same way.
 */
export const dimensionRoots = {
  place: 'all',
  language: 'all',
  repeats: 'all',
  value: 'total',
} as const;

const two = (n: number) => String(n).padStart(2, '0');

export const yearKey = (year: number) => `${year}`;
export const quarterKey = (year: number, quarter: number) => `${year}-Q${quarter}`;
export const monthKey = (year: number, month: number) => `${year}-${two(month)}`;
export const weekPartKey = (year: number, month: number, isoWeek: number) =>
  `${year}-${two(month)}-W${two(isoWeek)}`;

/** The part of an ISO week a day (YYYY-MM-DD) falls in: the finest time answers are counted by. */
export function weekPartOfDay(day: string): string {
  const { year, month, isoWeek } = placeOfDay(day);
  return weekPartKey(year, month, isoWeek);
}

/** A week part's path below its year (each year's table's root): quarter, month, week part. */
export function timePathBelowYear(weekPart: string): string[] {
  const month = Number(weekPart.slice(5, 7));
  const year = Number(weekPart.slice(0, 4));
  return [quarterKey(year, Math.ceil(month / 3)), weekPart.slice(0, 7), weekPart];
}

/** The node of a year's time dimension a period is, or null for all time (the sum of years). */
export function periodKey(period: ReportPeriod): string | null {
  switch (period.kind) {
    case 'all':
      return null;
    case 'year':
      return yearKey(period.year);
    case 'quarter':
      return quarterKey(period.year, period.quarter);
    case 'month':
      return monthKey(period.year, period.month);
  }
}

export const centreKey = (centre: string | null) => `centre:${centre ?? ''}`;
export const kioskKey = (kioskId: string) => `kiosk:${kioskId}`;

export function placePath(centre: string | null, kioskId: string): string[] {
  return [centreKey(centre), kioskKey(kioskId)];
}

export function placeKey(place: ReportPlace): string {
  switch (place.kind) {
    case 'all':
      return dimensionRoots.place;
    case 'centre':
      return centreKey(place.centre);
    case 'kiosk':
      return kioskKey(place.kioskId);
  }
}
