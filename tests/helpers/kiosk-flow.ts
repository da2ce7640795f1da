import assert from 'node:assert/strict';
import type { Question } from '../../shared/domain.ts';
import {
  initialFlow,
  next,
  type Display,
  type FlowEvent,
  type Happening,
  type KioskFlow,
  type Request,
  type Screen,
  type TimerKind,
} from '../../renderer/kiosk/flow/index.ts';
import type { KioskStart } from '../../renderer/kiosk/start/first-screen.ts';

/* The kiosk flow's tests: a question and settings to run it with, and the flow on a clock a test moves. */

export const chip = (id: string) => ({ id, texts: { fi: id } });

/** Five faces; the two below the middle lead to bad reasons, the two above to good ones; words after. */
export const question: Question = {
  id: 'visit-today',
  version: 2,
  scale: 'smiley-5',
  texts: { fi: 'Millainen käyntisi oli tänään?' },
  followUps: { positive: [chip('got-help')], negative: [chip('no-help'), chip('waited-too-long')] },
  freeText: true,
};

export const display: Display = {
  thankYouSeconds: 5,
  idleSeconds: 45,
  repeatWindowSeconds: 10,
  languages: ['fi', 'sv', 'en'],
  crisisLines: {
    fi: { name: 'MIELI Kriisipuhelin', number: '09 2525 0111', hours: null },
    sv: { name: 'MIELI Kristelefon', number: '09 2525 0112', hours: null },
    en: { name: 'MIELI Crisis Helpline', number: '09 2525 0116', hours: null },
  },
  centreContact: null,
};

export const openToday: KioskStart = { today: { open: true, question }, display };
export const closedToday: KioskStart = {
  today: { open: false, opensNext: { weekday: 'mon', time: '08:00' } },
  display,
};
export const withQuestion = (changes: Partial<Question>): KioskStart => ({
  today: { open: true, question: { ...question, ...changes } },
  display,
});

/**
 * A kiosk flow on a clock the test moves, as the hook runs it: each happening stamped with the
 * time, each clock that falls due run out in order, and the core's answers given as the test says.
 */
export function kiosk(first: KioskStart | null = openToday) {
  let now = 1_000;
  let flow = initialFlow(first, now);
  /** Every call to the core the flow made, in order. */
  const calls: Request['call'][] = [];
  const send = (happening: Happening) => {
    const before = flow.request;
    flow = next(flow, { ...happening, at: now } as FlowEvent);
    if (flow.request && flow.request !== before) calls.push(flow.request.call);
    return flow;
  };
  /** The call the flow waits for, which must be one of `calls`. */
  const waitingFor = (...calls: Request['call'][]) => {
    const request = flow.request;
    assert.ok(request && calls.includes(request.call), `waits for ${calls.join(' or ')}: ${request?.call}`);
    return request;
  };
  return {
    /** A call, not a property, so that an assertion about one moment does not narrow the next. */
    flow: (): KioskFlow => flow,
    get now() {
      return now;
    },
    calls,
    send,
    tap: (value: number) => send({ type: 'answer', value }),
    /** Moves the clock on by `ms`, running out each clock due on the way, earliest first. */
    wait(ms: number) {
      const until = now + ms;
      for (let fired = 0; ; fired++) {
        assert.ok(fired < 100, 'clocks keep falling due without end');
        const [due] = (Object.entries(flow.timers) as [TimerKind, number][])
          .filter(([, dueAt]) => dueAt <= until)
          .sort(([, a], [, b]) => a - b);
        if (!due) break;
        now = due[1];
        send({ type: 'timeUp', timer: due[0], dueAt: due[1] });
      }
      now = until;
    },
    saved: (responseId = 'response-1') =>
      send({ type: 'answerSaved', id: waitingFor('submitResponse').id, responseId }),
    notSaved: () => send({ type: 'answerNotSaved', id: waitingFor('submitResponse').id }),
    added: () => send({ type: 'additionSaved', id: waitingFor('addFollowUp', 'addComment').id }),
    notAdded: () => send({ type: 'additionNotSaved', id: waitingFor('addFollowUp', 'addComment').id }),
    changed: () => send({ type: 'changeSaved', id: waitingFor('changeAnswer').id }),
    notChanged: () => send({ type: 'changeNotSaved', id: waitingFor('changeAnswer').id }),
    /** Words typed into the comment box, then sent. */
    comment(text: string) {
      send({ type: 'typeComment', text });
      send({ type: 'sendComment' });
    },
    fetched: (start: KioskStart | null = openToday) =>
      send({ type: 'startFetched', id: waitingFor('start', 'recheck').id, start }),
  };
}

/** The screen shown, which must be the one named. */
export function shown<N extends Screen['name']>(flow: KioskFlow, name: N): Extract<Screen, { name: N }> {
  assert.equal(flow.screen.name, name);
  return flow.screen as Extract<Screen, { name: N }>;
}
