import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { callHost } from '../../../build/serve-host.ts';
import { fingerprint } from '../../../electron/core/keys/fingerprint.ts';
import { silentLog } from '../../../electron/core/log.ts';
import { createStaffKeyring } from '../../../electron/core/staff/keys/staff-keyring.ts';
import { startHost } from '../../../electron/host/start-host.ts';
import { pairingCode } from '../../../shared/pairing-code.ts';
import { testPassphrase, testSealing } from '../../helpers/kiosk-and-staff.ts';
import { meetReceiver } from '../../helpers/lan-kiosk.ts';
import { staffFolderWithKeys } from '../../helpers/lan-staff.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const rendererDir = tempDir();
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>s</title>');

test('the staff host receives over the network where told, and says where; a taken port stops it', async () => {
  const { dataDir } = await staffFolderWithKeys();
  const options = {
    role: 'staff' as const,
    dataDir,
    port: 0,
    rendererDir,
    log: silentLog,
    staffKeys: createStaffKeyring(() => testPassphrase, testSealing),
    lan: { listen: [{ host: '127.0.0.1', port: 0 }] },
  };
  const host = await startHost(options);
  try {
    const [address] = host.lan!.addresses;
    const receiverKey = await meetReceiver(address!);
    const lan = (await callHost(host.url, 'staff.lan')).body.value;
    assert.equal(lan.state, 'on');
    assert.deepEqual(lan.addresses, [`127.0.0.1:${address!.port}`]);
    assert.equal(lan.receiverCode, pairingCode(fingerprint(receiverKey)), 'the code of the key that answers');
    assert.equal(host.lan!.receiverCode, lan.receiverCode);

    const taken = startHost({ ...options, dataDir: tempDir(), lan: { listen: [address!] } });
    await assert.rejects(taken, {
      message: `The LAN receiver cannot listen on 127.0.0.1:${address!.port}: it is already in use: choose another port.`,
    });
  } finally {
    await host.close();
  }
});

test('a staff host without LAN says its receiver is off', async () => {
  const host = await startHost({ role: 'staff', dataDir: tempDir(), port: 0, rendererDir, log: silentLog });
  try {
    assert.equal(host.lan, null);
    assert.deepEqual((await callHost(host.url, 'staff.lan')).body.value, { state: 'off' });
  } finally {
    await host.close();
  }
});
