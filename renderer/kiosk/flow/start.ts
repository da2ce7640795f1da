import type { KioskStart } from '../start/first-screen.ts';
import type { KioskFlow, Person, Request, Screen, Today } from './states.ts';
import { firstLanguageOf, scheduleTimers } from './timers.ts';

/** The start screen today calls for: the question, or closed until it opens. */
export function screenFor(today: Today): Screen {
  return today.open
    ? { name: 'asking', saving: null, earlier: null }
    : { name: 'closed', opensNext: today.opensNext };
}

function freshPerson(flow: Pick<KioskFlow, 'display'>): Person {
  return { language: firstLanguageOf(flow.display), largeText: false, readAloudUsed: false };
}

/**
 * The flow as the page opens, from the start screen's data fetched while the code loaded (null
 * if it could not be had: the kiosk then says it is unavailable and tries again).
 */
export function initialFlow(first: KioskStart | null, at: number): KioskFlow {
  const flow: KioskFlow = {
    screen: first ? screenFor(first.today) : { name: 'unavailable' },
    question: first?.today.open ? first.today.question : undefined,
    display: first?.display,
    person: freshPerson({ display: first?.display }),
    aside: null,
    idleWarning: false,
    adminOpen: false,
    draft: '',
    lastThanksEndedAt: null,
    request: null,
    requests: 0,
    timers: {},
  };
  return { ...flow, timers: scheduleTimers(flow, at, () => false) };
}

/** The flow with a new call to the core it waits for; any earlier one's answer is ignored from now. */
export function withRequest(flow: KioskFlow, call: DistributiveOmit<Request, 'id'>): KioskFlow {
  const id = flow.requests + 1;
  return { ...flow, request: { ...call, id } as Request, requests: id };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The next person finds the start exactly as the first did: nothing of the one before remains.
 * The start screen is asked for afresh, since opening hours or the question may have changed.
 */
export function startOver(flow: KioskFlow): KioskFlow {
  return withRequest(
    {
      ...flow,
      screen: { name: 'loading' },
      person: freshPerson(flow),
      aside: null,
      idleWarning: false,
      adminOpen: false,
      draft: '',
    },
    { call: 'start' },
  );
}

/** The start screen's data arrived: for a new person, in the centre's (maybe new) first language. */
export function started(flow: KioskFlow, start: KioskStart | null): KioskFlow {
  if (!start) return { ...flow, screen: { name: 'unavailable' }, request: null };
  const shown = showToday(flow, start);
  return { ...shown, person: { ...shown.person, language: firstLanguageOf(start.display) } };
}

/** Opening hours or the day's question changed under a waiting screen; the person's choices stay. */
export function rechecked(flow: KioskFlow, start: KioskStart | null): KioskFlow {
  return start ? showToday(flow, start) : { ...flow, request: null };
}

function showToday(flow: KioskFlow, { today, display }: KioskStart): KioskFlow {
  return {
    ...flow,
    display,
    question: today.open ? today.question : flow.question,
    screen: screenFor(today),
    request: null,
  };
}
