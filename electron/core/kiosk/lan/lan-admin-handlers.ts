import { AppError } from '../../errors.ts';
import type { Handlers } from '../../dispatch.ts';
import { browseReceivers } from '../../lan/discovery.ts';
import type { ReceiverHint } from '../../lan/discovery-records.ts';
import type { KioskLan } from './kiosk-lan.ts';
import type { LanFailure } from './record-failure.ts';

type LanAdminHandlers = Pick<
  Handlers<'kiosk'>,
  | 'admin.lan'
  | 'admin.lanPair'
  | 'admin.lanPairing'
  | 'admin.lanDiscover'
  | 'admin.lanHello'
  | 'admin.lanPush'
>;

/** Runs a handler only for an open admin session (admin-handlers.ts). */
type WithSession = <I extends { token: string }, O>(work: (input: I) => O) => (input: I) => O;

/** Long enough for a staff PC on a quiet network to answer twice; short enough to wait for. */
const discoveryMs = 2_000;

/** Staff PCs announced on the network; tests pass their own search instead of multicast. */
export type Discover = () => Promise<ReceiverHint[]>;

const browseNetwork: Discover = () => browseReceivers({ timeoutMs: discoveryMs });

/** An address as it is typed: IPv6 in brackets, so the port stays apart. */
function typedAddress({ host, port }: ReceiverHint): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

/** What went wrong, as the view words it: the kind, and the staff PC's code for a refusal. */
function problemOf(failure: LanFailure) {
  return { problem: failure.kind, code: failure.kind === 'refused' ? failure.code : null };
}

/**
 * Reception's LAN methods: the status, staff PCs found on the network, who answers at an address,
 * pairing with it, how the pairing goes, and a push now.
 */
export function lanAdminHandlers(
  lan: KioskLan,
  withSession: WithSession,
  discover: Discover = browseNetwork,
): LanAdminHandlers {
  return {
    'admin.lan': withSession(() => lan.status()),
    'admin.lanDiscover': withSession(async () => {
      try {
        const found = await discover();
        return {
          found: found.map((hint) => ({ name: hint.name, address: typedAddress(hint) })),
          problem: null,
        };
      } catch (error) {
        // No network to search is something reception can act on; anything else is a fault.
        if (error instanceof AppError) return { found: [], problem: error.message };
        throw error;
      }
    }),
    'admin.lanHello': withSession(async ({ address }) => {
      const hello = await lan.sayHello(address);
      if (!hello.ok) return { answered: false as const, ...problemOf(hello.failure) };
      const { name, codes } = hello.hello;
      return {
        answered: true as const,
        receiver: { name, address, code: codes.receiver },
        staffKeyCodes: codes.staffKeys,
        kioskCode: codes.kiosk,
      };
    }),
    'admin.lanPair': withSession(async ({ address }) => {
      const hello = await lan.sayHello(address);
      const step = hello.ok ? await lan.requestPairing(hello.hello) : hello;
      if (step.ok) return { started: true as const, status: lan.status() };
      return { started: false as const, ...problemOf(step.failure) };
    }),
    'admin.lanPairing': withSession(async () => {
      await lan.checkPairing();
      return lan.status();
    }),
    'admin.lanPush': withSession(async () => {
      const summary = await lan.push();
      return { delivered: summary.delivered.length, status: lan.status() };
    }),
  };
}
