import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTestNetwork, namespaceSupport } from '../helpers/netns.ts';
import { nodeBinary } from '../helpers/project.ts';

/** The harness the LAN tests stand on: namespaces that are what a test asked for, and always removed. */
const skip = namespaceSupport() ?? false;
const links = [
  { between: ['staff', 'kiosk'], subnet: '10.231.1' },
  { between: ['staff', 'office'], subnet: '10.231.2' },
] as const;

const addressesIn = async (network: ReturnType<typeof createTestNetwork>, namespace: string) => {
  const child = network.run(namespace, 'ip', ['-o', '-4', 'address', 'show']);
  await child.waitForLine(() => !child.running, 'the end of the list');
  return child.lines.map((line) => line.split(/\s+/).slice(1, 4).join(' ')).sort();
};

test(
  'each namespace has loopback and its own links, with the addresses the test chose, and nothing else',
  { skip },
  async (t) => {
    const network = createTestNetwork(t, links);
    assert.deepEqual(await addressesIn(network, 'staff'), [
      'kq0 inet 10.231.1.1/30',
      'kq1 inet 10.231.2.1/30',
      'lo inet 127.0.0.1/8',
    ]);
    assert.deepEqual(await addressesIn(network, 'kiosk'), ['kq0 inet 10.231.1.2/30', 'lo inet 127.0.0.1/8']);
    assert.equal(network.address('office', 'staff'), '10.231.2.2');
    const host = spawnSync('ip', ['-o', 'address', 'show'], { encoding: 'utf8' }).stdout;
    assert.ok(!host.includes('10.231.1.'), `the machine's own interfaces gained a test address:\n${host}`);
  },
);

test(
  'the two ends of a link reach each other, and a namespace not on the link does not',
  { skip },
  async (t) => {
    const network = createTestNetwork(t, links);
    const serve = `require('net').createServer((s) => s.end('hello')).listen(7000, '10.231.1.1', () => console.log('listening'))`;
    const server = network.run('staff', nodeBinary, ['-e', serve]);
    await server.waitForLine((line) => line === 'listening', 'the server');
    const connect = (to: string) =>
      `require('net').connect(7000, '${to}').on('data', (d) => console.log(String(d))).on('error', (e) => console.log(e.code))`;
    const kiosk = network.run('kiosk', nodeBinary, ['-e', connect('10.231.1.1')]);
    assert.equal(await kiosk.waitForLine(() => true, 'an answer'), 'hello');
    const office = network.run('office', nodeBinary, ['-e', connect('10.231.1.1')]);
    assert.equal(await office.waitForLine(() => true, 'an answer'), 'ENETUNREACH');
  },
);

test('a failing test leaves no namespace behind', { skip }, () => {
  const fixture = fileURLToPath(new URL('../helpers/netns-failing-fixture.ts', import.meta.url));
  const run = spawnSync(nodeBinary, [fixture], { encoding: 'utf8' });
  assert.notEqual(run.status, 0, 'the fixture was meant to fail');
  const pid = /^pid (\d+)$/m.exec(run.stdout)?.[1];
  assert.ok(pid, run.stdout + run.stderr);
  const made = run.stdout.split('\n').filter((line) => line.startsWith(`kuulluksi-test-${pid}-`));
  assert.equal(made.length, 2, `the fixture's network while it ran:\n${run.stdout}`);
  const left = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout;
  assert.ok(!left.includes(`kuulluksi-test-${pid}-`), left);
});
