import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { createDispatcher } from '../../../../../electron/core/dispatch.ts';
import { defaultLanPort, lanPaths } from '../../../../../electron/core/lan/protocol.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { createStaffKeyring } from '../../../../../electron/core/staff/keys/staff-keyring.ts';
import { openStaff, staffDatabaseFile } from '../../../../../electron/core/staff/open-staff.ts';
import { testPassphrase, testSealing } from '../../../../helpers/kiosk-and-staff.ts';
import { staffFolderWithKeys } from '../../../../helpers/lan-staff.ts';
import { storeContents } from '../../../../helpers/stored-state.ts';
import { closedPort } from '../../../../helpers/closed-port.ts';

/** A staff app as its screen runs it: following the stored setting, called through the contract. */
async function staffApp(dataDir?: string) {
  const folder = await staffFolderWithKeys(dataDir);
  const open = () => {
    const staff = openStaff({
      dataDir: folder.dataDir,
      log: silentLog,
      lanFromSetting: true,
      keys: createStaffKeyring(() => testPassphrase, testSealing),
    });
    const dispatch = createDispatcher('staff', staff.handlers, silentLog);
    return { staff, call: (method: string, input: unknown = {}) => dispatch(method, input) as Promise<any> };
  };
  return { dataDir: folder.dataDir, open };
}

/** What answers `hello` at this port, or the connection error when nothing listens there. */
async function helloAt(port: number): Promise<number | string> {
  try {
    return (await fetch(`http://127.0.0.1:${port}${lanPaths.hello}`)).status;
  } catch (error) {
    return ((error as Error).cause as NodeJS.ErrnoException).code ?? 'failed';
  }
}

test('receiving over the network is off until staff turn it on, at the usual port', async () => {
  const app = await staffApp();
  const { staff, call } = app.open();
  after(() => staff.close());
  assert.deepEqual((await call('staff.lanSetting')).value, {
    enabled: false,
    host: null,
    port: defaultLanPort,
    defaultPort: defaultLanPort,
    fromCommandLine: false,
  });
  assert.deepEqual((await call('staff.lan')).value, { state: 'off' });
});

test('turning it on answers hello at once, turning it off stops listening, and the setting survives a restart', async () => {
  const app = await staffApp();
  const port = await closedPort();
  const first = app.open();
  const on = await first.call('staff.setLan', { enabled: true, host: '127.0.0.1', port });
  assert.equal(on.value.state, 'on');
  assert.deepEqual(on.value.addresses, [`127.0.0.1:${port}`]);
  assert.equal(await helloAt(port), 200);
  await first.staff.close();
  assert.equal(await helloAt(port), 'ECONNREFUSED');

  const second = app.open();
  after(() => second.staff.close());
  // The stored setting is where the next start listens, without being told again.
  assert.deepEqual((await second.call('staff.lanSetting')).value, {
    enabled: true,
    host: '127.0.0.1',
    port,
    defaultPort: defaultLanPort,
    fromCommandLine: false,
  });
  await waitFor(async () => (await second.call('staff.lan')).value.state === 'on');
  assert.equal(await helloAt(port), 200);

  assert.deepEqual((await second.call('staff.setLan', { enabled: false })).value, { state: 'off' });
  assert.equal(await helloAt(port), 'ECONNREFUSED');
  // Off keeps where it listened, for turning it on again.
  assert.deepEqual((await second.call('staff.lanSetting')).value, {
    enabled: false,
    host: '127.0.0.1',
    port,
    defaultPort: defaultLanPort,
    fromCommandLine: false,
  });
});

test('moving to another port stops the old one and listens on the new one', async () => {
  const app = await staffApp();
  const { staff, call } = app.open();
  after(() => staff.close());
  const [oldPort, newPort] = [await closedPort(), await closedPort()];
  await call('staff.setLan', { enabled: true, host: '127.0.0.1', port: oldPort });
  const moved = await call('staff.setLan', { enabled: true, host: '127.0.0.1', port: newPort });
  assert.deepEqual(moved.value.addresses, [`127.0.0.1:${newPort}`]);
  assert.equal(await helloAt(newPort), 200);
  assert.equal(await helloAt(oldPort), 'ECONNREFUSED');
});

test('a port another program holds is stored, and the screen is told why nothing listens', async () => {
  const app = await staffApp();
  const { staff, call } = app.open();
  after(() => staff.close());
  const holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  after(() => holder.close());
  const { port } = holder.address() as AddressInfo;
  const failed = await call('staff.setLan', { enabled: true, host: '127.0.0.1', port });
  assert.equal(failed.value.state, 'failed');
  assert.match(failed.value.problem, new RegExp(String(port)));
  assert.equal((await call('staff.lanSetting')).value.enabled, true);
});

test('bad input is refused with what was wrong, and changes nothing', async () => {
  const app = await staffApp();
  const { staff, call } = app.open();
  after(() => staff.close());
  const before = storeContents(join(app.dataDir, staffDatabaseFile));
  const cases: [unknown, RegExp][] = [
    [{ enabled: true, host: 'staff-pc.local', port: 4781 }, /not an IP address/],
    [{ enabled: true, host: '', port: 4781 }, /choose or type an address/],
    [{ enabled: true, host: '127.0.0.1', port: 0 }, /port must be a whole number from 1 to 65535/],
    [{ enabled: true, host: '127.0.0.1', port: 70000 }, /port must be a whole number from 1 to 65535/],
    [{ enabled: true, host: '127.0.0.1', port: 47.5 }, /port must be a whole number/],
    [{ enabled: true, host: '127.0.0.1' }, /port/],
  ];
  for (const [input, message] of cases) {
    const result = await call('staff.setLan', input);
    assert.equal(result.ok, false, JSON.stringify(input));
    assert.match(result.error.message, message);
  }
  assert.deepEqual(storeContents(join(app.dataDir, staffDatabaseFile)), before);
  assert.deepEqual((await call('staff.lan')).value, { state: 'off' });
});

test('a run told where to listen on its command line keeps to it, and the screen cannot move it', async () => {
  const { dataDir } = await staffFolderWithKeys();
  const staff = openStaff({
    dataDir,
    log: silentLog,
    lanFromSetting: true,
    lan: { listen: [{ host: '127.0.0.1', port: 0 }] },
    keys: createStaffKeyring(() => testPassphrase, testSealing),
  });
  after(() => staff.close());
  await staff.lan!.started;
  const dispatch = createDispatcher('staff', staff.handlers, silentLog);
  assert.equal(((await dispatch('staff.lanSetting', {})) as any).value.fromCommandLine, true);
  const refused = (await dispatch('staff.setLan', { enabled: false })) as any;
  assert.match(refused.error.message, /--lan-port.*Nothing was changed/);
  assert.equal(((await dispatch('staff.lan', {})) as any).value.state, 'on');
  const stored = new Database(join(dataDir, staffDatabaseFile), { readonly: true });
  after(() => stored.close());
  assert.equal(stored.prepare<[], { n: number }>('SELECT count(*) AS n FROM lan_setting').get()!.n, 0);
});

test('the choices of address are this PC’s own IPv4 network addresses, never loopback', async () => {
  const app = await staffApp();
  const { staff, call } = app.open();
  after(() => staff.close());
  const { addresses } = (await call('staff.lanAddresses')).value as { addresses: string[] };
  for (const address of addresses) {
    assert.match(address, /^\d+\.\d+\.\d+\.\d+$/);
    assert.doesNotMatch(address, /^127\./);
  }
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}
