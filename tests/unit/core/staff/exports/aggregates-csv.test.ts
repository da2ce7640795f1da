import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import {
  aggregatesCsv,
  aggregatesCsvHeader,
} from '../../../../../electron/core/staff/exports/aggregates-csv.ts';
import { importBatchFiles } from '../../../../../electron/core/staff/import-batches.ts';
import { buildDashboard } from '../../../../../electron/core/staff/reading/dashboard.ts';
import type { Dashboard, ReportFilter } from '../../../../../shared/contract/staff-reading.ts';
import { anotherPairedKiosk, pairedKioskAndStaff } from '../../../../helpers/kiosk-and-staff.ts';
import { readCsvRecords } from '../../../../helpers/read-csv.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';
import { rewordFeltHeard } from '../../../../helpers/reword-question.ts';

/** The month the test clock's answers fall in (tests/helpers/kiosk-and-staff.ts: 17 November 2026). */
const november: ReportFilter = {
  period: { kind: 'month', year: 2026, month: 11 },
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: false,
};

function answer(kiosk: Kiosk, questionVersion: number, values: readonly number[]): void {
  for (const value of values) kiosk.responses.submit({ questionId: 'felt-heard', questionVersion, value });
}

async function twoKiosksAnswered() {
  const { kiosk: lobby, staff, identity } = await pairedKioskAndStaff();
  const upstairs = anotherPairedKiosk(staff, identity);
  // Six fives and two fours: the fours are too few to show, and so is one more cell beside them.
  answer(lobby, 1, [5, 5, 5, 5, 5, 5, 4, 4]);
  answer(upstairs, 1, [5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4]);
  const stick = tempDir();
  await lobby.exportTo(stick);
  await upstairs.exportTo(stick);
  await importBatchFiles(staff.db, identity, [stick]);
  return { staff, identity, lobby, upstairs };
}

const readAggregates = (csv: string) => readCsvRecords<(typeof aggregatesCsvHeader)[number]>(csv);

/** The count a figure shows as the CSV's cell reads it: a number, or null for an empty cell. */
const countOf = (cell: string) => (cell === '' ? null : Number(cell));

test('the aggregates CSV opens as UTF-8 with ; and CRLF, and every count is the dashboard’s, hidden ones empty with a note', async () => {
  const { staff } = await twoKiosksAnswered();
  const dashboard = buildDashboard(staff.db, november);
  const csv = aggregatesCsv([dashboard]);

  assert.ok(csv.startsWith('\uFEFFperiod;period_from;period_to;place;'), 'a BOM, then the header split by ;');
  assert.equal(csv.replaceAll('\r\n', '').includes('\n'), false, 'every line ends with CRLF');
  const { header, records } = readAggregates(csv);
  assert.deepEqual(header, [...aggregatesCsvHeader]);

  const question = dashboard.questions.find((q) => q.questionId === 'felt-heard')!;
  const rows = records.filter((row) => row.question_id === 'felt-heard');
  const whole = rows.filter((row) => row.series === 'period');
  assert.deepEqual(
    whole.map((row) => [row.value, countOf(row.count)]),
    [...question.cells.map((cell) => [String(cell.value), cell.count]), ['', question.total]],
  );
  assert.equal(whole.at(-1)!.value_label, 'Yhteensä');
  assert.equal(whole[0]!.value_label, 'Erittäin huono');
  assert.ok(
    whole.every(
      (row) => row.period === '2026-11' && row.period_from === '2026-11-01' && row.period_to === '2026-11-30',
    ),
  );
  assert.ok(
    whole.every((row) => row.place === 'all' && row.repeats === 'left out' && row.language === 'all'),
  );

  // The trend: a row per value and a total per week of the month, each the dashboard's figure.
  const weeks = rows.filter((row) => row.series === 'week');
  assert.equal(weeks.length, question.trend.points.length * (question.cells.length + 1));
  for (const point of question.trend.points) {
    const ofPoint = weeks.filter((row) => row.series_from === point.from && row.series_to === point.to);
    assert.deepEqual(
      ofPoint.map((row) => countOf(row.count)),
      [...point.cells.map((cell) => cell.count), point.total],
    );
  }

  // Side by side: the lobby's two fours cannot be shown, so some count is hidden there.
  const perKiosk: Dashboard[] = dashboard.choices.centres[0]!.kiosks.map((kioskId) =>
    buildDashboard(staff.db, { ...november, place: { kind: 'kiosk', kioskId } }),
  );
  const sideBySide = readAggregates(aggregatesCsv(perKiosk, { trend: false })).records;
  assert.ok(sideBySide.every((row) => row.series === 'period' && row.place === 'kiosk'));
  const hidden = sideBySide.filter((row) => row.count === '');
  assert.ok(hidden.length > 0, 'some count is hidden');
  assert.ok(hidden.every((row) => row.count_note === 'alle 5'));
  assert.ok(sideBySide.filter((row) => row.count !== '').every((row) => row.count_note === ''));
  for (const kiosk of perKiosk) {
    const shown = kiosk.questions.find((q) => q.questionId === 'felt-heard')!;
    const kioskId = kiosk.filter.place.kind === 'kiosk' ? kiosk.filter.place.kioskId : '';
    assert.deepEqual(
      sideBySide
        .filter((row) => row.kiosk === kioskId && row.question_id === 'felt-heard')
        .map((row) => countOf(row.count)),
      [...shown.cells.map((cell) => cell.count), shown.total],
    );
  }
  assert.equal(
    sideBySide.some(
      (row) => row.count === '0' && hidden.some((h) => h.kiosk === row.kiosk && h.value === row.value),
    ),
    false,
    'a hidden count is never written as 0',
  );
});

test('a question worded with ; quotes, a line break and a leading = stays one cell and cannot run as a formula', async () => {
  const { kiosk, staff, identity } = await pairedKioskAndStaff();
  const wording = '=SUM(A1);"kuultiinko"\nsinua?';
  rewordFeltHeard(kiosk, wording);
  answer(kiosk, 2, [5, 5, 5, 5, 5, 4, 4, 4, 4, 4]);
  const stick = tempDir();
  await kiosk.exportTo(stick);
  await importBatchFiles(staff.db, identity, [stick]);

  const { records } = readAggregates(aggregatesCsv([buildDashboard(staff.db, november)]));
  const reworded = records.filter((row) => row.question_id === 'felt-heard' && row.question_version === '2');
  assert.ok(reworded.length > 0);
  assert.ok(reworded.every((row) => row.question === `'${wording}`));
});
