import { useEffect, useRef } from 'preact/hooks';

/**
 * Calls `onIdle` once nobody has touched the screen or pressed a key for `ms`. Any pointer or key
 * press anywhere on the page starts the wait again. While `enabled` is false nothing is watched.
 */
export function useIdleTimeout(ms: number, onIdle: () => void, enabled = true): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;
  useEffect(() => {
    if (!enabled) return;
    let timer = setTimeout(() => latest.current(), ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => latest.current(), ms);
    };
    const events = ['pointerdown', 'keydown'] as const;
    for (const event of events) document.addEventListener(event, restart, { capture: true });
    return () => {
      clearTimeout(timer);
      for (const event of events) document.removeEventListener(event, restart, { capture: true });
    };
  }, [ms, enabled]);
}
