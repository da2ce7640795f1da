import type {
  Dashboard,
  DashboardQuestion,
  Figure,
  ReportPlace,
} from '../../../../shared/contract/staff-reading.ts';
import type { ScaleId } from '../../../../shared/scales.ts';
import { writeCsv, type CsvValue } from '../../csv/write-csv.ts';
import { periodKey } from '../reading/dimension-keys.ts';
import { valueLabel } from './value-label.ts';

/**
 * The columns of the aggregates CSV, one figure per row ("long" format), so a spreadsheet can
 * filter and pivot by any of them and several places stack under one header. A count the
 * small-cell rule hid is an empty cell, never a text, so sums over the column still work; the
 * note beside it says why it is empty.
 */
export const aggregatesCsvHeader = [
  'period',
  'period_from',
  'period_to',
  'place',
  'centre',
  'kiosk',
  'language',
  'repeats',
  'question_id',
  'question_version',
  'item_code',
  'area',
  'question',
  'series',
  'series_from',
  'series_to',
  'value',
  'value_label',
  'count',
  'count_note',
] as const;

export type AggregatesCsvOptions = {
  /** Whether the weekly or monthly trend rows follow each wording's whole-period rows (default yes). */
  trend?: boolean;
};

/** What the total row of a wording says where a value's label would be. */
const totalLabel = 'Yhteensä';

/**
 * One or more dashboards (several put places side by side, e.g. one per kiosk) as CSV: per
 * wording a row per value of its scale and a total row for the whole period, then the same per
 * trend point. Every figure is taken as it stands in the dashboard, which already passed the
 * small-cell rule: nothing here counts or hides anything.
 */
export function aggregatesCsv(dashboards: readonly Dashboard[], options: AggregatesCsvOptions = {}): string {
  return writeCsv(aggregatesCsvHeader, aggregateRows(dashboards, options));
}

function* aggregateRows(
  dashboards: readonly Dashboard[],
  { trend = true }: AggregatesCsvOptions,
): Generator<CsvValue[]> {
  for (const dashboard of dashboards) {
    const context = contextOf(dashboard);
    for (const question of dashboard.questions) {
      const about = [...context, ...aboutQuestion(question)];
      const { minCellSize, range } = dashboard;
      const rowsOf = (series: CsvValue[], figure: Figure) =>
        figureRows(about, series, figure, question.scale, minCellSize);
      yield* rowsOf(['period', range?.from ?? null, range?.to ?? null], question);
      if (!trend) continue;
      for (const point of question.trend.points) {
        yield* rowsOf([question.trend.unit, point.from, point.to], point);
      }
    }
  }
}

/** The columns every row of a dashboard shares: its period, place, language and repeats. */
function contextOf({ filter, range, choices }: Dashboard): CsvValue[] {
  return [
    periodKey(filter.period),
    range?.from ?? null,
    range?.to ?? null,
    ...placeColumns(filter.place, choices.centres),
    filter.language,
    filter.includeRepeats ? 'included' : 'left out',
  ];
}

/** The place's kind, its centre and kiosk; a kiosk's centre is looked up among the dashboard's choices. */
function placeColumns(place: ReportPlace, centres: Dashboard['choices']['centres']): CsvValue[] {
  switch (place.kind) {
    case 'all':
      return ['all', null, null];
    case 'centre':
      return ['centre', place.centre, null];
    case 'kiosk': {
      const centre = centres.find(({ kiosks }) => kiosks.includes(place.kioskId))?.centre ?? null;
      return ['kiosk', centre, place.kioskId];
    }
  }
}

function aboutQuestion(question: DashboardQuestion): CsvValue[] {
  return [question.questionId, question.questionVersion, question.itemCode, question.area, question.texts.fi];
}

/** A row per value of the scale, then the total row; a hidden count is empty, with the note why. */
function* figureRows(
  about: readonly CsvValue[],
  series: readonly CsvValue[],
  figure: Figure,
  scale: ScaleId,
  minCellSize: number,
): Generator<CsvValue[]> {
  const hidden = `alle ${minCellSize}`;
  for (const { value, count } of figure.cells) {
    yield [...about, ...series, value, valueLabel(scale, value), count, count === null ? hidden : null];
  }
  yield [...about, ...series, null, totalLabel, figure.total, figure.total === null ? hidden : null];
}
