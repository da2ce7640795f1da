import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createDispatcher } from '../../../../../electron/core/dispatch.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import type { Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { importBatchFiles } from '../../../../../electron/core/staff/import-batches.ts';
import type { ReportFilter } from '../../../../../shared/contract/staff-reading.ts';
import { anotherPairedKiosk, pairedKioskAndStaff } from '../../../../helpers/kiosk-and-staff.ts';
import { readCsvRecords } from '../../../../helpers/read-csv.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

const november: ReportFilter = {
  period: { kind: 'month', year: 2026, month: 11 },
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: false,
};

function answer(kiosk: Kiosk, values: readonly number[]): void {
  for (const value of values) kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 1, value });
}

/** Two kiosks' answers imported into a staff core reached through its dispatcher, as the screen reaches it. */
async function staffWithAnswers() {
  const { kiosk: lobby, staff, identity } = await pairedKioskAndStaff();
  const upstairs = anotherPairedKiosk(staff, identity);
  answer(lobby, [5, 5, 5, 5, 5, 4, 4, 4, 4, 4]);
  answer(upstairs, [5, 5, 5, 5, 5, 1, 1, 1, 1, 1]);
  const stick = tempDir();
  await lobby.exportTo(stick);
  await upstairs.exportTo(stick);
  await importBatchFiles(staff.db, identity, [stick]);
  const dispatch = createDispatcher('staff', staff.handlers, silentLog);
  return {
    kiosks: [lobby.identity.kioskId, upstairs.identity.kioskId],
    exportCsv: (input: unknown) => dispatch('staff.exportCsv', input) as Promise<any>,
  };
}

test('the counts are saved as a new file named for the period, the kiosks side by side, and a second save never overwrites the first', async () => {
  const { kiosks, exportCsv } = await staffWithAnswers();
  const folder = tempDir();

  const first = await exportCsv({ kind: 'aggregates', filter: november, folder });
  assert.deepEqual(first, { ok: true, value: { file: join(folder, 'kuulluksi-luvut-2026-11.csv') } });
  const written = readFileSync(first.value.file, 'utf8');
  const { records } = readCsvRecords<'place' | 'kiosk' | 'series' | 'value' | 'count'>(written);
  const wholeTotal = (place: string, kiosk = '') =>
    records.find(
      (row) => row.place === place && row.kiosk === kiosk && row.series === 'period' && row.value === '',
    )?.count;
  assert.equal(wholeTotal('all'), '20');
  assert.deepEqual(
    kiosks.map((kiosk) => wholeTotal('kiosk', kiosk)),
    ['10', '10'],
    'each kiosk the dashboard compares has its own rows',
  );

  const second = await exportCsv({ kind: 'aggregates', filter: november, folder });
  assert.equal(second.value.file, join(folder, 'kuulluksi-luvut-2026-11-2.csv'));
  assert.equal(readFileSync(first.value.file, 'utf8'), written);
  assert.deepEqual(readdirSync(folder).sort(), [
    'kuulluksi-luvut-2026-11-2.csv',
    'kuulluksi-luvut-2026-11.csv',
  ]);
});

test('the answer rows are saved under their own name, all time named as such', async () => {
  const { exportCsv } = await staffWithAnswers();
  const folder = tempDir();
  const saved = await exportCsv({
    kind: 'answers',
    filter: { ...november, period: { kind: 'all' } },
    folder,
  });
  assert.equal(saved.value.file, join(folder, 'kuulluksi-vastausrivit-koko-aika.csv'));
  assert.equal(readCsvRecords(readFileSync(saved.value.file, 'utf8')).records.length, 20);
});

test('a folder that is not a full path, or not there, or a filter that is not one, is refused with the reason and nothing is written', async () => {
  const { exportCsv } = await staffWithAnswers();
  const folder = tempDir();
  const refusals: [unknown, string, RegExp][] = [
    [
      { kind: 'aggregates', filter: november, folder: 'exports' },
      'bad_request',
      /folder: must be a full path/,
    ],
    [
      { kind: 'aggregates', filter: november, folder: join(folder, 'missing') },
      'not_found',
      /is not a folder/,
    ],
    [
      { kind: 'answers', filter: november, folder: '' },
      'bad_request',
      /name the folder to save the CSV file in/,
    ],
    [{ kind: 'comments', filter: november, folder }, 'bad_request', /kind/],
    [
      { kind: 'answers', filter: { ...november, period: { kind: 'month', year: 2026, month: 13 } }, folder },
      'bad_request',
      /filter\.period/,
    ],
  ];
  for (const [input, code, message] of refusals) {
    const result = await exportCsv(input);
    assert.equal(result.ok, false, JSON.stringify(input));
    assert.equal(result.error.code, code);
    assert.match(result.error.message, message);
  }
  mkdirSync(join(folder, 'kuulluksi-luvut-2026-11.csv'));
  const beside = await exportCsv({ kind: 'aggregates', filter: november, folder });
  assert.equal(
    beside.value.file,
    join(folder, 'kuulluksi-luvut-2026-11-2.csv'),
    'a taken name is passed over',
  );
  assert.deepEqual(readdirSync(folder).sort(), [
    'kuulluksi-luvut-2026-11-2.csv',
    'kuulluksi-luvut-2026-11.csv',
  ]);
});
