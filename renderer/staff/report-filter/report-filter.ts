/**
 * A report's period and place as a form's lists hold them: each as one option value, read back
 * into the contract's filter. The results, the comments and the social report choose them alike.
 * Kept apart from the screens so it can be tested.
 */
import type { ReportPlace } from '../../../shared/contract/staff-reading.ts';
import type { ReportPeriod } from '../../../shared/report-period.ts';

export function placeValue(place: ReportPlace): string {
  switch (place.kind) {
    case 'all':
      return 'all';
    case 'centre':
      return place.centre === null ? 'no-centre' : `centre:${place.centre}`;
    case 'kiosk':
      return `kiosk:${place.kioskId}`;
  }
}

export function placeOfValue(value: string): ReportPlace {
  if (value === 'no-centre') return { kind: 'centre', centre: null };
  if (value.startsWith('centre:')) return { kind: 'centre', centre: value.slice('centre:'.length) };
  if (value.startsWith('kiosk:')) return { kind: 'kiosk', kioskId: value.slice('kiosk:'.length) };
  return { kind: 'all' };
}

/**
 * The period of another kind, keeping what the current one already says: its year (or the
 * latest year with answers), and the quarter the month falls in, or the quarter's first month.
 */
export function periodOfKind(
  kind: ReportPeriod['kind'],
  current: ReportPeriod,
  years: readonly number[],
): ReportPeriod {
  const year = current.kind === 'all' ? (years.at(-1) ?? new Date().getFullYear()) : current.year;
  const month =
    current.kind === 'month' ? current.month : current.kind === 'quarter' ? (current.quarter - 1) * 3 + 1 : 1;
  switch (kind) {
    case 'all':
      return { kind: 'all' };
    case 'year':
      return { kind: 'year', year };
    case 'quarter':
      return { kind: 'quarter', year, quarter: Math.ceil(month / 3) };
    case 'month':
      return { kind: 'month', year, month };
  }
}

/** The years a list offers: those with answers, and the one chosen even if it has none now. */
export function yearChoices(years: readonly number[], period: ReportPeriod): number[] {
  const chosen = period.kind === 'all' ? [] : [period.year];
  const all = [...new Set([...years, ...chosen])].sort((a, b) => a - b);
  return all.length > 0 ? all : [new Date().getFullYear()];
}
