import type { DayPlace, ReportPeriod } from '../../../../shared/report-period.ts';
import type { ReportPlace } from '../../../../shared/contract/staff-reading.ts';

/**
 * The names of the nodes of the reading tables' dimensions (shared/small-cells/dimension.ts), so
 * the tables and the views that pick from them name a period or a place the same way.
 */
export const dimensionRoots = {
  time: 'all',
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

/** A day's path from its year down to its part of an ISO week. */
export function timePath({ year, quarter, month, isoWeek }: DayPlace): string[] {
  return [yearKey(year), quarterKey(year, quarter), monthKey(year, month), weekPartKey(year, month, isoWeek)];
}

export function periodKey(period: ReportPeriod): string {
  switch (period.kind) {
    case 'all':
      return dimensionRoots.time;
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
