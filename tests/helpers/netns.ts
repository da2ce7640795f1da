import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { TestContext } from 'node:test';
import { nodeBinary } from './project.ts';

/**
 * Network namespaces for tests that need a real local network: mDNS multicast, two machines on
 * one link. Each namespace has its own loopback and veth links to the others, with addresses the
 * test picks, so nothing a test sends ever reaches this machine's real interfaces. Needs root and
 * `ip` (iproute2); `namespaceSupport()` says why not where that is missing.
 */

/** Every namespace this harness makes starts with this and the process id, so leftovers are found. */
const prefix = 'kuulluksi-test-';

const ip = (args: readonly string[]) => spawnSync('ip', args, { encoding: 'utf8' });

function ipOrThrow(args: readonly string[]): void {
  const result = ip(args);
  if (result.status !== 0) {
    throw new Error(`ip ${args.join(' ')} failed: ${result.error?.message ?? result.stderr.trim()}`);
  }
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Namespaces left by a test process that was killed before it could clean up. */
function removeLeftovers(): void {
  const listed = ip(['netns', 'list']).stdout ?? '';
  for (const name of listed.split('\n').map((line) => line.split(' ')[0] ?? '')) {
    const pid = Number(/^kuulluksi-test-(\d+)-/.exec(name)?.[1]);
    if (pid && !isRunning(pid)) ip(['netns', 'delete', name]);
  }
}

let support: string | undefined | null = null;

/**
 * Undefined when this machine lets a test make namespaces, else the reason it does not, for
 * `test(..., { skip })`. Checked once by making a namespace with a veth pair, as the tests would.
 */
export function namespaceSupport(): string | undefined {
  if (support !== null) return support;
  if (process.platform !== 'linux') return (support = 'network namespaces exist only on Linux');
  if (process.getuid?.() !== 0) return (support = 'making network namespaces needs root (ip netns add)');
  const probe = `${prefix}${process.pid}-probe`;
  const made = ip(['netns', 'add', probe]);
  if (made.error) return (support = `the ip command (iproute2) is not available: ${made.error.message}`);
  if (made.status !== 0) return (support = `ip netns add is not allowed here: ${made.stderr.trim()}`);
  const veth = ip(['-n', probe, 'link', 'add', 'probe0', 'type', 'veth', 'peer', 'name', 'probe1']);
  ip(['netns', 'delete', probe]);
  if (veth.status !== 0) return (support = `veth links cannot be made here: ${veth.stderr.trim()}`);
  removeLeftovers();
  return (support = undefined);
}

let networksMade = 0;

/** Two namespaces joined by a veth pair; the first gets `${subnet}.1/30`, the second `${subnet}.2/30`. */
export type Link = { between: readonly [string, string]; subnet: string };

/** A child process inside a namespace, read line by line. */
export type NamespaceChild = {
  /** Resolves with the first line (new or already seen) that satisfies `matches`. */
  waitForLine(matches: (line: string) => boolean, what: string, deadlineMs?: number): Promise<string>;
  send(line: string): void;
  readonly lines: readonly string[];
  readonly running: boolean;
};

export type TestNetwork = {
  /** The address `namespace` has on the link to `peer`. */
  address(namespace: string, peer: string): string;
  /** Runs a command inside a namespace; it is killed when the test ends. */
  run(namespace: string, command: string, args: readonly string[]): NamespaceChild;
  /** Runs `node script ...args` (the Node that runs the tests) inside a namespace. */
  node(namespace: string, script: string, args: readonly string[]): NamespaceChild;
};

function watchChild(child: ChildProcessWithoutNullStreams, label: string): NamespaceChild {
  const lines: string[] = [];
  let stderr = '';
  let exited = false;
  const waiters = new Set<() => void>();
  const wake = () => waiters.forEach((waiter) => waiter());
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    wake();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.once('close', () => {
    exited = true;
    wake();
  });
  return {
    lines,
    get running() {
      return !exited;
    },
    send: (line) => child.stdin.write(`${line}\n`),
    // A generous deadline only against a hang: the condition, not the clock, ends the wait.
    waitForLine: (matches, what, deadlineMs = 30_000) =>
      new Promise((resolve, reject) => {
        const output = () => `${lines.join('\n')}\n${stderr}`;
        const check = () => {
          const found = lines.find(matches);
          if (found === undefined && !exited) return;
          waiters.delete(check);
          clearTimeout(timer);
          if (found !== undefined) resolve(found);
          else reject(new Error(`${label} exited before ${what}:\n${output()}`));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`${label}: no ${what} within ${deadlineMs} ms:\n${output()}`));
        }, deadlineMs);
        waiters.add(check);
        check();
      }),
  };
}

/**
 * Makes the namespaces and links, and removes them when the test ends, passed or failed (and on
 * process exit, should the test runner be stopped first). Namespace names are the test's own,
 * e.g. `staff` and `kiosk`.
 */
export function createTestNetwork(t: TestContext, links: readonly Link[]): TestNetwork {
  const names = [...new Set(links.flatMap((link) => link.between))];
  networksMade += 1;
  const real = new Map(
    names.map((name) => [name, `${prefix}${process.pid}-${networksMade}-${name}`.slice(0, 60)]),
  );
  const children: ChildProcessWithoutNullStreams[] = [];
  const cleanUp = () => {
    for (const child of children) child.kill('SIGKILL');
    for (const name of real.values()) ip(['netns', 'delete', name]);
  };
  process.once('exit', cleanUp);
  t.after(() => {
    cleanUp();
    process.removeListener('exit', cleanUp);
  });

  const netns = (name: string) => {
    const made = real.get(name);
    if (!made) throw new Error(`no namespace ${name} in this test network`);
    return made;
  };
  for (const name of real.values()) {
    ipOrThrow(['netns', 'add', name]);
    ipOrThrow(['-n', name, 'link', 'set', 'lo', 'up']);
  }
  const addresses = new Map<string, string>();
  links.forEach(({ between: [first, second], subnet }, i) => {
    // Made inside the namespaces directly, so the pair never appears among the real interfaces.
    const device = `kq${i}`;
    const [one, other] = [netns(first), netns(second)];
    ipOrThrow(`link add ${device} netns ${one} type veth peer name ${device} netns ${other}`.split(' '));
    for (const [name, host, peer] of [
      [first, 1, second],
      [second, 2, first],
    ] as const) {
      ipOrThrow(['-n', netns(name), 'address', 'add', `${subnet}.${host}/30`, 'dev', device]);
      ipOrThrow(['-n', netns(name), 'link', 'set', device, 'up']);
      addresses.set(`${name}>${peer}`, `${subnet}.${host}`);
    }
  });

  const run: TestNetwork['run'] = (namespace, command, args) => {
    const child = spawn('ip', ['netns', 'exec', netns(namespace), command, ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    children.push(child);
    return watchChild(child, `${command} ${args[0] ?? ''} in ${namespace}`);
  };
  return {
    address(namespace, peer) {
      const address = addresses.get(`${namespace}>${peer}`);
      if (!address) throw new Error(`no link between ${namespace} and ${peer}`);
      return address;
    },
    run,
    node: (namespace, script, args) => run(namespace, nodeBinary, [script, ...args]),
  };
}
