import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { ReceiverHint } from '../../electron/core/lan/discovery-records.ts';
import { isWholePairingCode } from '../../shared/pairing-code.ts';
import { testPassphrase } from '../helpers/kiosk-and-staff.ts';
import { staffFolderWithKeys } from '../helpers/lan-staff.ts';
import { createTestNetwork, namespaceSupport } from '../helpers/netns.ts';
import { cliPath } from '../helpers/project.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/**
 * `kuulluksi staff receive` on a staff PC's LAN address advertises itself there, as a hint for the
 * kiosks' lists: run in a network namespace with a kiosk's namespace beside it, so no multicast
 * reaches this machine's real interfaces; skipped with the reason where namespaces cannot be made.
 */
const unsupported = namespaceSupport();
const skip = unsupported ? `mDNS is tested only inside network namespaces, and ${unsupported}` : false;
const peer = fileURLToPath(new URL('../helpers/discovery-peer.ts', import.meta.url));

test(
  'a receiver listening on a LAN address is found from the kiosk by its name, port and key',
  { skip },
  async (t) => {
    const network = createTestNetwork(t, [{ between: ['staff', 'kiosk'], subnet: '10.231.7' }]);
    const { dataDir } = await staffFolderWithKeys();
    const passphraseFile = join(tempDir(), 'passphrase.txt');
    writeFileSync(passphraseFile, testPassphrase);
    const staffAddress = network.address('staff', 'kiosk');

    const receiver = network.node('staff', cliPath, [
      ...[
        'staff',
        'receive',
        '--data',
        dataDir,
        '--listen',
        `${staffAddress}:4781`,
        '--listen',
        '127.0.0.1:4781',
      ],
      ...['--name', 'Toimisto', '--passphrase-file', passphraseFile],
    ]);
    const code = (
      await receiver.waitForLine((line) => line.startsWith("This PC's code: "), 'its code')
    ).split(' ')[3]!;
    await receiver.waitForLine((line) => line.startsWith('Listening on '), 'listening');
    assert.equal(isWholePairingCode(code), true, code);
    // The fingerprint is the code without its check characters.
    const receiverFingerprint = code
      .split('-')
      .map((group) => group.slice(0, 4))
      .join('-');

    const browse = network.node('kiosk', peer, ['browse', JSON.stringify({ timeoutMs: 1500 })]);
    const found: ReceiverHint[] = JSON.parse(
      (
        await browse.waitForLine(
          (line) => line.startsWith('receivers ') && line.includes(receiverFingerprint),
          'the receiver found',
        )
      ).slice('receivers '.length),
    );
    assert.deepEqual(found, [
      { name: 'Toimisto', host: staffAddress, port: 4781, fingerprint: receiverFingerprint },
    ]);
  },
);
