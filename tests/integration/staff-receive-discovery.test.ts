import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isWholePairingCode } from '../../shared/pairing-code.ts';
import { testPassphrase } from '../helpers/kiosk-and-staff.ts';
import { staffFolderWithKeys } from '../helpers/lan-staff.ts';
import { createTestNetwork, namespaceSupport } from '../helpers/netns.ts';
import { cliPath } from '../helpers/project.ts';
import { browseUntilFound, receiverListening } from '../helpers/receiver-in-namespace.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/**
 * `kuulluksi staff receive` on a staff PC's LAN address advertises itself there, as a hint for the
 * kiosks' lists: run in a network namespace with a kiosk's namespace beside it, so no multicast
 * reaches this machine's real interfaces; skipped with the reason where namespaces cannot be made.
 */
const unsupported = namespaceSupport();
const skip = unsupported ? `mDNS is tested only inside network namespaces, and ${unsupported}` : false;

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
    const { code, fingerprint: receiverFingerprint } = await receiverListening(receiver);
    assert.equal(isWholePairingCode(code), true, code);
    const found = await browseUntilFound(network, 'kiosk', receiverFingerprint);
    assert.deepEqual(found, [
      { name: 'Toimisto', host: staffAddress, port: 4781, fingerprint: receiverFingerprint },
    ]);
  },
);
