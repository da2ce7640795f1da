import { afterAnswer, afterFollowUp, isRepeat } from './answer.ts';
import type { FlowEvent } from './events.ts';
import { rechecked, started, startOver, withRequest } from './start.ts';
import type { KioskFlow, Request } from './states.ts';
import { isWaiting, timersAfter } from './timers.ts';

/**
 * The kiosk flow's one step: the flow after `event`, with the clocks it then wants. An event
 * that makes no sense where the flow is (a tap on a screen no longer shown, the core's answer
 * to a call the flow stopped waiting for, a clock that was stopped) leaves it as it was: the
 * very same object.
 */
export function next(flow: KioskFlow, event: FlowEvent): KioskFlow {
  const after = step(flow, event);
  return after === flow ? flow : { ...after, timers: timersAfter(flow, after, event) };
}

function step(flow: KioskFlow, event: FlowEvent): KioskFlow {
  const { screen } = flow;
  // Client screens are drawn only with nothing over them, so only then are their taps real.
  const onScreen = flow.aside === null && !flow.adminOpen;
  switch (event.type) {
    case 'answer': {
      const { question, display } = flow;
      if (!onScreen || screen.name !== 'asking' || screen.saving || !question || !display) return flow;
      const { value } = event;
      const saving = { ...flow, screen: { ...screen, saving: { value, slow: false } } };
      // Back from a later step, the tap changes the answer already stored: still one answer.
      if (screen.earlier)
        return withRequest(saving, {
          call: 'changeAnswer',
          input: { responseId: screen.earlier.responseId, value },
        });
      const input = {
        questionId: question.id,
        questionVersion: question.version,
        value,
        repeat: isRepeat(flow, event.at),
        // The screen's language as this person set it: what staff read answers by.
        language: flow.person.language,
      };
      return withRequest(saving, { call: 'submitResponse', input });
    }
    case 'chooseFollowUp':
      if (!onScreen || screen.name !== 'followUp' || screen.sending) return flow;
      return withRequest(
        { ...flow, screen: { ...screen, sending: true } },
        { call: 'addFollowUp', input: { responseId: screen.responseId, followUpId: event.followUpId } },
      );
    case 'skipFollowUp':
      if (!onScreen || screen.name !== 'followUp' || screen.sending) return flow;
      return { ...flow, screen: afterFollowUp(flow.question, screen) };
    case 'typeComment':
      if (!onScreen || screen.name !== 'comment' || screen.sending || flow.draft === event.text) return flow;
      return { ...flow, draft: event.text };
    case 'sendComment':
      if (!onScreen || screen.name !== 'comment' || screen.sending || flow.draft.trim() === '') return flow;
      return withRequest(
        { ...flow, screen: { ...screen, sending: true } },
        { call: 'addComment', input: { responseId: screen.responseId, text: flow.draft } },
      );
    case 'skipComment':
      if (!onScreen || screen.name !== 'comment' || screen.sending) return flow;
      return { ...flow, screen: { name: 'thanks', hardest: screen.hardest } };
    case 'changeMyAnswer':
      if (!onScreen || (screen.name !== 'followUp' && screen.name !== 'comment') || screen.sending)
        return flow;
      return {
        ...flow,
        screen: {
          name: 'asking',
          saving: null,
          earlier: { responseId: screen.responseId, value: screen.value },
        },
      };
    case 'backToStart':
      return onScreen && screen.name === 'failed' ? startOver(flow) : flow;
    case 'openAside': {
      const drawn =
        event.aside === 'help'
          ? flow.display !== undefined && screen.name !== 'loading' && screen.name !== 'unavailable'
          : screen.name === 'asking';
      return onScreen && drawn ? { ...flow, aside: event.aside } : flow;
    }
    case 'closeAside':
      return flow.aside === null ? flow : { ...flow, aside: null };
    case 'chooseLanguage':
      if (!onScreen || screen.name !== 'asking' || flow.person.language === event.language) return flow;
      return { ...flow, person: { ...flow.person, language: event.language } };
    case 'toggleLargeText':
      if (!onScreen || screen.name !== 'asking') return flow;
      return { ...flow, person: { ...flow.person, largeText: !flow.person.largeText } };
    case 'readAloudUsed':
      if (!onScreen || screen.name !== 'asking' || flow.person.readAloudUsed) return flow;
      return { ...flow, person: { ...flow.person, readAloudUsed: true } };
    case 'activity':
      // A new object, so that the idle clock starts over; nothing else changes.
      return flow.timers.idle === undefined ? flow : { ...flow };
    case 'moreTime':
      return flow.idleWarning ? { ...flow, idleWarning: false } : flow;
    case 'walkedAway':
      return flow.idleWarning ? startOver(flow) : flow;
    case 'startFetched': {
      const request = awaited(flow, event.id, 'start', 'recheck');
      if (!request) return flow;
      if (request.call === 'start') return started(flow, event.start);
      return isWaiting(screen) ? rechecked(flow, event.start) : { ...flow, request: null };
    }
    case 'answerSaved':
    case 'answerNotSaved': {
      if (!awaited(flow, event.id, 'submitResponse') || screen.name !== 'asking' || !screen.saving)
        return flow;
      // The question cannot change while an answer is saved: rechecks wait for a waiting screen.
      if (event.type === 'answerNotSaved' || !flow.question)
        return { ...flow, screen: { name: 'failed' }, request: null };
      return {
        ...flow,
        screen: afterAnswer(flow.question, screen.saving.value, event.responseId),
        request: null,
      };
    }
    case 'changeSaved':
    case 'changeNotSaved': {
      if (!awaited(flow, event.id, 'changeAnswer') || screen.name !== 'asking' || !screen.saving) return flow;
      if (event.type === 'changeNotSaved' || !flow.question || !screen.earlier)
        return { ...flow, screen: { name: 'amendFailed', what: 'change' }, request: null };
      return {
        ...flow,
        screen: afterAnswer(flow.question, screen.saving.value, screen.earlier.responseId),
        request: null,
      };
    }
    case 'additionSaved':
    case 'additionNotSaved': {
      if (!awaited(flow, event.id, 'addFollowUp', 'addComment')) return flow;
      if (event.type === 'additionNotSaved')
        return { ...flow, screen: { name: 'amendFailed', what: 'addition' }, request: null };
      if (screen.name === 'followUp')
        return { ...flow, screen: afterFollowUp(flow.question, screen), request: null };
      if (screen.name === 'comment')
        return { ...flow, screen: { name: 'thanks', hardest: screen.hardest }, draft: '', request: null };
      return flow;
    }
    case 'timeUp':
      return flow.timers[event.timer] === event.dueAt ? timeUp(flow, event) : flow;
    case 'adminOpened':
      return flow.adminOpen ? flow : { ...flow, adminOpen: true };
    case 'adminClosed':
      return flow.adminOpen ? startOver(flow) : flow;
  }
}

/** What a clock running out does. */
function timeUp(flow: KioskFlow, event: Extract<FlowEvent, { type: 'timeUp' }>): KioskFlow {
  const { screen } = flow;
  switch (event.timer) {
    case 'slowSave':
      return screen.name === 'asking' && screen.saving
        ? { ...flow, screen: { ...screen, saving: { ...screen.saving, slow: true } } }
        : flow;
    case 'screenEnds':
      return startOver(screen.name === 'thanks' ? { ...flow, lastThanksEndedAt: event.at } : flow);
    case 'idle':
      return { ...flow, idleWarning: true };
    case 'recheck':
      return withRequest(flow, { call: 'recheck' });
  }
}

/** The request the flow waits for, if `id` names it and it is one of `calls`. */
function awaited(flow: KioskFlow, id: number, ...calls: Request['call'][]): Request | null {
  return flow.request?.id === id && calls.includes(flow.request.call) ? flow.request : null;
}
