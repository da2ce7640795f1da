/**
 * A batch says how finely its kiosk keeps time (the setting reception chose, and what the kiosk
 * promises its clients); the staff tool stores no time finer than that.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { decryptWith, encryptTo } from '../../../../electron/core/batch/age.ts';
import { batchFormatVersion, type BatchBody } from '../../../../electron/core/batch/format.ts';
import { signBatch } from '../../../../electron/core/batch/signature.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { storeContents } from '../../../helpers/stored-state.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

type Setup = Awaited<ReturnType<typeof pairedKioskAndStaff>>;

/** The answers `values`, exported as one batch: its file and its signed body as staff read it. */
async function exportedBatch({ kiosk, identity, usb }: Setup, values: number[]) {
  submitMany(kiosk, values);
  const { written } = await kiosk.exportTo(usb);
  assert.equal(written.length, 1);
  const file = written[0]!.file;
  const plaintext = await decryptWith(identity.ageIdentity, readFileSync(file));
  const plain = JSON.parse(Buffer.from(plaintext).toString('utf8')) as { body: BatchBody };
  return { file, body: plain.body };
}

/** `body` signed by the kiosk's own key and encrypted to staff, as a kiosk that lies about its time would send it. */
async function signedByKiosk({ kiosk, identity }: Setup, body: BatchBody): Promise<string> {
  const file = join(tempDir(), 'kuulluksi-altered-time.age');
  const plaintext = Buffer.from(JSON.stringify(signBatch(body, kiosk.identity.keys)));
  writeFileSync(file, await encryptTo([identity.ageRecipient], plaintext));
  return file;
}

test('a batch declaring day-parts whose responses carry an hour is rejected whole with the reason, and nothing is stored', async () => {
  const setup = await pairedKioskAndStaff();
  const { body } = await exportedBatch(setup, [5, 4, 3]);
  assert.equal(body.version, batchFormatVersion);
  assert.ok(body.version === 3 && body.timeGranularity === 'day-part');
  const before = storeContents(setup.staff.db.name);

  for (const [withHour, count] of [
    [body.responses.map((response) => ({ ...response, hour: 14 })), 3],
    [body.responses.map((response, i) => (i === 0 ? { ...response, hour: 14 } : response)), 1],
  ] as const) {
    const file = await signedByKiosk(setup, { ...body, responses: [...withHour] });
    const summary = await importBatchFiles(setup.staff.db, setup.identity, [file]);
    assert.deepEqual(summary.rejected, [
      {
        file,
        problem: 'finer-time',
        reason: `its kiosk keeps time by day-part, yet ${count} of its 3 responses carry an hour`,
      },
    ]);
    assert.deepEqual([summary.imported, summary.held, summary.duplicates], [[], [], []]);
  }
  assert.equal(storeContents(setup.staff.db.name), before, 'the staff store is as it was');
});

test('a kiosk set to hours says so, and its hours are imported', async () => {
  const setup = await pairedKioskAndStaff();
  setup.kiosk.settings.update({ timeGranularity: 'hour' });
  const { file, body } = await exportedBatch(setup, [5, 4]);
  assert.ok(body.version === 3 && body.timeGranularity === 'hour');
  assert.deepEqual(
    body.responses.map((response) => response.hour),
    [14, 14],
  );
  const summary = await importBatchFiles(setup.staff.db, setup.identity, [file]);
  assert.deepEqual(summary.rejected, []);
  assert.deepEqual(setup.staff.db.prepare('SELECT hour FROM responses').pluck().all(), [14, 14]);
});

test('answers kept by the hour before the kiosk was switched to day-parts leave it without their hour', async () => {
  const setup = await pairedKioskAndStaff();
  setup.kiosk.settings.update({ timeGranularity: 'hour' });
  submitMany(setup.kiosk, [2, 3]);
  assert.deepEqual(
    setup.kiosk.db.prepare('SELECT hour FROM responses').pluck().all(),
    [14, 14],
    'kept by the hour while the kiosk was set so',
  );
  setup.kiosk.settings.update({ timeGranularity: 'day-part' });
  const { file, body } = await exportedBatch(setup, [4]);
  assert.ok(body.version === 3 && body.timeGranularity === 'day-part');
  assert.deepEqual(
    body.responses.map((response) => [response.dayPart, response.hour]),
    [
      ['afternoon', null],
      ['afternoon', null],
      ['afternoon', null],
    ],
  );
  const summary = await importBatchFiles(setup.staff.db, setup.identity, [file]);
  assert.deepEqual(summary.rejected, []);
  assert.equal(summary.imported[0]?.responses, 3);
});

test('a version 1 batch, which says nothing of its kiosk’s setting, imports as it always did', async () => {
  const setup = await pairedKioskAndStaff();
  setup.kiosk.settings.update({ timeGranularity: 'hour' });
  const { body } = await exportedBatch(setup, [5]);
  assert.ok(body.version === 3);
  const { timeGranularity: _declared, centre: _centre, ...rest } = body;
  const file = await signedByKiosk(setup, {
    ...rest,
    version: 1,
    questions: rest.questions.map(({ area: _area, itemCode: _code, ...question }) => question),
    responses: rest.responses.map(({ language: _language, ...response }) => response),
  });
  const summary = await importBatchFiles(setup.staff.db, setup.identity, [file]);
  assert.deepEqual(summary.rejected, []);
  assert.deepEqual(setup.staff.db.prepare('SELECT hour FROM responses').pluck().all(), [14]);
});
