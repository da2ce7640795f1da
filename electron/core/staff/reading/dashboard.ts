import type { Database } from 'better-sqlite3';
import type {
  Dashboard,
  DashboardQuestion,
  Figure,
  ReportFilter,
  ReportChoices,
  ReportPlace,
} from '../../../../shared/contract/staff-reading.ts';
import {
  isoWeekOf,
  monthRange,
  periodRange,
  trendUnitOf,
  type DayRange,
  type ReportPeriod,
} from '../../../../shared/report-period.ts';
import { scales } from '../../../../shared/scales.ts';
import type { ProtectedTable } from '../../../../shared/small-cells/protected-table.ts';
import { answerTables, type AnswerTable, type AnswerTables } from './answer-tables.ts';
import { dimensionRoots, monthKey, periodKey, placeKey, weekPartKey } from './dimension-keys.ts';
import { readMinCellSize } from './reading-setting.ts';

/**
 * The dashboard for one filter: every wording with answers in it, its distribution, its trend
 * (per week of a month, per month of anything longer) and its place's parts side by side. Each
 * figure is one cell of a wording's protected table for a year, or for all time the sum of each
 * year's, shown only where every year's is; so nothing here can show or give away a small count.
 */
export function buildDashboard(db: Database, filter: ReportFilter): Dashboard {
  const minCellSize = readMinCellSize(db);
  return dashboardOf(answerTables(db, minCellSize), minCellSize, filter);
}

/** The dashboard from tables already protected with `minCellSize`. */
export function dashboardOf(tables: AnswerTables, minCellSize: number, filter: ReportFilter): Dashboard {
  return {
    minCellSize,
    filter,
    range: periodRange(filter.period),
    questions: tables.tables.flatMap((table) => viewOf(table, filter) ?? []),
    choices: choicesOf(tables),
  };
}

/** What the filters can offer, without counting anything: the years with answers, the centres. */
export function reportChoices(db: Database): ReportChoices {
  return choicesOf(answerTables(db, readMinCellSize(db)));
}

function choicesOf({ tables, centres }: AnswerTables): ReportChoices {
  const years = new Set(tables.flatMap(({ years }) => [...years.keys()]));
  return {
    years: [...years].sort((a, b) => a - b),
    centres: [...centres].map(([centre, kiosks]) => ({ centre, kiosks: [...kiosks] })),
  };
}

/** The wording's figures under the filter; null where it has no answer there. */
export function viewOf({ wording, years }: AnswerTable, filter: ReportFilter): DashboardQuestion | null {
  const values = scales[wording.scale].values;
  const tablesOf = (year: number | null) =>
    year === null ? [...years.values()] : [years.get(year)].filter((table) => table !== undefined);
  const figure = (year: number | null, timeKey: string | null, placeAt: string): Figure =>
    sumOfShown(
      values,
      tablesOf(year).map((table) => figureIn(table, values, timeKey, placeAt, filter)),
    );

  const periodYear = filter.period.kind === 'all' ? null : filter.period.year;
  const place = placeKey(filter.place);
  const whole = figure(periodYear, periodKey(filter.period), place);
  if (whole.total === 0) return null;
  return {
    wording: wording.key,
    questionId: wording.questionId,
    questionVersion: wording.questionVersion,
    scale: wording.scale,
    texts: wording.texts,
    area: wording.area,
    itemCode: wording.itemCode,
    ...whole,
    trend: {
      unit: trendUnitOf(filter.period),
      points: trendPoints(filter.period, [...years.keys()]).map(({ year, key, range }) => ({
        ...range,
        ...figure(year, key, place),
      })),
    },
    comparison: partsOf(filter.place, tablesOf(periodYear)).map((part) => ({
      place: part,
      ...figure(periodYear, periodKey(filter.period), placeKey(part)),
    })),
  };
}

/**
 * A figure at one node of time (null: the year's root) and place in a year's table. A node the
 * table lacks has no answers: zero, shown.
 */
function figureIn(
  table: ProtectedTable,
  values: readonly number[],
  timeKey: string | null,
  placeAt: string,
  filter: ReportFilter,
): Figure {
  const [time, place, language, , value] = table.dimensions;
  const timeNode = timeKey === null ? 0 : time!.indexOf.get(timeKey);
  const placeNode = place!.indexOf.get(placeAt);
  const languageNode = language!.indexOf.get(
    filter.language === 'all' ? dimensionRoots.language : filter.language,
  );
  if (timeNode === undefined || placeNode === undefined || languageNode === undefined) {
    return { total: 0, cells: values.map((v) => ({ value: v, count: 0 })) };
  }
  const at = (valueNode: number) =>
    table.count([timeNode, placeNode, languageNode, filter.includeRepeats ? 0 : 1, valueNode]);
  return {
    total: at(0),
    cells: values.map((v) => ({ value: v, count: at(value!.indexOf.get(String(v))!) })),
  };
}

/** Figures of several years added up, a count shown only where it is shown in every year. */
function sumOfShown(values: readonly number[], figures: readonly Figure[]): Figure {
  const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);
  return figures.reduce<Figure>(
    (sum, figure) => ({
      total: add(sum.total, figure.total),
      cells: sum.cells.map((cell, i) => ({
        value: cell.value,
        count: add(cell.count, figure.cells[i]!.count),
      })),
    }),
    { total: 0, cells: values.map((value) => ({ value, count: 0 })) },
  );
}

type TrendPoint = { year: number; key: string; range: DayRange };

/**
 * The trend's points, every week or month of the period in order, those without answers too.
 * All time runs through every month of the years with answers.
 */
function trendPoints(period: ReportPeriod, yearsWithAnswers: readonly number[]): TrendPoint[] {
  if (period.kind === 'month') {
    // One pass over the month's days: each ISO week's part runs from its first day to its last.
    const { year, month } = period;
    const { from, to } = monthRange(year, month);
    const points: TrendPoint[] = [];
    for (let d = 1; d <= Number(to.slice(8)); d += 1) {
      const day = `${from.slice(0, 8)}${String(d).padStart(2, '0')}`;
      const key = weekPartKey(year, month, isoWeekOf(year, month, d));
      const last = points.at(-1);
      if (last?.key === key) last.range.to = day;
      else points.push({ year, key, range: { from: day, to: day } });
    }
    return points;
  }
  const months = (year: number, first: number, count: number) =>
    Array.from({ length: count }, (_, i) => ({
      year,
      key: monthKey(year, first + i),
      range: monthRange(year, first + i),
    }));
  switch (period.kind) {
    case 'all':
      return [...yearsWithAnswers].sort((a, b) => a - b).flatMap((year) => months(year, 1, 12));
    case 'year':
      return months(period.year, 1, 12);
    case 'quarter':
      return months(period.year, (period.quarter - 1) * 3 + 1, 3);
  }
}

/**
 * What a place is made of, to show side by side: all kiosks by centre (or, where there is one
 * centre, by kiosk), a centre by kiosk; one kiosk is not divided. Parts with answers in any of
 * the tables, in the tables' order.
 */
function partsOf(place: ReportPlace, tables: readonly ProtectedTable[]): ReportPlace[] {
  if (place.kind === 'kiosk') return [];
  const childKeys = (key: string) => {
    const keys = new Set<string>();
    for (const table of tables) {
      const dimension = table.dimensions[1]!;
      const node = dimension.indexOf.get(key);
      if (node !== undefined) for (const child of dimension.children[node]!) keys.add(dimension.keys[child]!);
    }
    return [...keys].sort();
  };
  let parts = childKeys(placeKey(place));
  if (place.kind === 'all' && parts.length === 1) parts = childKeys(parts[0]!);
  return parts.map(placeOfKey);
}

function placeOfKey(key: string): ReportPlace {
  if (key.startsWith('kiosk:')) return { kind: 'kiosk', kioskId: key.slice('kiosk:'.length) };
  const centre = key.slice('centre:'.length);
  return { kind: 'centre', centre: centre === '' ? null : centre };
}
