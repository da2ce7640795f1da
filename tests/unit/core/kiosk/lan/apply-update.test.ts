import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateSigningKeyPair } from '../../../../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../../../../electron/core/keys/fingerprint.ts';
import { applyUpdate } from '../../../../../electron/core/kiosk/lan/apply-update.ts';
import { createReceiverStore } from '../../../../../electron/core/kiosk/lan/receiver-store.ts';
import { sealPendingResponses } from '../../../../../electron/core/kiosk/seal-pending.ts';
import { signUpdate, type UpdateBody } from '../../../../../electron/core/lan/update-envelope.ts';
import { staffPublicKey } from '../../../../../electron/core/staff/keys/staff-identity.ts';
import { fixedClock, pairedKioskAndStaff, submitMany } from '../../../../helpers/kiosk-and-staff.ts';
import { storeContents } from '../../../../helpers/stored-state.ts';

/**
 * A kiosk paired over the LAN with three batches of two answers each, the first two delivered,
 * the third sealed but not delivered yet.
 */
async function kioskWithDeliveredBatches() {
  const paired = await pairedKioskAndStaff();
  const { kiosk, identity } = paired;
  const receivers = createReceiverStore(kiosk.db, fixedClock);
  receivers.beginPairing({
    address: '127.0.0.1:4781',
    receiverKey: generateSigningKeyPair().publicKey,
    name: 'Toimisto',
    staffKeys: [staffPublicKey(identity)],
  });
  receivers.setState('paired');
  for (let i = 0; i < 3; i++) {
    submitMany(kiosk, [i + 1, i + 2]);
    await sealPendingResponses(kiosk.db, kiosk.identity);
  }
  kiosk.db.exec("UPDATE batches SET written = 1, written_day = '2026-11-17', route = 'lan' WHERE seq <= 2");
  const batches = kiosk.db
    .prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM batches ORDER BY seq')
    .all();
  const body = (changes: Partial<UpdateBody> = {}): UpdateBody => ({
    format: 'kuulluksi-update',
    version: 1,
    kioskId: kiosk.identity.kioskId,
    staffKey: identity.signing.publicKey,
    serial: 1,
    items: [{ kind: 'receipt', batches }],
    ...changes,
  });
  const apply = (json: unknown) => applyUpdate(kiosk.db, kiosk.identity.kioskId, receivers, json);
  const answersOf = (seq: number) =>
    kiosk.db.prepare<[number], number>('SELECT count(*) FROM responses WHERE batch_seq = ?').pluck().get(seq);
  return { ...paired, receivers, batches, body, apply, answersOf };
}

test('an update’s receipt forgets the delivered batches it names, and the serial is kept with it', async () => {
  const { kiosk, identity, receivers, body, apply, answersOf } = await kioskWithDeliveredBatches();
  const outcome = apply(signUpdate(body(), identity.signing));
  assert.deepEqual(outcome, { status: 'applied', serial: 1, confirmed: 2, answersForgotten: 4, ignored: 1 });
  assert.deepEqual([answersOf(1), answersOf(2), answersOf(3)], [0, 0, 2]);
  assert.equal(receivers.read()!.appliedSerial, 1);
  // The forgotten batches keep their number and hash (the chain goes on), without their ciphertext.
  assert.deepEqual(
    kiosk.db.prepare('SELECT seq, length(ciphertext) > 0 AS kept FROM batches ORDER BY seq').raw().all(),
    [
      [1, 0],
      [2, 0],
      [3, 1],
    ],
  );
});

test('a batch named with another hash is not forgotten', async () => {
  const { identity, batches, body, apply, answersOf } = await kioskWithDeliveredBatches();
  const wrongHash = { seq: 1, hash: batches[1]!.hash };
  const outcome = apply(
    signUpdate(body({ items: [{ kind: 'receipt', batches: [wrongHash] }] }), identity.signing),
  );
  assert.deepEqual(outcome, { status: 'applied', serial: 1, confirmed: 0, answersForgotten: 0, ignored: 1 });
  assert.equal(answersOf(1), 2);
});

test('an update refused for any reason changes nothing, and says why', async () => {
  const { kiosk, identity, body, apply } = await kioskWithDeliveredBatches();
  assert.equal(apply(signUpdate(body({ serial: 5, items: [] }), identity.signing)).status, 'applied');
  const otherStaff = generateSigningKeyPair();
  const signed = signUpdate(body({ serial: 6 }), identity.signing);
  const cases: [string, unknown, RegExp][] = [
    [
      'addressed to another kiosk',
      signUpdate(
        body({ serial: 6, kioskId: fingerprint(generateSigningKeyPair().publicKey) }),
        identity.signing,
      ),
      /addressed to kiosk .* not to this kiosk/,
    ],
    [
      'signed by a staff key the kiosk was not paired with',
      signUpdate(body({ serial: 6, staffKey: otherStaff.publicKey }), otherStaff),
      /not paired with/,
    ],
    [
      'a signature that does not verify',
      { ...signed, body: { ...signed.body, serial: 7 } },
      /signature does not verify/,
    ],
    [
      'a paired key’s name on another key’s signature',
      { body: signed.body, signature: signUpdate(signed.body, otherStaff).signature },
      /signature does not verify/,
    ],
    ['an older serial', signUpdate(body({ serial: 4 }), identity.signing), /already applied update 5/],
    ['the same serial again', signUpdate(body({ serial: 5 }), identity.signing), /already applied update 5/],
    ['a newer format version', { ...signed, body: { ...signed.body, version: 2 } }, /update format 2/],
    ['no envelope at all', { receipt: true }, /not a valid Kuulluksi update/],
    ['unsigned', { body: signed.body }, /not a valid Kuulluksi update/],
  ];
  const before = storeContents(kiosk.db.name);
  for (const [what, json, reason] of cases) {
    const outcome = apply(json);
    assert.equal(outcome.status, 'refused', what);
    assert.match(outcome.status === 'refused' ? outcome.reason : '', reason, what);
    assert.equal(storeContents(kiosk.db.name), before, what);
  }
  assert.equal(apply(signed).status, 'applied', 'the right update still applies after all those');
});
