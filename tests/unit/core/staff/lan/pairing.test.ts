import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateSigningKeyPair } from '../../../../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../../../../electron/core/keys/fingerprint.ts';
import { helloReplySchema, lanLimits } from '../../../../../electron/core/lan/protocol.ts';
import { staffPublicKey } from '../../../../../electron/core/staff/keys/staff-identity.ts';
import { listKiosks } from '../../../../../electron/core/staff/kiosks.ts';
import { pairingCode } from '../../../../../shared/pairing-code.ts';
import { lanKiosk } from '../../../../helpers/lan-kiosk.ts';
import { kioskWithBatches, receivingStaff } from '../../../../helpers/lan-staff.ts';
import { openStaff } from '../../../../../electron/core/staff/open-staff.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';
import { after } from 'node:test';
import { loadOrCreateReceiverIdentity } from '../../../../../electron/core/staff/lan/receiver-identity.ts';

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
