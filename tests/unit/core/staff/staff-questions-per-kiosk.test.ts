import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { BankEntry, QuestionDraft } from '../../../../shared/question-bank.ts';
import { decryptWith, encryptTo } from '../../../../electron/core/batch/age.ts';
import { signBatch } from '../../../../electron/core/batch/signature.ts';
import { openDatabase } from '../../../../electron/core/db/open-database.ts';
import type { Kiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { staffMigrations } from '../../../../electron/core/staff/migrations/index.ts';
import { openStaff, staffDatabaseFile } from '../../../../electron/core/staff/open-staff.ts';
import { buildReport } from '../../../../electron/core/staff/report.ts';
import { anotherPairedKiosk, pairedKioskAndStaff } from '../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const draftOf = ({
  question: { scale, texts, followUps, freeText },
  area,
  itemCode,
}: BankEntry): QuestionDraft => ({
  scale,
  texts,
  followUps,
  freeText,
  area,
  itemCode,
});

/** Reception at this kiosk rewords "felt-heard", which makes its version 2. */
function reword(kiosk: Kiosk, fi: string): void {
  const draft = draftOf(kiosk.bank.entry('felt-heard'));
  assert.equal(
    kiosk.bank.edit('felt-heard', { ...draft, texts: { ...draft.texts, fi } }).question.version,
    2,
  );
}

function answer(kiosk: Kiosk, questionId: string, questionVersion: number, values: readonly number[]): void {
  for (const value of values) kiosk.responses.submit({ questionId, questionVersion, value });
}

/** What the report says, in a form a reader checks at a glance: wording and total per entry. */
const entries = (report: ReturnType<typeof buildReport>) =>
  report.questions.map((q) => ({
    id: q.questionId,
    version: q.questionVersion,
    fi: q.texts.fi,
    total: q.total,
  }));

test('two kiosks that each word their own version 2 of a question both import, and the report keeps the wordings apart', async () => {
  const { kiosk: lobby, staff, identity } = await pairedKioskAndStaff();
  const upstairs = anotherPairedKiosk(staff, identity);
  reword(lobby, 'Kuunneltiinko sinua tänään?');
  reword(upstairs, 'Tuntuiko, että sinua kuultiin?');
  answer(lobby, 'felt-heard', 2, [5, 5, 4, 4, 3]);
  answer(upstairs, 'felt-heard', 2, [1, 2, 2, 3, 3, 3]);
  const [lobbyStick, upstairsStick] = [tempDir(), tempDir()];
  await lobby.exportTo(lobbyStick);
  await upstairs.exportTo(upstairsStick);

  const summary = await importBatchFiles(staff.db, identity, [lobbyStick, upstairsStick]);
  assert.deepEqual(summary.rejected, []);
  assert.equal(summary.imported.length, 2);
  assert.deepEqual(entries(buildReport(staff.db, { minCellSize: 1 })), [
    { id: 'felt-heard', version: 2, fi: 'Kuunneltiinko sinua tänään?', total: 5 },
    { id: 'felt-heard', version: 2, fi: 'Tuntuiko, että sinua kuultiin?', total: 6 },
  ]);
  assert.deepEqual(
    buildReport(staff.db, { minCellSize: 1 }).questions[1]!.cells.map((cell) => cell.count),
    [1, 2, 3, 0, 0],
    'each wording counts only its own kiosk’s answers',
  );
});

test('kiosks asking the same version in the same words share one entry, their answers added together', async () => {
  const { kiosk: lobby, staff, identity, usb } = await pairedKioskAndStaff();
  const upstairs = anotherPairedKiosk(staff, identity);
  answer(lobby, 'visit-today', 1, [5, 5, 4]);
  answer(upstairs, 'visit-today', 1, [5, 1]);
  await lobby.exportTo(usb);
  await upstairs.exportTo(usb);

  await importBatchFiles(staff.db, identity, [usb]);
  const report = buildReport(staff.db, { minCellSize: 1 });
  assert.equal(report.questions.length, 1);
  assert.equal(report.questions[0]!.total, 5);
  assert.deepEqual(
    report.questions[0]!.cells.map((cell) => cell.count),
    [1, 0, 0, 1, 3],
  );
});

test('a kiosk that sends its own question version again in other words is refused, and nothing of that batch is stored', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  answer(kiosk, 'visit-today', 1, [4]);
  await kiosk.exportTo(usb);
  await importBatchFiles(staff.db, identity, [usb]);
  answer(kiosk, 'visit-today', 1, [2, 2]);
  const { written } = await kiosk.exportTo(tempDir());
  const { body } = JSON.parse(
    Buffer.from(await decryptWith(identity.ageIdentity, readFileSync(written[0]!.file))).toString('utf8'),
  );
  const reworded = signBatch(
    { ...body, questions: [{ ...body.questions[0], texts: { fi: 'Saitko rahaa tänään?' } }] },
    kiosk.identity.keys,
  );
  const file = join(tempDir(), 'reworded.age');
  writeFileSync(file, await encryptTo([identity.ageRecipient], Buffer.from(JSON.stringify(reworded))));
  const tables = () =>
    ['questions', 'responses', 'answer_counts', 'batches'].map((table) =>
      staff.db.prepare(`SELECT * FROM ${table}`).all(),
    );
  const before = tables();

  const summary = await importBatchFiles(staff.db, identity, [file]);
  assert.equal(summary.rejected.length, 1);
  assert.match(
    summary.rejected[0]!.reason,
    new RegExp(`kiosk ${kiosk.identity.kioskId} sent question visit-today version 1 worded differently`),
  );
  assert.equal(summary.rejected[0]!.problem, 'conflicts');
  assert.deepEqual(tables(), before);
});

test('the counts the report reads always match the answers stored, repeats apart', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  answer(kiosk, 'visit-today', 1, [5, 4, 4, 1]);
  await kiosk.exportTo(usb);
  answer(kiosk, 'visit-today', 1, [4, 3]);
  await kiosk.exportTo(usb);
  await importBatchFiles(staff.db, identity, [usb]);
  await importBatchFiles(staff.db, identity, [usb]);

  const fromAnswers = staff.db
    .prepare(
      `SELECT question_id, question_version, coalesce(language, 'unknown') AS language, repeat, value, count(*) AS count
       FROM responses GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    )
    .all();
  const kept = staff.db
    .prepare(
      'SELECT question_id, question_version, language, repeat, value, sum(count) AS count FROM answer_counts GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5',
    )
    .all();
  assert.ok(fromAnswers.length >= 4);
  assert.deepEqual(kept, fromAnswers, 'a duplicate import adds nothing to the counts');
});

test('a staff store from before moves each question to the kiosks whose answers use it, and counts what it holds', () => {
  const dataDir = tempDir();
  const old = openDatabase(join(dataDir, staffDatabaseFile), staffMigrations.slice(0, 7));
  const texts = JSON.stringify({ fi: 'Miten käyntisi meni tänään?' });
  old.exec(`
    INSERT INTO kiosks (kiosk_id, public_key, approved) VALUES ('AAAA-AAAA-AAAA-AAAA', 'a', 1), ('BBBB-BBBB-BBBB-BBBB', 'b', 1);
    INSERT INTO batches (kiosk_id, seq, hash, prev_hash, response_count) VALUES ('AAAA-AAAA-AAAA-AAAA', 1, 'h1', NULL, 2), ('BBBB-BBBB-BBBB-BBBB', 1, 'h2', NULL, 1);
    INSERT INTO questions (id, version, scale, texts) VALUES ('visit-today', 1, 'smiley-5', '${texts}'), ('unused', 1, 'yes-no', '${texts}');
    INSERT INTO responses (id, kiosk_id, batch_seq, question_id, question_version, value, day, day_part, repeat) VALUES
      ('0b4c1f3e-1d2a-4c5b-8e6f-7a8b9c0d1e2f', 'AAAA-AAAA-AAAA-AAAA', 1, 'visit-today', 1, 5, '2026-11-02', 'morning', 0),
      ('1c5d2a4f-2e3b-4d6c-9f7a-8b9c0d1e2f3a', 'AAAA-AAAA-AAAA-AAAA', 1, 'visit-today', 1, 5, '2026-11-02', 'morning', 1),
      ('2d6e3b5a-3f4c-4e7d-8a8b-9c0d1e2f3a4b', 'BBBB-BBBB-BBBB-BBBB', 1, 'visit-today', 1, 2, '2026-11-02', 'evening', 0);
  `);
  old.close();

  const staff = openStaff({ dataDir });
  try {
    assert.deepEqual(
      staff.db.prepare('SELECT kiosk_id, id, version FROM questions ORDER BY kiosk_id').all(),
      [
        { kiosk_id: 'AAAA-AAAA-AAAA-AAAA', id: 'visit-today', version: 1 },
        { kiosk_id: 'BBBB-BBBB-BBBB-BBBB', id: 'visit-today', version: 1 },
      ],
    );
    assert.equal(staff.db.prepare('SELECT count(*) AS n FROM responses').pluck().get(), 3);
    const report = buildReport(staff.db, { minCellSize: 1 });
    assert.deepEqual(entries(report), [
      { id: 'visit-today', version: 1, fi: 'Miten käyntisi meni tänään?', total: 3 },
    ]);
    assert.equal(buildReport(staff.db, { minCellSize: 1, includeRepeats: false }).questions[0]!.total, 2);
    assert.deepEqual(staff.db.pragma('foreign_key_check'), []);
  } finally {
    staff.close();
  }
});
