import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { aggregatesCsv } from '../../electron/core/staff/exports/aggregates-csv.ts';
import { answerRowsCsv } from '../../electron/core/staff/exports/answer-rows-csv.ts';
import { importBatchFiles } from '../../electron/core/staff/import-batches.ts';
import { buildDashboard } from '../../electron/core/staff/reading/dashboard.ts';
import type { ReportFilter } from '../../shared/contract/staff-reading.ts';
import { pairedKioskAndStaff } from '../helpers/kiosk-and-staff.ts';
import { hasSoffice, openInCalc, sheetCells, type CalcCell } from '../helpers/libreoffice.ts';
import { readCsv } from '../helpers/read-csv.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { rewordFeltHeard } from '../helpers/reword-question.ts';

/**
 * CI installs LibreOffice (.ci/run), so there a missing `soffice` fails the test; a developer's
 * machine without it skips, saying what to install.
 */
const skip =
  hasSoffice() || process.env.CI
    ? false
    : 'LibreOffice is not installed (apt-get install libreoffice-calc-nogui; CI installs it)';

const november: ReportFilter = {
  period: { kind: 'month', year: 2026, month: 11 },
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: false,
};

/** A wording with everything that could break a row: ; quotes, a line break, a leading =, umlauts. */
const trickyWording = '=SUMMA(A1:A9);"Kuultiinko" sinua\ntänään, hyvä ystävä?';

async function exportsOfAnsweredKiosk() {
  const { kiosk, staff, identity } = await pairedKioskAndStaff();
  for (const value of [5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 1])
    kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 1, value });
  rewordFeltHeard(kiosk, trickyWording);
  for (const value of [3, 3, 3, 3, 3, 2, 2, 2, 2, 2])
    kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 2, value });
  const stick = tempDir();
  await kiosk.exportTo(stick);
  await importBatchFiles(staff.db, identity, [stick]);
  return {
    aggregates: aggregatesCsv([buildDashboard(staff.db, november)]),
    answerRows: answerRowsCsv(staff.db, november),
  };
}

/** What Calc made of a CSV file written with `csv`. */
function calcReads(name: string, csv: string): CalcCell[][] {
  assert.ok(hasSoffice(), 'soffice (LibreOffice) is needed: .ci/run installs libreoffice-calc-nogui');
  const file = join(tempDir(), name);
  writeFileSync(file, csv);
  return sheetCells(openInCalc(file));
}

/** The cells as the CSV says them, to compare with Calc's: empty fields are empty cells. */
const asWritten = (csv: string) => readCsv(csv);

const textOf = (cell: CalcCell | undefined) =>
  cell?.type === 'string' || cell?.type === 'float' ? cell.text : cell?.type === 'empty' ? '' : undefined;

test(
  'LibreOffice Calc reads the aggregates CSV row for row: umlauts intact, counts as numbers, texts whole, nothing run as a formula',
  { skip, timeout: 300_000 },
  async () => {
    const { aggregates } = await exportsOfAnsweredKiosk();
    const cells = calcReads('kuulluksi-luvut.csv', aggregates);
    const written = asWritten(aggregates);

    assert.equal(
      cells.length,
      written.length,
      'one spreadsheet row per CSV row, the line break inside a text included',
    );
    const header = written[0]!;
    const column = (name: string) => header.indexOf(name);
    assert.deepEqual(cells[0]!.map(textOf), header, 'the header, its first name without the byte order mark');

    for (const [r, row] of written.entries()) {
      if (r === 0) continue;
      const calcRow = cells[r]!;
      for (const [c, field] of row.entries()) {
        const cell = calcRow[c] ?? { type: 'empty' };
        if (field === '') {
          assert.equal(cell.type, 'empty', `row ${r} column ${header[c]} stays empty`);
        } else if (c === column('count') || c === column('value') || c === column('question_version')) {
          assert.deepEqual(
            cell,
            { type: 'float', value: Number(field), text: field },
            `row ${r} ${header[c]} is a number`,
          );
        } else {
          assert.notEqual(cell.type, 'formula', `row ${r} ${header[c]} is not a formula`);
          assert.equal(textOf(cell), field, `row ${r} ${header[c]} reads as written`);
        }
      }
    }

    const questions = new Set(cells.slice(1).map((row) => textOf(row[column('question')])));
    assert.ok(questions.has('Miten hyvin tulit kuulluksi tänään?'), 'ä survives the trip');
    assert.ok(questions.has(`'${trickyWording}`), 'the tricky wording is one text cell, defused');
    assert.ok(cells.slice(1).some((row) => textOf(row[column('value_label')]) === 'Erittäin hyvä'));
    const hidden = cells.slice(1).filter((row) => textOf(row[column('count_note')]) === 'alle 5');
    assert.ok(hidden.length > 0, 'the lone 1 is hidden');
    assert.ok(hidden.every((row) => (row[column('count')] ?? { type: 'empty' }).type === 'empty'));
  },
);

test(
  'LibreOffice Calc reads the answer rows CSV: one row per answer, values as numbers, months as text',
  { skip, timeout: 300_000 },
  async () => {
    const { answerRows } = await exportsOfAnsweredKiosk();
    const cells = calcReads('kuulluksi-vastausrivit.csv', answerRows);
    const written = asWritten(answerRows);
    assert.equal(cells.length, written.length);
    assert.equal(written.length, 1 + 22);
    const header = written[0]!;
    const at = (row: CalcCell[], name: string) => row[header.indexOf(name)] ?? ({ type: 'empty' } as const);
    for (const row of cells.slice(1)) {
      assert.equal(at(row, 'value').type, 'float');
      assert.equal(at(row, 'repeat').type, 'float');
      // "2026-11" is not a day: with special numbers off, Calc keeps it as the text it is.
      assert.deepEqual(at(row, 'month'), { type: 'string', text: '2026-11' });
    }
    const values = cells.slice(1).map((row) => (at(row, 'value') as { value: number }).value);
    assert.deepEqual(values.sort(), [1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5]);
    const wordings = new Set(cells.slice(1).map((row) => textOf(at(row, 'question'))));
    assert.deepEqual(wordings, new Set(['Miten hyvin tulit kuulluksi tänään?', `'${trickyWording}`]));
  },
);
