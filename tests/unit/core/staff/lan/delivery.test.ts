import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { sha256Hex } from '../../../../../electron/core/lan/request-signature.ts';
import { importBatchFiles } from '../../../../../electron/core/staff/import-batches.ts';
import { approveKiosk, listKiosks } from '../../../../../electron/core/staff/kiosks.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';
import {
  inboxImported,
  kioskWithBatches,
  pairOverLan,
  receivingStaff,
  staffFolderWithKeys,
} from '../../../../helpers/lan-staff.ts';

const storedBatches = (staff: Awaited<ReturnType<typeof receivingStaff>>) =>
  staff.staff.db
    .prepare<[], { kiosk_id: string; seq: number; hash: string }>(
      'SELECT kiosk_id, seq, hash FROM batches ORDER BY kiosk_id, seq',
    )
    .all();

const inboxNames = (staff: { inbox: string }) =>
  readdirSync(staff.inbox).filter((name) => name !== 'rejected');

test('a batch from a key that never paired, or that staff have not approved, is refused and nothing is kept', async () => {
  const staff = await receivingStaff();
  const { client, batches } = await kioskWithBatches(staff);
  const before = staff.stored();

  const stranger = await client.deliver(batches[0]!.ciphertext);
  assert.equal(stranger.status, 403);
  assert.equal(stranger.signed, true);
  assert.equal(stranger.json.code, 'not-paired');
  assert.match(stranger.json.reason, /not paired with this staff PC: pair it first/);
  assert.equal((await client.contact(0)).json.code, 'not-paired');
  assert.equal(staff.stored(), before, 'an unknown sender leaves no trace');

  await client.pair();
  const waiting = await client.deliver(batches[0]!.ciphertext);
  assert.equal(waiting.status, 403);
  assert.equal(waiting.json.code, 'waiting-for-staff');
  assert.deepEqual(inboxNames(staff), [], 'nothing written into the inbox');
  assert.deepEqual(storedBatches(staff), []);
});

test('a delivered batch is in the inbox when the kiosk hears "delivered", and imported once the keys open', async () => {
  // A PC that only collects: no passphrase, so the batch waits in the inbox.
  const collecting = await receivingStaff({ keysOpen: false });
  const { client, batches } = await kioskWithBatches(collecting, [[5, 4, 3]]);
  await client.pair();
  assert.equal(approveKiosk(collecting.staff.db, client.kioskId).lanPaired, true);
  const { ciphertext, fileHash, hash } = batches[0]!;

  const delivered = await client.deliver(ciphertext);
  assert.equal(delivered.status, 200);
  assert.equal(delivered.signed, true);
  assert.deepEqual(delivered.json, { format: 'kuulluksi-lan-delivered', version: 1, hash: fileHash });
  assert.deepEqual(
    readFileSync(join(collecting.inbox, `${fileHash}.age`)),
    ciphertext,
    'whole, before the reply',
  );
  await inboxImported(collecting.staff);
  assert.deepEqual(storedBatches(collecting), [], 'without the keys it is only collected');
  assert.equal(listKiosks(collecting.staff.db)[0]!.lastContact?.route, 'lan');
  await collecting.staff.close();

  // The staff tool starts on the same folder with its keys: the inbox is imported at once.
  const staff = await receivingStaff({ dataDir: collecting.dataDir, reuseKeys: collecting.identity });
  await inboxImported(staff.staff);
  assert.deepEqual(storedBatches(staff), [{ kiosk_id: client.kioskId, seq: 1, hash }]);
  assert.deepEqual(inboxNames(staff), [], 'the file is gone once its batch is stored');
});

test('the same batch sent twice, three times at once, and after a stick brought it, is stored once', async () => {
  const staff = await receivingStaff();
  const { client, batches, kiosk } = await kioskWithBatches(staff, [[1], [2]]);
  await pairOverLan(staff, client);
  const [first, second] = batches;

  const atOnce = await Promise.all([1, 2, 3].map(() => client.deliver(first!.ciphertext)));
  assert.deepEqual(
    atOnce.map((reply) => [reply.status, reply.signed, reply.json.hash]),
    [1, 2, 3].map(() => [200, true, first!.fileHash]),
  );
  await inboxImported(staff.staff);
  assert.equal((await client.deliver(first!.ciphertext)).status, 200, 'a retry after the import');
  assert.deepEqual(inboxNames(staff), [], 'already stored: nothing written again');

  // The second batch goes by stick first; over the network it is then delivered at once.
  const stick = tempDir('kuulluksi-usb-');
  await kiosk.exportTo(stick);
  await importBatchFiles(staff.staff.db, staff.identity, [stick]);
  assert.equal((await client.deliver(second!.ciphertext)).status, 200);
  assert.deepEqual(inboxNames(staff), []);
  await inboxImported(staff.staff);
  assert.deepEqual(
    storedBatches(staff).map((batch) => [batch.seq, batch.hash]),
    [
      [1, first!.hash],
      [2, second!.hash],
    ],
  );
});

test('a body whose hash is not the one its address names is refused and nothing is written', async () => {
  const staff = await receivingStaff();
  const { client, batches } = await kioskWithBatches(staff);
  await pairOverLan(staff, client);
  const damaged = Buffer.from(batches[0]!.ciphertext);
  damaged[damaged.length - 1]! ^= 1;
  const refused = await client.deliver(damaged, batches[0]!.fileHash);
  assert.equal(refused.status, 400);
  assert.equal(refused.signed, true);
  assert.equal(refused.json.code, 'hash-mismatch');
  assert.match(refused.json.reason, /damaged on the way, send it again/);
  assert.deepEqual(inboxNames(staff), []);
  assert.deepEqual(storedBatches(staff), []);
});

test('a delivered file the import refuses moves to inbox/rejected with its reason, and stores nothing', async () => {
  const staff = await receivingStaff();
  const { client } = await kioskWithBatches(staff);
  await pairOverLan(staff, client);
  const notABatch = randomBytes(300);
  const hash = sha256Hex(notABatch);
  assert.equal(
    (await client.deliver(notABatch)).status,
    200,
    'the receiver cannot read a batch, only store it',
  );
  await inboxImported(staff.staff);
  assert.deepEqual(inboxNames(staff), []);
  assert.deepEqual(readdirSync(join(staff.inbox, 'rejected')).sort(), [`${hash}.age`, `${hash}.reason.txt`]);
  assert.deepEqual(readFileSync(join(staff.inbox, 'rejected', `${hash}.age`)), notABatch, 'kept as it came');
  assert.match(readFileSync(join(staff.inbox, 'rejected', `${hash}.reason.txt`), 'utf8'), /age/);
  assert.deepEqual(storedBatches(staff), []);
});

test('a temporary file a stopped receiver left in the inbox is removed at the next start', async () => {
  const { dataDir, identity } = await staffFolderWithKeys();
  const leftover = join(dataDir, 'inbox', `.${'a'.repeat(64)}.age.0b5c-tmp-id.tmp`);
  mkdirSync(join(dataDir, 'inbox'));
  writeFileSync(leftover, 'half a batch');
  await receivingStaff({ dataDir, reuseKeys: identity });
  assert.equal(existsSync(leftover), false);
});
