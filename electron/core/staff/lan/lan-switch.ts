import type { LanOptions, LanService } from './lan-service.ts';

/**
 * The receiver of a staff app that follows its stored setting: turning it on, off or elsewhere
 * stops the one running (letting its requests and import finish) before the next starts, so two
 * never listen at once and a changed port is free again at once. Changes take turns.
 */
export function createLanSwitch(start: (options: LanOptions) => LanService, initial: LanOptions | null) {
  let current: LanService | null = initial && start(initial);
  let changing: Promise<void> = Promise.resolve();

  return {
    current: () => current,
    /** Settles once the receiver asked for listens or cannot (what `describe` then says), or is off. */
    switchTo(options: LanOptions | null): Promise<void> {
      const change = changing.then(async () => {
        const previous = current;
        current = null;
        await previous?.close();
        current = options && start(options);
        await current?.started.catch(() => undefined);
      });
      changing = change.catch(() => undefined);
      return change;
    },
    async close(): Promise<void> {
      await changing;
      await current?.close();
      current = null;
    },
  };
}

export type LanSwitch = ReturnType<typeof createLanSwitch>;
