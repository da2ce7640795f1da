import type { Database } from 'better-sqlite3';
import type { Dashboard, ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { buildDashboard } from '../reading/dashboard.ts';
import { aggregatesCsv, type AggregatesCsvOptions } from './aggregates-csv.ts';

/**
 * The aggregates CSV of a filter as staff read it: the place's dashboard, then one for each of
 * its parts (its centres, or a centre's kiosks), so the file holds side by side the places the
 * dashboard compares. What the staff tool saves and `staff report --format csv` prints.
 */
export function aggregatesCsvFor(
  db: Database,
  filter: ReportFilter,
  options: AggregatesCsvOptions = {},
): string {
  return aggregatesCsv(dashboardsFor(db, filter), options);
}

function dashboardsFor(db: Database, filter: ReportFilter): Dashboard[] {
  const whole = buildDashboard(db, filter);
  const parts = new Map(
    whole.questions.flatMap((question) =>
      question.comparison.map(({ place }) => [JSON.stringify(place), place] as const),
    ),
  );
  return [whole, ...[...parts.values()].map((place) => buildDashboard(db, { ...filter, place }))];
}
