import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import {
  answerRowsCsv,
  answerRowsCsvHeader,
} from '../../../../../electron/core/staff/exports/answer-rows-csv.ts';
import { importBatchFiles } from '../../../../../electron/core/staff/import-batches.ts';
import { buildDashboard } from '../../../../../electron/core/staff/reading/dashboard.ts';
import type { ReportFilter } from '../../../../../shared/contract/staff-reading.ts';
import { pairedKioskAndStaff } from '../../../../helpers/kiosk-and-staff.ts';
import { readCsv, readCsvRecords } from '../../../../helpers/read-csv.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';
import { rewordFeltHeard } from '../../../../helpers/reword-question.ts';

const november: ReportFilter = {
  period: { kind: 'month', year: 2026, month: 11 },
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: false,
};

const readRows = (csv: string) => readCsvRecords<(typeof answerRowsCsvHeader)[number]>(csv).records;

function answer(kiosk: Kiosk, questionId: string, values: readonly number[], repeat = false): string[] {
  return values.map(
    (value) => kiosk.responses.submit({ questionId, questionVersion: 1, value, repeat }).responseId,
  );
}

async function imported(kiosk: Kiosk, staff: Awaited<ReturnType<typeof pairedKioskAndStaff>>) {
  const stick = tempDir();
  await kiosk.exportTo(stick);
  const summary = await importBatchFiles(staff.staff.db, staff.identity, [stick]);
  assert.deepEqual(summary.rejected, []);
}

test('the row export holds one coarse row per answer: month and centre, never the kiosk, day, time or comment', async () => {
  const paired = await pairedKioskAndStaff();
  const { kiosk, staff } = paired;
  const fives = answer(kiosk, 'felt-heard', [5, 5, 5, 5, 5, 5]);
  const ones = answer(kiosk, 'felt-heard', [1, 1, 1, 1, 1]);
  // Five quick repeats: fewer could be found as the difference between the counts with and without them.
  answer(kiosk, 'felt-heard', [5, 5, 5, 5, 5], true);
  kiosk.responses.addFollowUp(fives[0]!, 'had-time');
  kiosk.responses.addFollowUp(ones[0]!, 'not-understood');
  kiosk.responses.addComment(ones[1]!, 'Jonotin kauan aulassa');
  await imported(kiosk, paired);

  const csv = answerRowsCsv(staff.db, november);
  assert.ok(csv.startsWith(`\uFEFF${answerRowsCsvHeader.join(';')}\r\n`));
  const rows = readRows(csv);
  assert.equal(rows.length, 11, 'the quick repeats are left out, as the filter says');
  assert.ok(rows.every((row) => row.month === '2026-11' && row.repeat === '0' && row.centre === ''));
  assert.deepEqual(rows.map((row) => row.value).sort(), [...Array(5).fill('1'), ...Array(6).fill('5')]);
  assert.deepEqual(
    rows
      .filter((row) => row.follow_up !== '')
      .map((row) => [row.value, row.follow_up])
      .sort(),
    [
      ['1', 'not-understood'],
      ['5', 'had-time'],
    ],
  );
  assert.ok(rows.every((row) => row.question === 'Miten hyvin tulit kuulluksi tänään?'));
  assert.equal(rows.find((row) => row.value === '5')!.value_label, 'Erittäin hyvä');

  // The counts by value are the dashboard's, for every count the dashboard shows.
  const question = buildDashboard(staff.db, november).questions.find((q) => q.questionId === 'felt-heard')!;
  for (const { value, count } of question.cells) {
    if (count !== null) assert.equal(rows.filter((row) => row.value === String(value)).length, count);
  }

  assert.doesNotMatch(csv, /\d{4}-\d{2}-\d{2}/, 'no day');
  assert.doesNotMatch(csv, /morning|afternoon|evening/, 'no day-part');
  assert.equal(csv.includes(kiosk.identity.kioskId), false, 'no kiosk');
  assert.equal(csv.includes('Jonotin'), false, 'no comment');

  const withRepeats = readRows(answerRowsCsv(staff.db, { ...november, includeRepeats: true }));
  assert.equal(withRepeats.filter((row) => row.repeat === '1').length, 5);
});

test('a wording with fewer answers than k under the filter gives no rows at all', async () => {
  const paired = await pairedKioskAndStaff();
  const { kiosk, staff } = paired;
  answer(kiosk, 'felt-heard', [5, 5, 4, 4, 3]);
  answer(kiosk, 'visit-today', [5, 4, 4, 5]);
  await imported(kiosk, paired);

  const rows = readRows(answerRowsCsv(staff.db, november));
  assert.deepEqual([...new Set(rows.map((row) => row.question_id))], ['felt-heard']);
  assert.equal(rows.length, 5);
  assert.deepEqual(
    readRows(answerRowsCsv(staff.db, { ...november, period: { kind: 'month', year: 2026, month: 10 } })),
    [],
  );
});

test('a wording whose total the small-cell rule hides gives no rows, however many answers it has', async () => {
  const paired = await pairedKioskAndStaff();
  const { kiosk, staff } = paired;
  answer(kiosk, 'felt-heard', [5, 5, 5, 5, 5, 5, 1, 1, 1, 1, 1]);
  // Two quick repeats: the total without them would reveal them by its difference from the total with them.
  answer(kiosk, 'felt-heard', [5, 5], true);
  await imported(kiosk, paired);

  const question = buildDashboard(staff.db, november).questions.find((q) => q.questionId === 'felt-heard')!;
  assert.equal(question.total, null, 'the dashboard hides the total without repeats');
  assert.deepEqual(readRows(answerRowsCsv(staff.db, november)), []);
});

test('rows come in a fresh random order: never the order they are stored in, nor the same twice', async () => {
  const paired = await pairedKioskAndStaff();
  const { kiosk, staff } = paired;
  // 60 answers, 12 of each value: 60! / (12!)^5 ≈ 3.3e38 orders of the values are told apart, so a
  // shuffled export matches any one fixed order with a chance of about 3e-39, far under 1e-9.
  const values = Array.from({ length: 60 }, (_, i) => (i % 5) + 1);
  answer(kiosk, 'felt-heard', values);
  await imported(kiosk, paired);
  assert.ok(
    distinctOrders([12, 12, 12, 12, 12]) > 1e18,
    'the property can tell a shuffle from a fixed order',
  );

  const order = (csv: string) =>
    readCsv(csv)
      .slice(1)
      .map((row) => row[7])
      .join('');
  const stored = staff.db
    .prepare<[], number>("SELECT value FROM responses WHERE question_id = 'felt-heard'")
    .pluck()
    .all()
    .join('');
  const first = order(answerRowsCsv(staff.db, november));
  const second = order(answerRowsCsv(staff.db, november));
  assert.equal(first.length, 60);
  assert.notEqual(first, stored, 'not in storage order');
  assert.notEqual(first, second, 'a new order each time');
  assert.notEqual(first, [...first].sort().join(''), 'not sorted by value');
});

test('a question worded with ; quotes, a line break and a leading = stays one safe cell in the rows too', async () => {
  const paired = await pairedKioskAndStaff();
  const { kiosk, staff } = paired;
  const wording = '=HYPERLINK("x");kuultiinko\nsinua?';
  rewordFeltHeard(kiosk, wording);
  for (const value of [5, 5, 5, 4, 4])
    kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 2, value });
  await imported(kiosk, paired);

  const rows = readRows(answerRowsCsv(staff.db, november));
  assert.equal(rows.length, 5);
  assert.ok(rows.every((row) => row.question === `'${wording}` && row.question_version === '2'));
});

/** How many different sequences the multiset of values can be arranged in (a multinomial coefficient). */
function distinctOrders(groupSizes: readonly number[]): number {
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  const total = groupSizes.reduce((sum, size) => sum + size, 0);
  return groupSizes.reduce((orders, size) => orders / factorial(size), factorial(total));
}
