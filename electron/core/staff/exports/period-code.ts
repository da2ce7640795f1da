import type { ReportPeriod } from '../../../../shared/report-period.ts';

/**
 * A period as an export writes it, short and sortable as text: `all`, `2026`, `2026-Q4` or
 * `2026-11`. Spreadsheets keep these as text (none is a date or a number but the year).
 */
export function periodCode(period: ReportPeriod): string {
  switch (period.kind) {
    case 'all':
      return 'all';
    case 'year':
      return String(period.year);
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'month':
      return `${period.year}-${String(period.month).padStart(2, '0')}`;
  }
}
