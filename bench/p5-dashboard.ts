/**
 * P5D: the staff dashboard (electron/core/staff/reading/dashboard.ts, what `staff.dashboard`
 * answers) over a year of 20 kiosks × 52 weekly batches × 1,000 answers (dashboard-fixture.ts).
 * Two figures, as staff meet them: the first view after an import, which builds every wording's
 * protected yearly tables from the kept counts (shared/small-cells), and each filter change
 * after it, which reads figures from those tables; and, in Chromium, a filter changed on the staff
 * screen until its charts are drawn (dashboard-in-chromium.ts).
 */
import { answerTables, buildAnswerTables } from '../electron/core/staff/reading/answer-tables.ts';
import { dashboardOf } from '../electron/core/staff/reading/dashboard.ts';
import { openStaff } from '../electron/core/staff/open-staff.ts';
import type { ReportFilter } from '../shared/contract/staff-reading.ts';
import { languages } from '../shared/languages.ts';
import { defaultMinCellSize } from '../shared/small-cells/threshold.ts';
import { dashboardWorld } from './dashboard-fixture.ts';
import { filterChangesDrawn } from './dashboard-in-chromium.ts';
import { timedSync } from './interleave.ts';
import { mulberry32 } from './kiosk-answers.ts';
import { row, sized, type Benchmark } from './row.ts';
import { median, percentile, round } from './stats.ts';

export const p5Dashboard: Benchmark = {
  id: 'P5D',
  async run({ quick, progress }) {
    const world = await dashboardWorld(quick, progress);
    const staff = openStaff({ dataDir: world.dataDir });
    try {
      const k = defaultMinCellSize;
      const filters = someFilters(answerTables(staff.db, k), quick ? 50 : 400);
      const firstViews: number[] = [];
      for (let run = 0; run < (quick ? 3 : 7); run += 1) {
        firstViews.push(timedSync(() => dashboardOf(buildAnswerTables(staff.db, k), k, filters[0]!)));
      }
      const tables = buildAnswerTables(staff.db, k);
      const answers = dashboardOf(tables, k, filters[0]!).questions.reduce(
        (sum, q) => sum + (q.total ?? 0),
        0,
      );
      const expected = world.kiosks * world.weeks * world.perWeek;
      if (answers > expected || answers < expected * 0.9)
        throw new Error(`P5D: the dashboard counts ${answers} first answers of ${expected}`);
      const changes = filters.map((filter) => timedSync(() => dashboardOf(tables, k, filter)));
      progress('P5D: filter changes drawn in Chromium');
      const drawn = await filterChangesDrawn(world, quick ? 10 : 40);
      const scale = sized(expected, 'answers', quick);
      return [
        row(
          'P5D first view',
          `dashboard after an import: tables built, ${scale}, median`,
          round(median(firstViews), 1),
          'ms',
          100,
        ),
        row(
          'P5D filter change',
          `dashboard for another filter, ${filters.length} filters, p95`,
          round(percentile(changes, 0.95), 3),
          'ms',
          100,
        ),
        row(
          'P5D drawn',
          `a filter change in the staff screen to its charts drawn, Chromium, ${drawn.length} changes, p95`,
          round(percentile(drawn, 0.95), 1),
          'ms',
          100,
        ),
      ];
    } finally {
      staff.close();
    }
  },
};

/**
 * Filters as staff change them: all time first, then periods, places, languages and repeats
 * mixed, seeded so every run times the same ones.
 */
function someFilters(tables: ReturnType<typeof answerTables>, count: number): ReportFilter[] {
  const random = mulberry32(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const years = [...new Set(tables.tables.flatMap((table) => [...table.years.keys()]))];
  const centres = [...tables.centres.keys()];
  const kiosks = [...tables.centres.values()].flat();
  const filters: ReportFilter[] = [
    { period: { kind: 'all' }, place: { kind: 'all' }, language: 'all', includeRepeats: false },
  ];
  while (filters.length < count) {
    const year = pick(years);
    const period = pick<ReportFilter['period']>([
      { kind: 'all' },
      { kind: 'year', year },
      { kind: 'quarter', year, quarter: 1 + Math.floor(random() * 4) },
      { kind: 'month', year, month: 1 + Math.floor(random() * 12) },
    ]);
    const place = pick<ReportFilter['place']>([
      { kind: 'all' },
      { kind: 'centre', centre: pick(centres) },
      { kind: 'kiosk', kioskId: pick(kiosks) },
    ]);
    filters.push({
      period,
      place,
      language: pick(['all', ...languages] as const),
      includeRepeats: random() < 0.5,
    });
  }
  return filters;
}
