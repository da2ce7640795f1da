import type { Database } from 'better-sqlite3';
import type {
  Dashboard,
  DashboardQuestion,
  Figure,
  ReportFilter,
  ReportPlace,
} from '../../../../shared/contract/staff-reading.ts';
import {
  monthRange,
  periodRange,
  trendUnitOf,
  weekPartRange,
  type DayRange,
  type ReportPeriod,
} from '../../../../shared/report-period.ts';
import { scales } from '../../../../shared/scales.ts';
import type { Dimension } from '../../../../shared/small-cells/dimension.ts';
import type { ProtectedTable } from '../../../../shared/small-cells/protected-table.ts';
import { answerTables, type AnswerTable } from './answer-tables.ts';
import { dimensionRoots, monthKey, periodKey, placeKey, weekPartKey } from './dimension-keys.ts';
import { isoWeekOf } from '../../../../shared/report-period.ts';
import { readMinCellSize } from './reading-setting.ts';

/**
 * The dashboard for one filter: every wording with answers in it, its distribution, its trend
 * (per week of a month, per month of anything longer) and its place's parts side by side. Each
 * figure is one cell of the wording's protected table, so nothing here can show a small count.
 */
export function buildDashboard(db: Database, filter: ReportFilter): Dashboard {
  const minCellSize = readMinCellSize(db);
  const { tables, centres } = answerTables(db, minCellSize);
  const years = new Set<number>();
  for (const { table } of tables) {
    for (const year of table.dimensions[0]!.children[0]!) years.add(Number(table.dimensions[0]!.keys[year]));
  }
  return {
    minCellSize,
    filter,
    range: periodRange(filter.period),
    questions: tables.flatMap((table) => {
      const question = viewOf(table, filter);
      return question ? [question] : [];
    }),
    choices: {
      years: [...years].sort((a, b) => a - b),
      centres: [...centres].map(([centre, kiosks]) => ({ centre, kiosks: [...kiosks] })),
    },
  };
}

/** The wording's figures under the filter; null where it has no answer there. */
export function viewOf({ wording, table }: AnswerTable, filter: ReportFilter): DashboardQuestion | null {
  const [time, place, language] = table.dimensions as [Dimension, Dimension, Dimension];
  const timeNode = time.indexOf.get(periodKey(filter.period));
  const placeNode = place.indexOf.get(placeKey(filter.place));
  const languageNode = language.indexOf.get(
    filter.language === 'all' ? dimensionRoots.language : filter.language,
  );
  if (timeNode === undefined || placeNode === undefined || languageNode === undefined) return null;
  const repeatNode = filter.includeRepeats ? 0 : 1;
  const values = scales[wording.scale].values;
  const figure = (timeAt: number | undefined, placeAt: number | undefined): Figure =>
    figureAt(table, values, timeAt, placeAt, languageNode, repeatNode);

  const whole = figure(timeNode, placeNode);
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
      points: trendPoints(filter.period, time).map(({ key, range }) => ({
        ...range,
        ...figure(time.indexOf.get(key), placeNode),
      })),
    },
    comparison: partsOf(filter.place, place).map(({ part, node }) => ({
      place: part,
      ...figure(timeNode, node),
    })),
  };
}

/** A figure at one node of time and place; a node the table lacks has no answers: zero, shown. */
function figureAt(
  table: ProtectedTable,
  values: readonly number[],
  timeNode: number | undefined,
  placeNode: number | undefined,
  languageNode: number,
  repeatNode: number,
): Figure {
  if (timeNode === undefined || placeNode === undefined) {
    return { total: 0, cells: values.map((value) => ({ value, count: 0 })) };
  }
  const valueDimension = table.dimensions[4]!;
  const at = (valueNode: number) => table.count([timeNode, placeNode, languageNode, repeatNode, valueNode]);
  return {
    total: at(0),
    cells: values.map((value) => ({ value, count: at(valueDimension.indexOf.get(String(value))!) })),
  };
}

/**
 * The trend's points, every week or month of the period in order, those without answers too.
 * All time runs from the first month with answers to the last.
 */
function trendPoints(period: ReportPeriod, time: Dimension): { key: string; range: DayRange }[] {
  if (period.kind === 'month') {
    const { year, month } = period;
    const weeks: number[] = [];
    const last = Number(monthRange(year, month).to.slice(8));
    for (let d = 1; d <= last; d += 1) {
      const week = isoWeekOf(year, month, d);
      if (weeks.at(-1) !== week) weeks.push(week);
    }
    return weeks.map((week) => ({
      key: weekPartKey(year, month, week),
      range: weekPartRange(year, month, week),
    }));
  }
  let months: { year: number; month: number }[];
  if (period.kind === 'all') {
    const keys = time.keys.filter((key) => /^\d{4}-\d{2}$/.test(key)).sort();
    if (keys.length === 0) return [];
    const [first, last] = [keys[0]!, keys.at(-1)!];
    months = [];
    for (let y = Number(first.slice(0, 4)), m = Number(first.slice(5)); ;) {
      months.push({ year: y, month: m });
      if (monthKey(y, m) === last) break;
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
  } else {
    const [firstMonth, count] = period.kind === 'year' ? [1, 12] : [(period.quarter - 1) * 3 + 1, 3];
    months = Array.from({ length: count }, (_, i) => ({ year: period.year, month: firstMonth + i }));
  }
  return months.map(({ year, month }) => ({ key: monthKey(year, month), range: monthRange(year, month) }));
}

/**
 * What a place is made of, to show side by side: all kiosks by centre (or, where there is one
 * centre, by kiosk), a centre by kiosk; one kiosk is not divided.
 */
function partsOf(place: ReportPlace, dimension: Dimension): { part: ReportPlace; node: number }[] {
  const node = dimension.indexOf.get(placeKey(place));
  if (node === undefined || place.kind === 'kiosk') return [];
  let parts = dimension.children[node]!;
  if (place.kind === 'all' && parts.length === 1) parts = dimension.children[parts[0]!]!;
  return parts.map((part) => ({ part: placeOfKey(dimension.keys[part]!), node: part }));
}

function placeOfKey(key: string): ReportPlace {
  if (key.startsWith('kiosk:')) return { kind: 'kiosk', kioskId: key.slice('kiosk:'.length) };
  const centre = key.slice('centre:'.length);
  return { kind: 'centre', centre: centre === '' ? null : centre };
}
