import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openBatch } from '../../../../../electron/core/batch/open-batch.ts';
import { nextSlotEnd } from '../../../../../electron/core/kiosk/lan/time-slots.ts';
import { sealPendingResponses } from '../../../../../electron/core/kiosk/seal-pending.ts';
import { pairedKioskAndStaff, submitMany } from '../../../../helpers/kiosk-and-staff.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';

type Paired = Awaited<ReturnType<typeof pairedKioskAndStaff>>;

const unsealed = (kiosk: Paired['kiosk']) =>
  kiosk.db.prepare<[], number>('SELECT count(*) FROM responses WHERE batch_seq IS NULL').pluck().get();

/** Every answer the kiosk's batches carry, as `day dayPart hour value`, opened with the staff keys. */
async function sealedAnswers({ kiosk, identity }: Paired): Promise<string[]> {
  const ciphertexts = kiosk.db
    .prepare<[], Buffer>('SELECT ciphertext FROM batches ORDER BY seq')
    .pluck()
    .all();
  const answers: string[] = [];
  for (const ciphertext of ciphertexts) {
    const { body } = await openBatch(ciphertext, {
      identity: identity.ageIdentity,
      recipient: identity.ageRecipient,
    });
    answers.push(...body.responses.map((r) => `${r.day} ${r.dayPart} ${r.hour} ${r.value}`));
  }
  return answers.sort();
}

test('for the LAN, an answer of the day-part under way stays pending; one of an ended day-part is sealed; a day later all are', async () => {
  const time = movableClock(new Date(2026, 10, 17, 9, 30));
  const paired = await pairedKioskAndStaff(time.clock);
  const { kiosk } = paired;
  submitMany(kiosk, [1, 2]);
  time.advanceSeconds(5 * 3600); // 14:30, the afternoon
  submitMany(kiosk, [3]);

  assert.equal(await sealPendingResponses(kiosk.db, kiosk.identity, 500, time.clock()), 1);
  assert.deepEqual(await sealedAnswers(paired), ['2026-11-17 morning null 1', '2026-11-17 morning null 2']);
  assert.equal(unsealed(kiosk), 1);

  // Nothing more ends while the afternoon lasts, however often the kiosk pushes.
  time.advanceSeconds(2 * 3600); // 16:30
  assert.equal(await sealPendingResponses(kiosk.db, kiosk.identity, 500, time.clock()), 0);

  time.advanceSeconds(3600); // 17:30: the afternoon is over
  assert.equal(await sealPendingResponses(kiosk.db, kiosk.identity, 500, time.clock()), 1);
  assert.equal(unsealed(kiosk), 0);

  time.advanceSeconds(60);
  submitMany(kiosk, [4, 5]);
  time.advanceDays(1);
  assert.equal(await sealPendingResponses(kiosk.db, kiosk.identity, 500, time.clock()), 1);
  assert.equal(unsealed(kiosk), 0);
  assert.equal((await sealedAnswers(paired)).length, 5);
});

test('where the kiosk keeps hours, an answer waits for its hour to end, not its day-part', async () => {
  const time = movableClock(new Date(2026, 10, 17, 13, 10));
  const paired = await pairedKioskAndStaff(time.clock);
  const { kiosk } = paired;
  kiosk.settings.update({ timeGranularity: 'hour' });
  submitMany(kiosk, [1]);
  time.advanceSeconds(3600); // 14:10
  submitMany(kiosk, [2]);

  assert.equal(await sealPendingResponses(kiosk.db, kiosk.identity, 500, time.clock()), 1);
  assert.deepEqual(await sealedAnswers(paired), ['2026-11-17 afternoon 13 1']);
  assert.equal(unsealed(kiosk), 1);

  time.advanceSeconds(50 * 60); // 15:00 exactly: the 14 o'clock hour has ended
  assert.equal(await sealPendingResponses(kiosk.db, kiosk.identity, 500, time.clock()), 1);
  assert.deepEqual(await sealedAnswers(paired), ['2026-11-17 afternoon 13 1', '2026-11-17 afternoon 14 2']);
});

test('an answer kept without its hour, from before the kiosk kept hours, waits for its day-part to end', async () => {
  const time = movableClock(new Date(2026, 10, 17, 9, 10));
  const { kiosk } = await pairedKioskAndStaff(time.clock);
  submitMany(kiosk, [1]);
  kiosk.settings.update({ timeGranularity: 'hour' });
  time.advanceSeconds(2 * 3600); // 11:10, still the morning
  assert.equal(await sealPendingResponses(kiosk.db, kiosk.identity, 500, time.clock()), 0);
  time.advanceSeconds(3600); // 12:10
  assert.equal(await sealPendingResponses(kiosk.db, kiosk.identity, 500, time.clock()), 1);
});

test('a stick export still takes every answer, the slot under way included', async () => {
  const time = movableClock(new Date(2026, 10, 17, 9, 30));
  const { kiosk, usb } = await pairedKioskAndStaff(time.clock);
  submitMany(kiosk, [1, 2, 3]);
  const { written } = await kiosk.exportTo(usb);
  assert.equal(written[0]!.responses, 3);
});

test('a time slot ends at noon, at five and at midnight, or at the next full hour', () => {
  const at = (hour: number, minute = 0) => new Date(2026, 10, 17, hour, minute);
  assert.deepEqual(nextSlotEnd(at(9, 30), 'day-part'), at(12));
  assert.deepEqual(nextSlotEnd(at(12), 'day-part'), at(17));
  assert.deepEqual(nextSlotEnd(at(16, 59), 'day-part'), at(17));
  assert.deepEqual(nextSlotEnd(at(23, 59), 'day-part'), new Date(2026, 10, 18, 0));
  assert.deepEqual(nextSlotEnd(at(9, 30), 'hour'), at(10));
  assert.deepEqual(nextSlotEnd(at(23, 1), 'hour'), new Date(2026, 10, 18, 0));
});
