import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { pairingCode } from '../../../../../shared/pairing-code.ts';
import { fingerprint } from '../../../../../electron/core/keys/fingerprint.ts';
import { staffSigningKeys } from '../../../../../electron/core/kiosk/pairing.ts';
import { openKiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { submitMany } from '../../../../helpers/kiosk-and-staff.ts';
import { inboxImported, receivingStaff } from '../../../../helpers/lan-staff.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

/**
 * A kiosk and a staff tool receiving on 127.0.0.1, in one process, on one clock the test moves
 * (from 09:00 on Tuesday 17 November 2026): the kiosk's LAN side against the real receiver.
 */
async function kioskAndReceiver() {
  const time = movableClock(new Date(2026, 10, 17, 9, 0));
  const staff = await receivingStaff({ clock: time.clock });
  const kiosk = openKiosk({ dataDir: tempDir('kuulluksi-kiosk-'), clock: time.clock, log: silentLog });
  after(() => kiosk.close());
  const address = `127.0.0.1:${staff.address.port}`;
  const unsealed = () =>
    kiosk.db.prepare<[], number>('SELECT count(*) FROM responses WHERE batch_seq IS NULL').pluck().get()!;
  const kioskAnswers = () => kiosk.db.prepare<[], number>('SELECT count(*) FROM responses').pluck().get()!;
  const staffAnswers = () =>
    staff.staff.db.prepare<[], number>('SELECT count(*) FROM responses').pluck().get()!;
  return { time, staff, kiosk, address, unsealed, kioskAnswers, staffAnswers };
}

async function pairedKioskAndReceiver() {
  const setup = await kioskAndReceiver();
  const hello = await setup.kiosk.lan.sayHello(setup.address);
  assert.ok(hello.ok);
  assert.deepEqual(await setup.kiosk.lan.requestPairing(hello.hello), { ok: true, state: 'waiting' });
  const approved = await setup.staff.call('staff.approveKiosk', { kioskId: hello.hello.codes.kiosk });
  assert.equal(approved.ok, true, JSON.stringify(approved));
  assert.equal(await setup.kiosk.lan.checkPairing(), 'paired');
  return setup;
}

test('pairing shows the three codes, waits for staff, and once approved encrypts to the staff key the staff PC named', async () => {
  const { staff, kiosk, address } = await kioskAndReceiver();
  const hello = await kiosk.lan.sayHello(address);
  assert.ok(hello.ok);
  const { receiverCode } = (await staff.call('staff.lan')).value;
  assert.deepEqual(hello.hello.codes, {
    receiver: receiverCode,
    staffKeys: [pairingCode(fingerprint(staff.identity.signing.publicKey))],
    kiosk: pairingCode(kiosk.identity.kioskId),
  });
  assert.deepEqual(await kiosk.lan.requestPairing(hello.hello), { ok: true, state: 'waiting' });
  assert.equal(await kiosk.lan.checkPairing(), 'waiting');
  assert.deepEqual(staffSigningKeys(kiosk.db), [], 'no staff key is trusted before staff approve');
  const waiting = kiosk.lan.status();
  assert.equal(waiting.state, 'waiting');
  assert.deepEqual(waiting.receiver, { name: 'Office PC', address, code: receiverCode });

  await staff.call('staff.approveKiosk', { kioskId: hello.hello.codes.kiosk });
  assert.equal(await kiosk.lan.checkPairing(), 'paired');
  assert.deepEqual(staffSigningKeys(kiosk.db), [staff.identity.signing.publicKey]);
  assert.equal(kiosk.lan.status().lastContactAt, '2026-11-17T09:00');
});

test('a push delivers the answers of ended time slots, and the receipt in the next contact forgets them on the kiosk', async () => {
  const { time, staff, kiosk, unsealed, kioskAnswers, staffAnswers } = await pairedKioskAndReceiver();
  submitMany(kiosk, [5, 4, 3]);
  const early = await kiosk.lan.push();
  assert.equal(early.sealed, 0, 'the morning is not over yet');
  assert.deepEqual(early.delivered, []);
  assert.deepEqual(early.waiting, { batches: 0, answers: 3, why: 'next-push' });

  time.advanceSeconds(3 * 3600 + 5 * 60); // 12:05
  submitMany(kiosk, [1]);
  const first = await kiosk.lan.push();
  assert.equal(first.sealed, 1);
  assert.deepEqual(first.delivered, [{ seq: 1, responses: 3 }]);
  assert.equal(first.problem, null);
  assert.deepEqual(kiosk.db.prepare('SELECT seq, written, route FROM batches').raw().all(), [[1, 1, 'lan']]);
  assert.equal(unsealed(), 1, 'the afternoon’s answer waits for the afternoon to end');

  await inboxImported(staff.staff);
  assert.equal(staffAnswers(), 3);
  const second = await kiosk.lan.push();
  assert.deepEqual(second.update, {
    status: 'applied',
    serial: 1,
    confirmed: 1,
    answersForgotten: 3,
    ignored: 0,
  });
  assert.equal(second.answersForgotten, 3);
  assert.equal(kioskAnswers(), 1, 'only the afternoon’s answer is left on the kiosk');
  assert.equal(kiosk.lan.status().why, 'next-push');

  const third = await kiosk.lan.push();
  assert.equal(third.update, null, 'an update is applied once');
});
