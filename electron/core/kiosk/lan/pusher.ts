import type { KioskSettings } from '../../../../shared/kiosk-settings.ts';
import type { Clock } from '../../clock.ts';
import type { Log } from '../../log.ts';
import { backoffDelayMs } from './backoff.ts';
import type { PushSummary } from './push.ts';
import type { Receiver } from './receiver-store.ts';
import { nextSlotEnd } from './time-slots.ts';

/** How often a paired kiosk pushes when no time slot ends sooner. */
export const pushIntervalMs = 15 * 60_000;
/** How often a kiosk waiting for staff's approval asks again. */
export const pairingPollMs = 10_000;
/** How often a kiosk with no staff PC to push to looks whether it has one now. */
export const idleCheckMs = 60_000;
/** A push at a slot's end waits this long past it, so the clock is surely in the next slot. */
const pastSlotEndMs = 1_000;

export type Timers = {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

/** Real timers that never keep the process alive by themselves. */
const realTimers: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export type PusherOptions = {
  /** One push (through the kiosk's queue of transfers, so never beside another push or a stick export). */
  push(): Promise<PushSummary>;
  state(): Receiver['state'] | 'not-paired';
  granularity(): KioskSettings['timeGranularity'];
  clock: Clock;
  log: Log;
  random?: () => number;
  timers?: Timers;
};

/**
 * Pushes in the background while the kiosk runs: at once when started, when each time slot ends,
 * and at least every 15 minutes; while the staff PC cannot be reached, after a jittered wait that
 * doubles (backoff.ts). While staff have not approved it yet, it asks every 10 seconds. While
 * there is nothing to push to (not paired, the key changed, staff forgot the kiosk) it sends
 * nothing, and only looks each minute whether a pairing has completed meanwhile. One push at a
 * time: a wake-up during a push brings one more after it.
 */
export function createPusher({
  push,
  state,
  granularity,
  clock,
  log,
  random = Math.random,
  timers = realTimers,
}: PusherOptions) {
  let timer: unknown = null;
  let running = false;
  let stopped = true;
  let failures = 0;
  let again = false;

  function schedule(delayMs: number): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = timers.setTimeout(
      () => {
        timer = null;
        void run();
      },
      Math.max(0, delayMs),
    );
  }

  const hasStaffPc = () => state() === 'paired' || state() === 'waiting';

  /** When to push next, given how the last push went. */
  function nextDelay(summary: PushSummary | null): number {
    const now = clock();
    switch (state()) {
      case 'not-paired':
      case 'key-changed':
      case 'forgotten-by-staff':
        return idleCheckMs;
      case 'waiting':
        return pairingPollMs;
    }
    // A push that threw, or stopped at a problem, counts as a failure: the next waits longer.
    failures = summary === null || summary.problem !== null ? failures + 1 : 0;
    if (failures > 0) return backoffDelayMs(failures, random);
    const untilSlotEnd = nextSlotEnd(now, granularity()).getTime() - now.getTime() + pastSlotEndMs;
    return Math.min(untilSlotEnd, pushIntervalMs);
  }

  async function run(): Promise<void> {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    // Nothing to push to: only look again later, in case a pairing completes in another process
    // (the command line) while this kiosk runs.
    if (!hasStaffPc()) return schedule(idleCheckMs);
    running = true;
    let summary: PushSummary | null = null;
    try {
      summary = await push();
    } catch (error) {
      // A push that failed inside (the database busy, another export sealing) is tried again later.
      if (!stopped)
        log('warn', `pushing over the LAN failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
    if (stopped) return;
    if (again) {
      again = false;
      schedule(0);
      return;
    }
    if (!hasStaffPc()) log('info', `pushing over the LAN paused: the pairing is ${state()}`);
    schedule(nextDelay(summary));
  }

  /** Starts pushing in the background, at once; safe to call again. */
  function start(): void {
    stopped = false;
    failures = 0;
    schedule(0);
  }

  return {
    start,
    /** A push soon, e.g. once a pairing was asked for or approved (nothing, if stopped). */
    wake(): void {
      if (stopped) return;
      if (running) again = true;
      else schedule(0);
    },
    stop(): void {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
    },
    /** Whether it pushes in the background now: started, and with a staff PC to push to or wait for. */
    isPushing: () => !stopped && hasStaffPc(),
  };
}

export type Pusher = ReturnType<typeof createPusher>;
