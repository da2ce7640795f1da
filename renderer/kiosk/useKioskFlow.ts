import { useCallback, useEffect, useLayoutEffect, useReducer } from 'preact/hooks';
import { useApi } from '../api/useApi.ts';
import { callCore } from './call-core.ts';
import { initialFlow, next, type Happening, type TimerKind, type Timers } from './flow/index.ts';
import type { KioskStart } from './start/first-screen.ts';
import { stopSpeaking } from './start/speech.ts';

/** The one clock events are stamped with; the flow's timers are due on it. */
const now = () => performance.now();

/**
 * Runs the kiosk flow: holds it, stamps what happens with the time, runs the clocks it asks
 * for, makes the calls to the core it waits for and hands their answers back. `send` is how
 * screens say what the person did.
 */
export function useKioskFlow(first: KioskStart | null) {
  const api = useApi<'kiosk'>();
  const [flow, dispatch] = useReducer(next, first, (start) => initialFlow(start, now()));
  const send = useCallback((happening: Happening) => dispatch({ ...happening, at: now() }), []);

  // Before the frame is painted, not after it: a tap's save starts as soon as the tap is taken,
  // and the thank-you waits for nothing else.
  useLayoutEffect(() => {
    if (flow.request) void callCore(api, flow.request).then(send);
  }, [flow.request]);
  useClocks(flow.timers, send);
  useTouches(flow.timers.idle !== undefined, send);
  // The next person starts in silence, whatever the one before had read aloud.
  useEffect(() => {
    if (flow.screen.name === 'loading') stopSpeaking();
  }, [flow.screen]);

  return { flow, send };
}

/** Runs each clock out at its due time; a clock moved or dropped meanwhile is not run out. */
function useClocks(timers: Timers, send: (happening: Happening) => void): void {
  useLayoutEffect(() => {
    const started = now();
    const handles = (Object.entries(timers) as [TimerKind, number][]).map(([timer, dueAt]) =>
      setTimeout(() => send({ type: 'timeUp', timer, dueAt }), Math.max(0, dueAt - started)),
    );
    return () => handles.forEach(clearTimeout);
  }, [timers]);
}

/** While the idle clock runs, any pointer or key press anywhere on the page starts it again. */
function useTouches(watching: boolean, send: (happening: Happening) => void): void {
  useEffect(() => {
    if (!watching) return;
    const touched = () => send({ type: 'activity' });
    const events = ['pointerdown', 'keydown'] as const;
    for (const event of events) document.addEventListener(event, touched, { capture: true });
    return () => {
      for (const event of events) document.removeEventListener(event, touched, { capture: true });
    };
  }, [watching]);
}
