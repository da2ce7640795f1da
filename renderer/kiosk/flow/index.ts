/**
 * The client's flow as data: where a person is, what they may do there, what the kiosk waits
 * for from the core, and which clocks run. Pure: no screens, no calls, no clock of its own; the
 * time of each event is handed in. `useKioskFlow` runs it.
 */
export type { FlowEvent, Happening } from './events.ts';
export { next } from './next.ts';
export { initialFlow } from './start.ts';
export type { Aside, Display, KioskFlow, Request, Screen, TimerKind, Timers } from './states.ts';
export { firstLanguageOf } from './timers.ts';
