import { useEffect } from 'preact/hooks';
import type { AdminSession } from './admin-session.ts';

/** Calls closer together than this add nothing: the core already counts from the last one. */
const keepAliveMs = 2_000;

/**
 * A touch anywhere tells the core too that reception is still here. The screen locks after a
 * minute without a touch and the core after a minute without a call; without this, a person
 * typing a long question for two minutes would find the core had locked them out at Save.
 */
export function useKeepAlive(session: AdminSession): void {
  useEffect(() => {
    const ping = () => {
      if (performance.now() - session.lastCallAt() > keepAliveMs) void session.call('admin.status', {});
    };
    const events = ['pointerdown', 'keydown'] as const;
    for (const event of events) document.addEventListener(event, ping, { capture: true });
    return () => {
      for (const event of events) document.removeEventListener(event, ping, { capture: true });
    };
  }, [session]);
}
