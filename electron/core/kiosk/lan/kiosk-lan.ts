import type { Database } from 'better-sqlite3';
import type { Clock } from '../../clock.ts';
import type { Log } from '../../log.ts';
import type { KioskIdentity } from '../identity.ts';
import type { KioskSettingsStore } from '../settings.ts';
import { createLanClient, type LanClientOptions } from './lan-client.ts';
import type { LanContext } from './lan-context.ts';
import { checkPairing, requestPairing, sayHello, type Hello } from './lan-pairing.ts';
import { lanStatus } from './lan-status.ts';
import { pushOnce } from './push.ts';
import { createPusher, type PusherOptions } from './pusher.ts';
import { createReceiverStore } from './receiver-store.ts';

export type KioskLanOptions = {
  db: Database;
  identity: KioskIdentity;
  clock: Clock;
  log: Log;
  settings: KioskSettingsStore;
  /** The kiosk's one queue of transfers: a push never runs beside another push or a stick export. */
  oneTransferAtATime: <T>(job: () => Promise<T>) => Promise<T>;
  timeouts?: LanClientOptions['timeouts'];
  timers?: PusherOptions['timers'];
  random?: PusherOptions['random'];
};

/**
 * The kiosk's side of the LAN (docs/lan.md): pairing with a staff PC, pushing batches to it once
 * or in the background, and what reception is told about it.
 */
export function createKioskLan(options: KioskLanOptions) {
  const { db, identity, clock, log, settings, oneTransferAtATime } = options;
  const ctx: LanContext = {
    db,
    identity,
    clock,
    log,
    settings,
    call: createLanClient({
      keys: identity.keys,
      clock,
      ...(options.timeouts && { timeouts: options.timeouts }),
    }),
    receivers: createReceiverStore(db, clock),
  };
  const push = () => oneTransferAtATime(() => pushOnce(ctx));
  const state = () => ctx.receivers.read()?.state ?? 'not-paired';
  const pusher = createPusher({
    push,
    state,
    granularity: () => settings.read().timeGranularity,
    clock,
    log,
    ...(options.timers && { timers: options.timers }),
    ...(options.random && { random: options.random }),
  });
  /** A pairing step, then, if it changed the pairing, a push in the background at once (if running). */
  async function pairingStep<T>(step: () => Promise<T>): Promise<T> {
    const before = state();
    const outcome = await oneTransferAtATime(step);
    if (state() !== before) pusher.wake();
    return outcome;
  }

  return {
    status: () => lanStatus(ctx),
    state,
    /** Pushes once, now (after any transfer under way). */
    push,
    sayHello: (address: string) => sayHello(ctx, address),
    requestPairing: (hello: Hello) => pairingStep(() => requestPairing(ctx, hello)),
    /** Asks the staff PC whether staff approved this kiosk yet; the new state. */
    checkPairing: () => pairingStep(() => checkPairing(ctx)),
    /** Pushes in the background from now on, whenever there is a staff PC to push to. */
    startBackground: () => pusher.start(),
    stop: () => pusher.stop(),
    pusher,
  };
}

export type KioskLan = ReturnType<typeof createKioskLan>;
