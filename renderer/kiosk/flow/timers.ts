import { defaultLanguage, type Language } from '../../../shared/languages.ts';
import type { FlowEvent } from './events.ts';
import type { Display, KioskFlow, Screen, TimerKind, Timers } from './states.ts';

/** Ending screens that return to the start by themselves, after how many milliseconds. */
export const endingMs = { failed: 15_000, amendFailed: 15_000, unavailable: 5_000 } as const;
/** After the hardest answer the thank-you stays long enough to read where help is. */
export const thanksWithHelpMs = 20_000;
/** How often the start and closed screens ask again what today brings: opening hours, the question. */
export const recheckTodayMs = 60_000;
/**
 * A save slower than this shows "saving" under the faces; a quicker one goes straight on. The
 * store answers within milliseconds, and drawing "saving" first would cost the thank-you a frame;
 * only a slow save shows it, so a person never wonders if the tap took.
 */
export const slowSaveMs = 150;
/** Used until the centre's settings are known. */
export const fallbackDisplay = { thankYouSeconds: 5, idleSeconds: 45 } as const;

export const timerKinds = ['slowSave', 'screenEnds', 'idle', 'recheck'] as const satisfies TimerKind[];

export function firstLanguageOf(display: Display | undefined): Language {
  return display?.languages[0] ?? defaultLanguage;
}

/** The screens where nobody is in the middle of answering: safe to refresh under them. */
export function isWaiting(screen: Screen): boolean {
  return (
    (screen.name === 'asking' && screen.saving === null && screen.earlier === null) ||
    screen.name === 'closed'
  );
}

/**
 * A screen left untouched is watched, to warn and then return to the start. The start screen
 * needs no warning unless this person changed something on it (language, text size) that the
 * next person should not inherit, or came back to it to change their answer.
 */
export function watchesIdle(flow: KioskFlow): boolean {
  const { screen, person, display } = flow;
  const changedStart = person.language !== firstLanguageOf(display) || person.largeText;
  return (
    !flow.adminOpen &&
    display !== undefined &&
    (flow.aside !== null ||
      screen.name === 'followUp' ||
      screen.name === 'comment' ||
      (screen.name === 'asking' && (changedStart || screen.earlier !== null)))
  );
}

/** How long the screen shown stands before it returns to the start by itself, if it does. */
function screenEndsMs({ screen, display }: KioskFlow): number | null {
  if (screen.name === 'thanks')
    return screen.hardest
      ? thanksWithHelpMs
      : (display?.thankYouSeconds ?? fallbackDisplay.thankYouSeconds) * 1000;
  return screen.name in endingMs ? endingMs[screen.name as keyof typeof endingMs] : null;
}

/**
 * Which clocks the flow wants running, for how long from when they start. Nothing runs out under
 * reception's area, and no screen ends under help or About, so nobody loses the crisis number
 * they are reading to a thank-you running out underneath.
 */
const wantedMs: Record<TimerKind, (flow: KioskFlow) => number | null> = {
  slowSave: ({ screen }) => (screen.name === 'asking' && screen.saving?.slow === false ? slowSaveMs : null),
  screenEnds: (flow) => (flow.adminOpen || flow.aside !== null ? null : screenEndsMs(flow)),
  idle: (flow) =>
    watchesIdle(flow) && !flow.idleWarning
      ? (flow.display?.idleSeconds ?? fallbackDisplay.idleSeconds) * 1000
      : null,
  recheck: (flow) =>
    flow.adminOpen || flow.aside !== null || !isWaiting(flow.screen) ? null : recheckTodayMs,
};

/**
 * When a clock that keeps running starts over. A new screen gets its full time (also when it
 * comes back from under help); the idle clock starts over at every touch; the recheck clock
 * after every check.
 */
const restarts: Record<TimerKind, (before: KioskFlow, after: KioskFlow, event: FlowEvent) => boolean> = {
  slowSave: (before, after) => before.screen !== after.screen,
  screenEnds: (before, after) => before.screen !== after.screen,
  idle: (_before, _after, event) => event.type === 'activity',
  recheck: (before, after, event) =>
    before.screen !== after.screen || (event.type === 'timeUp' && event.timer === 'recheck'),
};

/**
 * The clocks `after` wants, each kept at its due time while it keeps running, started from `at`
 * when it begins or starts over, and dropped when no longer wanted.
 */
export function scheduleTimers(after: KioskFlow, at: number, keeps: (kind: TimerKind) => boolean): Timers {
  const timers: Partial<Record<TimerKind, number>> = {};
  for (const kind of timerKinds) {
    const ms = wantedMs[kind](after);
    if (ms === null) continue;
    const due = after.timers[kind];
    timers[kind] = due !== undefined && keeps(kind) ? due : at + ms;
  }
  return sameTimers(timers, after.timers) ? after.timers : timers;
}

/** The clocks after an event moved the flow from `before` to `after`. */
export function timersAfter(before: KioskFlow, after: KioskFlow, event: FlowEvent): Timers {
  return scheduleTimers(after, event.at, (kind) => !restarts[kind](before, after, event));
}

function sameTimers(a: Timers, b: Timers): boolean {
  return timerKinds.every((kind) => a[kind] === b[kind]);
}
