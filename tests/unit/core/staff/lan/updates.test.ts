import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contactReplySchema } from '../../../../../electron/core/lan/protocol.ts';
import { openUpdate } from '../../../../../electron/core/lan/update-envelope.ts';
import { sealPendingResponses } from '../../../../../electron/core/kiosk/seal-pending.ts';
import { submitMany } from '../../../../helpers/kiosk-and-staff.ts';
import {
  inboxImported,
  kioskWithBatches,
  pairOverLan,
  receivingStaff,
  type ReceivingStaff,
} from '../../../../helpers/lan-staff.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

/** The update a contact brings, checked as the kiosk checks it; null when none came. */
function updateIn(
  staff: ReceivingStaff,
  kioskId: string,
  appliedSerial: number,
  reply: { signed: boolean; json: any },
) {
  assert.equal(reply.signed, true);
  const { update } = contactReplySchema.parse(reply.json);
  if (update === null) return null;
  return openUpdate(update, { kioskId, staffKeys: [staff.identity.signing.publicKey], appliedSerial });
}

test('contact brings the receipt for the batches delivered, which the kiosk accepts, and nothing once applied', async () => {
  const staff = await receivingStaff();
  const { client, batches } = await kioskWithBatches(staff, [[5, 5], [4]]);
  await pairOverLan(staff, client);
  for (const batch of batches) assert.equal((await client.deliver(batch.ciphertext)).status, 200);
  await inboxImported(staff.staff);

  const update = updateIn(staff, client.kioskId, 0, await client.contact(0, 3));
  assert.ok(update, 'an update came');
  assert.deepEqual(update.items, [
    { kind: 'receipt', batches: batches.map(({ seq, hash }) => ({ seq, hash })) },
  ]);
  assert.equal(updateIn(staff, client.kioskId, update.serial, await client.contact(update.serial)), null);
  const [listed] = (await staff.call('staff.kiosks')).value.kiosks;
  assert.equal(listed.lan.waitingBatches, 0, 'what the kiosk said at its last contact');
  assert.deepEqual(listed.lastContact, { route: 'lan', at: '2026-11-17 14:05' });
});

test('a stick import and an approval make the next update too, so a kiosk using both routes hears of all', async () => {
  const staff = await receivingStaff();
  const { client, kiosk } = await kioskWithBatches(staff, [[1]]);
  await client.pair();
  const stick = tempDir('kuulluksi-usb-');
  await kiosk.exportTo(stick);
  const imported = await staff.call('staff.import', { paths: [stick] });
  assert.equal(imported.value.held.length, 1, 'a kiosk not approved yet: held, and no update');
  assert.equal((await client.contact(0)).json.code, 'waiting-for-staff');

  await staff.call('staff.approveKiosk', { kioskId: client.kioskId });
  const first = updateIn(staff, client.kioskId, 0, await client.contact(0));
  assert.deepEqual(first?.items[0]?.kind === 'receipt' && first.items[0].batches.map((b) => b.seq), [1]);

  submitMany(kiosk, [2]);
  await sealPendingResponses(kiosk.db, kiosk.identity);
  await kiosk.exportTo(stick);
  await staff.call('staff.import', { paths: [stick] });
  const second = updateIn(staff, client.kioskId, first!.serial, await client.contact(first!.serial));
  assert.equal(second?.serial, first!.serial + 1);
  assert.deepEqual(second?.items[0]?.kind === 'receipt' && second.items[0].batches.map((b) => b.seq), [1, 2]);
  assert.equal(
    (await staff.call('staff.kiosks')).value.kiosks[0].lastContact.route,
    'lan',
    'heard from today by both',
  );
});

test('a kiosk that applied a newer update than this staff store made gets the next one numbered past it', async () => {
  const staff = await receivingStaff();
  const { client, batches } = await kioskWithBatches(staff);
  await pairOverLan(staff, client);
  await client.deliver(batches[0]!.ciphertext);
  await inboxImported(staff.staff);
  // As after the staff keys were restored on a new PC: the kiosk counted further with the old one.
  assert.equal(updateIn(staff, client.kioskId, 7, await client.contact(7)), null);
  await inboxImported(staff.staff);
  const next = updateIn(staff, client.kioskId, 7, await client.contact(7));
  assert.equal(next?.serial, 8);
});
