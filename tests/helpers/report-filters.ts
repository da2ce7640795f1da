import type { ReportFilter } from '../../shared/contract/staff-reading.ts';

/**
 * The month the test clock's answers fall in (tests/helpers/kiosk-and-staff.ts: 17 November
 * 2026), every place and language, quick repeats left out as the dashboard first shows them.
 */
export const novemberFilter: ReportFilter = {
  period: { kind: 'month', year: 2026, month: 11 },
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: false,
};
