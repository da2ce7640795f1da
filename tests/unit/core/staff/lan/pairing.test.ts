import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { generateSigningKeyPair } from '../../../../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../../../../electron/core/keys/fingerprint.ts';
import { helloReplySchema, lanLimits } from '../../../../../electron/core/lan/protocol.ts';
import { staffPublicKey } from '../../../../../electron/core/staff/keys/staff-identity.ts';
import { listKiosks } from '../../../../../electron/core/staff/kiosks.ts';
import { pairingCode } from '../../../../../shared/pairing-code.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { loadOrCreateReceiverIdentity } from '../../../../../electron/core/staff/lan/receiver-identity.ts';
import { openStaff } from '../../../../../electron/core/staff/open-staff.ts';
import { fixedClock } from '../../../../helpers/kiosk-and-staff.ts';
import { lanKiosk } from '../../../../helpers/lan-kiosk.ts';
import { kioskWithBatches, pairOverLan, receivingStaff } from '../../../../helpers/lan-staff.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

test('hello names the receiver and gives the staff public key, signed by the receiver key', async () => {
  const staff = await receivingStaff();
  const stranger = lanKiosk(staff.address, generateSigningKeyPair(), staff.receiverKey);
  const hello = await stranger.hello();
  assert.equal(hello.status, 200);
  assert.equal(hello.signed, true);
  assert.deepEqual(helloReplySchema.parse(hello.json), {
    format: 'kuulluksi-lan-hello',
    version: 1,
    receiverKey: staff.receiverKey,
    name: 'Office PC',
    staffKeys: [staffPublicKey(staff.identity)],
  });
  assert.deepEqual((await staff.call('staff.lan')).value, {
    state: 'on',
    receiverCode: pairingCode(fingerprint(staff.receiverKey)),
    name: 'Office PC',
    addresses: [`127.0.0.1:${staff.address.port}`],
  });
});

test('hello from a staff tool without staff keys yet is refused with what staff must do', async () => {
  const staff = openStaff({
    dataDir: tempDir(),
    log: silentLog,
    lan: { listen: [{ host: '127.0.0.1', port: 0 }] },
  });
  after(() => staff.close());
  const { addresses } = await staff.lan!.started;
  const receiverKey = loadOrCreateReceiverIdentity(staff.db).keys.publicKey;
  const hello = await lanKiosk(addresses[0]!, generateSigningKeyPair(), receiverKey).hello();
  assert.equal(hello.status, 403);
  assert.equal(hello.signed, true);
  assert.equal(hello.json.code, 'waiting-for-staff');
  assert.match(hello.json.reason, /no staff keys yet: staff create them/);
});

test('a kiosk asks to pair, waits for staff, and is paired once staff approve its code', async () => {
  const staff = await receivingStaff();
  const { client } = await kioskWithBatches(staff);
  const asked = await client.pair();
  assert.equal(asked.signed, true);
  assert.deepEqual(asked.json, { format: 'kuulluksi-lan-pair', version: 1, state: 'waiting' });
  assert.deepEqual((await staff.call('staff.kiosks')).value.kiosks, [
    {
      kioskId: client.kioskId,
      pairingCode: pairingCode(client.kioskId),
      approved: false,
      firstSeenDay: '2026-11-17',
      batches: 0,
      heldBatches: 0,
      heldAnswers: 0,
      lastContact: { route: 'lan', at: '2026-11-17 14:05' },
      lan: {
        state: 'waiting',
        askedAt: '2026-11-17 14:05',
        lastAddress: '127.0.0.1',
        waitingBatches: null,
        replaces: null,
      },
    },
  ]);
  assert.equal(
    (await client.pair()).json.state,
    'waiting',
    'asking again changes nothing until staff decide',
  );

  // Staff type the pairing code the kiosk's screen shows, check characters and all.
  const approved = await staff.call('staff.approveKiosk', {
    kioskId: pairingCode(client.kioskId).toLowerCase(),
  });
  assert.equal(approved.ok, true, JSON.stringify(approved));
  assert.equal(approved.value.lanPaired, true);
  assert.equal((await client.pair()).json.state, 'paired');
  const [kiosk] = listKiosks(staff.staff.db);
  assert.equal(kiosk!.approved, true);
  assert.equal(kiosk!.lan!.state, 'paired');
});

test('at most 20 unknown kiosks wait for staff; more are told to ask again once staff decide', async () => {
  const staff = await receivingStaff();
  const kiosks = Array.from({ length: lanLimits.maxWaitingPairings + 1 }, () =>
    lanKiosk(staff.address, generateSigningKeyPair(), staff.receiverKey, () => staff.clock().getTime()),
  );
  for (const kiosk of kiosks.slice(0, -1)) assert.equal((await kiosk.pair()).json.state, 'waiting');
  const stored = staff.stored();
  const full = await kiosks.at(-1)!.pair();
  assert.equal(full.status, 503);
  assert.equal(full.signed, true);
  assert.equal(full.json.code, 'full');
  assert.match(full.json.reason, /20 kiosks already wait for staff/);
  assert.equal(staff.stored(), stored, 'the 21st left no trace');
  assert.equal((await kiosks[0]!.pair()).json.state, 'waiting', 'one already waiting may ask again');

  await staff.call('staff.approveKiosk', { kioskId: kiosks[0]!.kioskId });
  assert.equal((await kiosks.at(-1)!.pair()).json.state, 'waiting', 'a place came free');
});

test('when 20 wait, a request no kiosk has repeated for an hour gives way to a new one', async () => {
  const time = movableClock(fixedClock());
  const staff = await receivingStaff({ clock: time.clock });
  const kiosks = Array.from({ length: lanLimits.maxWaitingPairings + 1 }, () =>
    lanKiosk(staff.address, generateSigningKeyPair(), staff.receiverKey, () => time.clock().getTime()),
  );
  for (const kiosk of kiosks.slice(0, -1)) await kiosk.pair();
  time.advanceSeconds(61 * 60);
  // Every waiting kiosk but the first goes on asking, as a kiosk waiting for staff does.
  for (const kiosk of kiosks.slice(1, -1)) await kiosk.pair();
  assert.equal((await kiosks.at(-1)!.pair()).json.state, 'waiting');
  const waiting = listKiosks(staff.staff.db).map((kiosk) => kiosk.kioskId);
  assert.equal(waiting.length, lanLimits.maxWaitingPairings);
  assert.equal(waiting.includes(kiosks[0]!.kioskId), false, 'the silent one gave way');
  assert.equal(waiting.includes(kiosks.at(-1)!.kioskId), true);
});

test("a new key asking from a paired kiosk's address is marked as a possible key change", async () => {
  const staff = await receivingStaff();
  const { client } = await kioskWithBatches(staff);
  await pairOverLan(staff, client);
  const newKey = lanKiosk(staff.address, generateSigningKeyPair(), staff.receiverKey, () =>
    staff.clock().getTime(),
  );
  assert.equal((await newKey.pair()).json.state, 'waiting');
  const listed = (await staff.call('staff.kiosks')).value.kiosks.find(
    (kiosk: { kioskId: string }) => kiosk.kioskId === newKey.kioskId,
  );
  assert.equal(listed.lan.state, 'possible-key-change');
  assert.equal(listed.lan.replaces, client.kioskId);
  assert.equal(
    (await newKey.deliver(Buffer.from('anything'))).json.code,
    'waiting-for-staff',
    'it sends nothing',
  );

  const approved = await staff.call('staff.approveKiosk', { kioskId: newKey.kioskId });
  assert.equal(approved.value.lanPaired, true, 'staff who compared the new code pair it');
  assert.equal(
    listKiosks(staff.staff.db).find((kiosk) => kiosk.kioskId === newKey.kioskId)!.lan!.state,
    'paired',
  );
});

test('approving by a pairing code with a misread character is refused and changes nothing', async () => {
  const staff = await receivingStaff();
  const { client } = await kioskWithBatches(staff);
  await client.pair();
  const code = pairingCode(client.kioskId);
  const misread = code.slice(0, 1) + (code[1] === 'A' ? 'B' : 'A') + code.slice(2);
  const stored = staff.stored();
  const refused = await staff.call('staff.approveKiosk', { kioskId: misread });
  assert.equal(refused.ok, false);
  assert.match(refused.error.message, /check characters do not fit: a character was misread/);
  assert.equal(staff.stored(), stored);
});
