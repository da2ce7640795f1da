import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { importBatchFiles } from '../../../../../electron/core/staff/import-batches.ts';
import { buildDashboard } from '../../../../../electron/core/staff/reading/dashboard.ts';
import { writeMinCellSize } from '../../../../../electron/core/staff/reading/reading-setting.ts';
import type { ReportFilter } from '../../../../../shared/contract/staff-reading.ts';
import { anotherPairedKiosk, pairedKioskAndStaff } from '../../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

const everything: ReportFilter = {
  period: { kind: 'all' },
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: false,
};

function answer(kiosk: Kiosk, values: readonly number[]): void {
  for (const value of values) kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 1, value });
}

test('the dashboard counts the answers of approved kiosks, by value, with its trend and its kiosks side by side', async () => {
  const { kiosk: lobby, staff, identity } = await pairedKioskAndStaff();
  const upstairs = anotherPairedKiosk(staff, identity);
  answer(lobby, [5, 5, 5, 5, 5, 4, 4, 4, 4, 4]);
  answer(upstairs, [5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4]);
  const stick = tempDir();
  await lobby.exportTo(stick);
  await upstairs.exportTo(stick);
  await importBatchFiles(staff.db, identity, [stick]);

  const dashboard = buildDashboard(staff.db, everything);
  const question = dashboard.questions.find((q) => q.questionId === 'felt-heard');
  assert.ok(question, 'the question answered is on the dashboard');
  assert.equal(question.total, 21);
  assert.deepEqual(
    question.cells.map((cell) => cell.count),
    [0, 0, 0, 11, 10],
  );
  assert.equal(dashboard.minCellSize, 5);
  assert.equal(question.trend.unit, 'month');
  assert.equal(
    question.trend.points.reduce((sum, point) => sum + (point.total ?? 0), 0),
    21,
  );
  assert.deepEqual(question.comparison.map((part) => part.total).sort(), [10, 11]);

  // With k = 11 the lobby's 10 answers, and so the split by kiosk, may no longer be shown.
  assert.equal(writeMinCellSize(staff.db, 11), 11);
  const stricter = buildDashboard(staff.db, everything);
  assert.equal(stricter.minCellSize, 11);
  const hidden = stricter.questions.find((q) => q.questionId === 'felt-heard')!;
  assert.equal(hidden.total, 21);
  assert.deepEqual(
    hidden.comparison.map((part) => part.total),
    [null, null],
  );
});
