import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { importBatchFiles } from '../../../../../electron/core/staff/import-batches.ts';
import { buildDashboard } from '../../../../../electron/core/staff/reading/dashboard.ts';
import { buildPoster } from '../../../../../electron/core/staff/social-report/poster.ts';
import { buildSocialReport } from '../../../../../electron/core/staff/social-report/social-report.ts';
import type { ReportFilter } from '../../../../../shared/contract/staff-reading.ts';
import { pairedKioskAndStaff } from '../../../../helpers/kiosk-and-staff.ts';

const quarter: ReportFilter = {
  period: { kind: 'quarter', year: 2026, quarter: 4 },
  place: { kind: 'centre', centre: 'Kalliokoti' },
  language: 'all',
  includeRepeats: false,
};

function answer(kiosk: Kiosk, questionId: string, values: readonly number[]): void {
  for (const value of values) kiosk.responses.submit({ questionId, questionVersion: 1, value });
}

/**
 * A kiosk of the centre Kalliokoti whose second batch never arrived. Its first batch holds 13
 * answers to felt-heard (two of them sad: hidden, and one other cell with them), 8 glad ones to
 * treated-with-respect, and 3 to trust-the-staff (too few to show at all).
 */
async function centreWithAGap() {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  kiosk.settings.update({ centreName: 'Kalliokoti' });
  answer(kiosk, 'felt-heard', [5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 1, 1]);
  answer(kiosk, 'treated-with-respect', [5, 5, 5, 5, 5, 5, 5, 5]);
  answer(kiosk, 'trust-the-staff', [3, 3, 3]);
  const files: string[] = [];
  for (const value of [null, 4, 4]) {
    if (value !== null) answer(kiosk, 'felt-heard', [value]);
    files.push(...(await kiosk.exportTo(usb)).written.map((batch) => batch.file));
  }
  await importBatchFiles(staff.db, identity, [files[0]!, files[2]!]);
  // The seeded bank tags all three "own life"; two other areas show how the report groups them.
  staff.db.prepare("UPDATE questions SET area = 'common-good' WHERE id = 'treated-with-respect'").run();
  staff.db.prepare("UPDATE questions SET area = NULL WHERE id = 'trust-the-staff'").run();
  return { kiosk, staff };
}

test('the social report shows the dashboard’s own figures by participation area, hidden ones still hidden', async () => {
  const { kiosk, staff } = await centreWithAGap();
  const report = buildSocialReport(staff.db, quarter);
  const dashboard = buildDashboard(staff.db, quarter);

  assert.deepEqual(report.centres, ['Kalliokoti']);
  assert.deepEqual(report.kiosks, [kiosk.identity.kioskId]);
  assert.deepEqual(report.range, { from: '2026-10-01', to: '2026-12-31' });
  assert.deepEqual(
    report.areas.map(({ area, questions }) => [area, questions.map((q) => q.questionId)]),
    [
      ['own-life', ['felt-heard']],
      ['common-good', ['treated-with-respect']],
      [null, ['trust-the-staff']],
    ],
  );
  const inReport = report.areas.flatMap((area) => area.questions);
  for (const question of dashboard.questions) {
    assert.deepEqual(
      inReport.find((q) => q.wording === question.wording),
      question,
      `${question.questionId} is the dashboard's`,
    );
  }
  const feltHeard = inReport.find((q) => q.questionId === 'felt-heard')!;
  assert.equal(feltHeard.total, 14);
  assert.equal(feltHeard.cells.find((cell) => cell.value === 1)!.count, null, 'two sad faces stay hidden');
  assert.equal(inReport.find((q) => q.questionId === 'trust-the-staff')!.total, null);
  assert.equal(report.minCellSize, 5);
});

test('the social report names the batches that never arrived, only for the kiosks it covers', async () => {
  const { kiosk, staff } = await centreWithAGap();
  assert.deepEqual(buildSocialReport(staff.db, quarter).gaps, [
    { kioskId: kiosk.identity.kioskId, missing: [{ from: 2, to: 2 }] },
  ]);
  const elsewhere = buildSocialReport(staff.db, { ...quarter, place: { kind: 'centre', centre: 'Muualla' } });
  assert.deepEqual(elsewhere.gaps, []);
  assert.deepEqual(elsewhere.areas, []);
});

test('the poster shows at most the questions with most answers, and claims "most were positive" only when shown cells prove it', async () => {
  const { staff } = await centreWithAGap();
  const poster = buildPoster(staff.db, quarter, 'selko');
  assert.deepEqual(
    poster.questions.map((q) => [q.total, q.mostPositive]),
    [
      // 14 answers, but with the sad cell hidden the glad ones shown are not proven more than half.
      [14, false],
      [8, true],
    ],
    'trust-the-staff, with 3 answers, is not on the poster at all',
  );
  assert.ok(poster.questions.every((q) => q.total >= poster.minCellSize));
  const dashboardCells = buildDashboard(staff.db, quarter).questions.find(
    (q) => q.questionId === 'felt-heard',
  )!.cells;
  assert.deepEqual(poster.questions[0]!.cells, dashboardCells);
});

test('the poster says nothing about "most" for a yes / no question, where yes is not always good news', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  answer(kiosk, 'know-what-help-there-is', [2, 2, 2, 2, 2, 2, 2, 1]);
  await kiosk.exportTo(usb);
  await importBatchFiles(staff.db, identity, [usb]);
  const poster = buildPoster(staff.db, { ...quarter, place: { kind: 'all' } }, 'en');
  assert.deepEqual(
    poster.questions.map((q) => [q.total, q.mostPositive]),
    [[8, false]],
  );
});
