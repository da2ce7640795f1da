import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { test } from 'node:test';
import { systemClock } from '../../electron/core/clock.ts';
import { fingerprint } from '../../electron/core/keys/fingerprint.ts';
import { batchPath } from '../../electron/core/lan/protocol.ts';
import { openStaff } from '../../electron/core/staff/open-staff.ts';
import { pairingCode } from '../../shared/pairing-code.ts';
import { runCli } from '../helpers/cli.ts';
import { testPassphrase } from '../helpers/kiosk-and-staff.ts';
import { lanKiosk, meetReceiver } from '../helpers/lan-kiosk.ts';
import { kioskWithBatches, staffFolderWithKeys } from '../helpers/lan-staff.ts';
import { startReceive, startReceiving, untilStored } from '../helpers/staff-receive.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const lastLine = (text: string) => text.trim().split('\n').at(-1)!;
const batchCount = (db: import('better-sqlite3').Database) =>
  db.prepare<[], number>('SELECT count(*) FROM batches').pluck().get()!;

function passphraseFile(passphrase = testPassphrase): string {
  const file = join(tempDir(), 'passphrase.txt');
  writeFileSync(file, passphrase + '\n', { mode: 0o600 });
  return file;
}

/** Sends a batch's headers and the first half of its body, and resolves once that is on its way. */
function halfAnUpload(
  address: { host: string; port: number },
  path: string,
  headers: Record<string, string>,
  body: Buffer,
) {
  const request = httpRequest({
    ...address,
    method: 'PUT',
    path,
    agent: false,
    headers: { ...headers, 'Content-Length': String(body.length) },
  });
  request.on('error', () => undefined);
  return new Promise<void>((resolve) => request.write(body.subarray(0, body.length / 2), () => resolve()));
}

test('a receiver that only collects, killed mid-upload, leaves no partial file; the next imports, and the retry stores once', async () => {
  const { dataDir, identity } = await staffFolderWithKeys();
  const withKeys = ['--passphrase-file', passphraseFile()];

  const collecting = startReceive(dataDir, ['--name', 'Front desk']);
  const first = await collecting.listening;
  assert.match(
    collecting.output().stdout,
    /^This PC's code: [A-Z2-7]{5}(-[A-Z2-7]{5}){3} \(name: Front desk\)$/m,
  );
  assert.match(collecting.output().stdout, /batches are only collected into .*inbox/);

  // The kiosk meets the receiver, asks to pair, and staff approve it from the command line.
  const receiverKey = await meetReceiver(first);
  const staff = { identity, address: first, receiverKey, clock: systemClock };
  const { client, batches } = await kioskWithBatches(staff, [
    [5, 4],
    [3, 3, 2],
  ]);
  assert.equal((await client.pair()).json.state, 'waiting');
  const approved = runCli([
    'staff',
    'approve',
    '--data',
    dataDir,
    '--kiosk',
    pairingCode(client.kioskId),
    ...withKeys,
  ]);
  assert.equal(approved.status, 0, approved.stderr);
  assert.equal(
    approved.stdout,
    `Kiosk ${client.kioskId} is paired over the network: it delivers its batches to this staff PC from now on.\n`,
  );

  const [one, two] = batches;
  assert.equal((await client.deliver(one!.ciphertext)).status, 200);
  await halfAnUpload(
    first,
    batchPath(two!.fileHash),
    client.sign('PUT', batchPath(two!.fileHash), two!.ciphertext),
    two!.ciphertext,
  );
  collecting.child.kill('SIGKILL');
  await collecting.exited;
  const inbox = join(dataDir, 'inbox');
  assert.deepEqual(
    readdirSync(inbox).sort(),
    [`${one!.fileHash}.age`, 'rejected'],
    'no part of the second batch',
  );
  await untilStored(dataDir, batchCount, (count) => count === 0);

  const importing = startReceive(dataDir, withKeys);
  const second = await importing.listening;
  assert.match(importing.output().stdout, /Batches are imported as they arrive/);
  await untilStored(dataDir, batchCount, (count) => count === 1);

  const again = lanKiosk(second, client.keys, receiverKey);
  const retried = await again.deliver(two!.ciphertext);
  assert.equal(retried.status, 200);
  assert.equal(retried.signed, true, 'the same receiver key answers after the restart');
  await untilStored(dataDir, batchCount, (count) => count === 2);
  assert.equal((await again.deliver(two!.ciphertext)).status, 200, 'sent once more');
  assert.equal((await again.deliver(one!.ciphertext)).status, 200);
  assert.deepEqual(readdirSync(inbox), ['rejected'], 'both stored: nothing written again');
  const stored = await untilStored(
    dataDir,
    (db) => db.prepare('SELECT seq, file_hash AS fileHash FROM batches ORDER BY seq').all(),
    () => true,
  );
  assert.deepEqual(stored, [
    { seq: 1, fileHash: one!.fileHash },
    { seq: 2, fileHash: two!.fileHash },
  ]);

  importing.child.kill('SIGTERM');
  assert.equal(await importing.exited, 0);
  assert.match(importing.output().stdout, /^Stopped; every batch delivered is in the inbox or imported\.$/m);
});

test('staff receive refuses what it cannot work with before it listens, and says why', async () => {
  const empty = tempDir();
  const { dataDir } = await staffFolderWithKeys();
  const noKeys = tempDir();
  await openStaff({ dataDir: noKeys }).close();
  // Each flag's own mistakes are checked in tests/unit/cli/lan-flags.test.ts; here, that they stop the command.
  const cases: [string[], number, RegExp][] = [
    [
      ['--data', dataDir, '--listen', 'staff-pc:4781'],
      2,
      /--listen staff-pc:4781: not an IP address of this computer/,
    ],
    [['--data', empty, '--listen', '127.0.0.1:0'], 1, /holds no Kuulluksi data yet/],
    [['--data', noKeys, '--listen', '127.0.0.1:0'], 1, /has no staff keys yet, so no kiosk could pair/],
    [
      [
        '--data',
        dataDir,
        '--listen',
        '127.0.0.1:0',
        '--passphrase-file',
        passphraseFile('not the passphrase'),
      ],
      1,
      /Wrong passphrase for the staff keys/,
    ],
    [
      ['--data', dataDir, '--listen', '192.0.2.1:0'],
      1,
      /cannot listen on 192\.0\.2\.1:0: it is not an address of this computer/,
    ],
  ];
  for (const [args, status, reason] of cases) {
    const ran = runCli(['staff', 'receive', ...args]);
    assert.equal(ran.status, status, `${args.join(' ')}: ${ran.stderr}`);
    assert.match(lastLine(ran.stderr), reason);
    assert.doesNotMatch(ran.stdout, /Listening/, 'it never listened');
  }
  assert.deepEqual(readdirSync(empty), [], 'nothing was created where there was nothing');
  const serve = runCli([
    'serve',
    '--role',
    'kiosk',
    '--data',
    empty,
    '--lan-port',
    '4781',
    '--lan-address',
    '127.0.0.1',
  ]);
  assert.equal(serve.status, 2);
  assert.match(lastLine(serve.stderr), /--lan-port and --lan-address are for --role staff only/);
});

test('serve --role staff --lan-port --lan-address receives beside the staff screen, and says where', async () => {
  const { dataDir } = await staffFolderWithKeys();
  const serving = startReceiving([
    ...['serve', '--role', 'staff', '--data', dataDir, '--port', '0'],
    ...['--passphrase-file', passphraseFile(), '--lan-port', '0', '--lan-address', '127.0.0.1'],
  ]);
  const address = await serving.listening;
  const receiverKey = await meetReceiver(address);
  assert.match(
    serving.output().stdout,
    new RegExp(
      `^Receiving batches from kiosks on 127\\.0\\.0\\.1:${address.port}; this PC's code: ${pairingCode(fingerprint(receiverKey))}$`,
      'm',
    ),
  );
  serving.child.kill('SIGTERM');
  assert.equal(await serving.exited, 0);
});
