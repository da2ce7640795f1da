import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { test } from 'node:test';
import { batchPath, lanLimits } from '../../../../../electron/core/lan/protocol.ts';
import {
  inboxImported,
  kioskWithBatches,
  pairOverLan,
  receivingStaff,
} from '../../../../helpers/lan-staff.ts';

test("a client dribbling its headers is dropped, while a paired kiosk's upload goes through", async () => {
  const staff = await receivingStaff();
  const { client, batches } = await kioskWithBatches(staff);
  await pairOverLan(staff, client);

  const slow = connect(staff.address.port, staff.address.host);
  slow.on('error', () => undefined);
  let answered = '';
  slow.on('data', (chunk) => (answered += chunk.toString()));
  const dropped = new Promise<void>((resolve) => slow.once('close', () => resolve()));
  const started = Date.now();
  slow.write(`PUT ${batchPath('c'.repeat(64))} HTTP/1.1\r\nHost: staff\r\n`);
  // A header line now and then, never the blank line that ends them: the slow-loris pattern.
  const dribble = setInterval(() => slow.writable && slow.write('X-Slow: 1\r\n'), 200);

  const delivered = await client.deliver(batches[0]!.ciphertext);
  assert.equal(delivered.status, 200);
  assert.equal(delivered.signed, true);
  await inboxImported(staff.staff);
  assert.equal(
    staff.staff.db.prepare('SELECT count(*) AS n FROM batches').pluck().get(),
    1,
    'stored while the slow client still held its connection',
  );

  await dropped;
  clearInterval(dribble);
  assert.equal(answered, '', 'dropped without a reply');
  assert.ok(
    Date.now() - started >= lanLimits.headersTimeoutMs - 1000,
    'it was the header time limit that dropped it, not an error in its request',
  );
});
