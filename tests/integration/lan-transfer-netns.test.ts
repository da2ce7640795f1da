import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';
import { runCli } from '../helpers/cli.ts';
import { submitMany, testPassphrase } from '../helpers/kiosk-and-staff.ts';
import { staffFolderWithKeys } from '../helpers/lan-staff.ts';
import { createTestNetwork, namespaceSupport } from '../helpers/netns.ts';
import { cliPath } from '../helpers/project.ts';
import { browseUntilFound, receiverListening } from '../helpers/receiver-in-namespace.ts';
import { untilStored } from '../helpers/staff-receive.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/**
 * The whole LAN transfer between two machines: the kiosk and the staff PC in network namespaces
 * of their own, joined by a veth pair, so the mDNS discovery and the transfer never touch this
 * machine's real interfaces. Skipped with the reason where namespaces cannot be made.
 */
const unsupported = namespaceSupport();
const skip = unsupported
  ? `the LAN transfer is tested only inside network namespaces, and ${unsupported}`
  : false;
const yesterday = () => new Date(Date.now() - 86_400_000);

test(
  'a kiosk finds the staff PC by mDNS, pairs once staff approve its code, and pushes its answers into the archive once',
  { skip, timeout: 180_000 },
  async (t) => {
    const network = createTestNetwork(t, [{ between: ['staff', 'kiosk'], subnet: '10.231.9' }]);
    const staffAddress = network.address('staff', 'kiosk');
    const { dataDir: staffDir } = await staffFolderWithKeys();
    const passphraseFile = join(tempDir(), 'passphrase.txt');
    writeFileSync(passphraseFile, testPassphrase, { mode: 0o600 });

    // Answers from yesterday: their time slot is over, so a push seals them for the LAN.
    const kioskDir = tempDir('kuulluksi-kiosk-');
    const kiosk = openKiosk({ dataDir: kioskDir, clock: yesterday, log: silentLog });
    submitMany(kiosk, [5, 4, 2]);
    kiosk.close();

    const receiver = network.node('staff', cliPath, [
      ...['staff', 'receive', '--data', staffDir, '--listen', `${staffAddress}:4781`],
      ...['--name', 'Toimisto', '--passphrase-file', passphraseFile],
    ]);
    const { code: receiverCode, fingerprint: receiverFingerprint } = await receiverListening(receiver);
    // The kiosk's list of staff PCs, filled by browsing inside its own namespace.
    const found = await browseUntilFound(network, 'kiosk', receiverFingerprint);
    const hint = found.find((receiver) => receiver.fingerprint === receiverFingerprint)!;
    assert.deepEqual(hint, {
      name: 'Toimisto',
      host: staffAddress,
      port: 4781,
      fingerprint: receiverFingerprint,
    });

    const pairing = network.node('kiosk', cliPath, [
      ...['kiosk', 'pair', '--data', kioskDir, '--lan', `${hint.host}:${hint.port}`],
      ...['--receiver-code', receiverCode, '--wait-seconds', '120'],
    ]);
    const kioskCode = (
      await pairing.waitForLine((line) => line.includes("this kiosk's code:"), "the kiosk's code")
    )
      .split(':')[1]!
      .trim();
    await pairing.waitForLine((line) => line.startsWith('Asked to pair.'), 'the pairing request');
    const approved = runCli([
      ...['staff', 'approve', '--data', staffDir, '--kiosk', kioskCode],
      ...['--passphrase-file', passphraseFile],
    ]);
    assert.equal(approved.status, 0, approved.stderr);
    await pairing.waitForLine((line) => line.startsWith('Paired with the staff PC "Toimisto"'), 'paired');

    const push = network.node('kiosk', cliPath, ['kiosk', 'push', '--data', kioskDir]);
    await push.waitForLine((line) => line === 'Delivered 1 batch(es), 3 answers (batch 1).', 'the delivery');
    const lastLine = (line: string) =>
      line.startsWith('Nothing waits') || line.startsWith('Waiting on this kiosk');
    await push.waitForLine(lastLine, 'the end of the push');
    const answers = (db: import('better-sqlite3').Database) =>
      db.prepare<[], number>('SELECT value FROM responses ORDER BY value').pluck().all();
    assert.deepEqual(await untilStored(staffDir, answers, (values) => values.length > 0), [2, 4, 5]);
    // Staff make the receipt once the batch is stored. The push that delivered it may already
    // bring it back (staff stored it before the push asked its last time); if not, the next does.
    await untilStored(
      staffDir,
      (db) => db.prepare<[], number>('SELECT count(*) FROM lan_updates').pluck().get()!,
      (count) => count === 1,
    );
    const applied = 'Applied update 1 from staff: 1 batch(es) confirmed.';
    const again = network.node('kiosk', cliPath, ['kiosk', 'push', '--data', kioskDir]);
    await again.waitForLine(lastLine, 'the end of the second push');
    assert.equal(
      [...push.lines, ...again.lines].filter((line) => line === applied).length,
      1,
      `the receipt is applied once, by one of the pushes:\n${[...push.lines, ...again.lines].join('\n')}`,
    );
    assert.ok(again.lines.includes('Nothing waits on this kiosk.'), again.lines.join('\n'));
    assert.equal(
      again.lines.some((line) => line.startsWith('Delivered')),
      false,
      'nothing was sent twice',
    );
    assert.deepEqual(
      await untilStored(staffDir, answers, () => true),
      [2, 4, 5],
      'the archive holds each answer once',
    );
  },
);
