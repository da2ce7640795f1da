import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  next,
  type FlowEvent,
  type Happening,
  type KioskFlow,
  type Request,
} from '../../../renderer/kiosk/flow/index.ts';
import {
  closedToday,
  display,
  kiosk,
  openToday,
  question,
  shown,
  withQuestion,
} from '../../helpers/kiosk-flow.ts';

/** What the tapped answer is saved as. */
const submitted = (flow: KioskFlow) => {
  assert.equal(flow.request?.call, 'submitResponse');
  return flow.request.input;
};

test('an answer: saved at the tap, its chips, a chip, the words, then the thank-you for its seconds', () => {
  const k = kiosk();
  assert.deepEqual(k.flow().screen, { name: 'asking', saving: null, earlier: null });
  k.tap(2);
  assert.deepEqual(submitted(k.flow()), {
    questionId: 'visit-today',
    questionVersion: 2,
    value: 2,
    repeat: false,
    language: 'fi',
  });
  k.saved('response-1');
  assert.deepEqual(k.flow().screen, {
    name: 'followUp',
    responseId: 'response-1',
    value: 2,
    chips: question.followUps.negative,
    hardest: false,
    sending: false,
  });
  assert.equal(k.flow().request, null);

  k.send({ type: 'chooseFollowUp', followUpId: 'no-help' });
  assert.deepEqual(k.flow().request, {
    id: k.flow().requests,
    call: 'addFollowUp',
    input: { responseId: 'response-1', followUpId: 'no-help' },
  });
  k.added();
  assert.deepEqual(k.flow().screen, {
    name: 'comment',
    responseId: 'response-1',
    value: 2,
    hardest: false,
    sending: false,
  });

  k.comment('Kahvi loppui');
  assert.deepEqual(k.flow().request, {
    id: k.flow().requests,
    call: 'addComment',
    input: { responseId: 'response-1', text: 'Kahvi loppui' },
  });
  assert.deepEqual(k.flow().screen, {
    name: 'comment',
    responseId: 'response-1',
    value: 2,
    hardest: false,
    sending: true,
  });
  k.added();
  assert.deepEqual(k.flow().screen, { name: 'thanks', hardest: false });
  assert.deepEqual(k.flow().timers, { screenEnds: k.now + 5_000 });

  k.wait(4_999);
  assert.equal(k.flow().screen.name, 'thanks');
  k.wait(1);
  assert.equal(k.flow().screen.name, 'loading');
  assert.equal(k.flow().request?.call, 'start');
  k.fetched();
  assert.deepEqual(k.flow().screen, { name: 'asking', saving: null, earlier: null });
});

test('the thank-you stands as long as the centre set', () => {
  const k = kiosk({ ...openToday, display: { ...display, thankYouSeconds: 8 } });
  k.tap(3);
  k.saved();
  k.send({ type: 'skipComment' });
  assert.deepEqual(k.flow().timers, { screenEnds: k.now + 8_000 });
});

test('follow-up chips follow the tone: bad answers get bad reasons, good ones good, the middle none', () => {
  const good = kiosk();
  good.tap(4);
  good.saved();
  assert.equal(shown(good.flow(), 'followUp').chips, question.followUps.positive);

  const middle = kiosk();
  middle.tap(3);
  middle.saved();
  assert.equal(middle.flow().screen.name, 'comment');

  const noWords = kiosk(withQuestion({ freeText: false, followUps: { positive: [], negative: [] } }));
  noWords.tap(5);
  noWords.saved();
  assert.deepEqual(noWords.flow().screen, { name: 'thanks', hardest: false });
});

test('the follow-up and the comment are each skipped with one tap, and nothing more is sent', () => {
  const k = kiosk();
  k.tap(4);
  k.saved();
  k.send({ type: 'skipFollowUp' });
  assert.equal(k.flow().screen.name, 'comment');
  assert.equal(k.flow().request, null);
  k.send({ type: 'skipComment' });
  assert.deepEqual(k.flow().screen, { name: 'thanks', hardest: false });
  assert.equal(k.flow().request, null);
  assert.equal(k.flow().requests, 1, 'only the answer was sent');
});

test('the hardest answer: the thank-you says where help is and stands 20 seconds', () => {
  const k = kiosk();
  k.tap(1);
  k.saved();
  assert.equal(shown(k.flow(), 'followUp').hardest, true);
  k.send({ type: 'skipFollowUp' });
  k.send({ type: 'skipComment' });
  assert.deepEqual(k.flow().screen, { name: 'thanks', hardest: true });
  assert.deepEqual(k.flow().timers, { screenEnds: k.now + 20_000 });
});

test('a slow save says "saving" after 150 ms; taps meanwhile are not more answers', () => {
  const k = kiosk();
  k.tap(4);
  assert.deepEqual(k.flow().screen, { name: 'asking', saving: { value: 4, slow: false }, earlier: null });
  assert.equal(k.flow().timers.slowSave, k.now + 150);
  const saving = k.flow();
  k.tap(5);
  assert.equal(k.flow(), saving);
  k.wait(149);
  assert.equal(shown(k.flow(), 'asking').saving?.slow, false);
  k.wait(1);
  assert.deepEqual(k.flow().screen, { name: 'asking', saving: { value: 4, slow: true }, earlier: null });
  assert.equal(k.flow().timers.slowSave, undefined);
  k.saved();
  assert.equal(k.flow().screen.name, 'followUp');
  assert.equal(k.flow().timers.slowSave, undefined);
});

test('idle warning: a follow-up left untouched for the idle seconds warns; every touch starts the wait again', () => {
  const k = kiosk();
  k.tap(4);
  k.saved();
  assert.equal(k.flow().timers.idle, k.now + 45_000);
  k.wait(30_000);
  k.send({ type: 'activity' });
  assert.equal(k.flow().timers.idle, k.now + 45_000);
  k.wait(44_999);
  assert.equal(k.flow().idleWarning, false);
  k.wait(1);
  assert.equal(k.flow().idleWarning, true);
  assert.equal(k.flow().timers.idle, undefined, 'the warning counts down by itself');
  assert.equal(k.flow().screen.name, 'followUp');
  const warned = k.flow();
  k.send({ type: 'activity' });
  assert.equal(k.flow(), warned, 'only More time takes the warning away');
});

test('more time: the warning goes, the screen stays as it was, and the wait starts again', () => {
  const k = kiosk();
  k.tap(3);
  k.saved();
  const comment = k.flow().screen;
  k.wait(45_000);
  assert.equal(k.flow().idleWarning, true);
  k.wait(5_000);
  k.send({ type: 'moreTime' });
  assert.equal(k.flow().idleWarning, false);
  assert.equal(k.flow().screen, comment, 'the same comment step, so what was typed stays');
  assert.equal(k.flow().timers.idle, k.now + 45_000);
});

test('an answer goes with the language the screen is in when it is tapped', () => {
  const k = kiosk();
  k.send({ type: 'chooseLanguage', language: 'sv' });
  k.tap(4);
  assert.equal(submitted(k.flow()).language, 'sv');
});

test('walk away: after the warning the next person gets the start, in the first language, with normal text', () => {
  const k = kiosk();
  k.send({ type: 'chooseLanguage', language: 'en' });
  k.send({ type: 'toggleLargeText' });
  k.send({ type: 'readAloudUsed' });
  k.wait(45_000);
  assert.equal(k.flow().idleWarning, true);
  k.send({ type: 'walkedAway' });
  assert.deepEqual(k.flow().screen, { name: 'loading' });
  assert.deepEqual(k.flow().person, { language: 'fi', largeText: false, readAloudUsed: false });
  assert.equal(k.flow().idleWarning, false);
  assert.deepEqual(k.flow().timers, {});
  k.fetched();
  assert.deepEqual(k.flow().screen, { name: 'asking', saving: null, earlier: null });
  assert.equal(k.flow().timers.idle, undefined, 'an unchanged start screen needs no warning');
});

test('walk away while typing a comment: the unsent words are never sent, the answer stays saved', () => {
  const k = kiosk();
  k.tap(4);
  k.saved();
  k.send({ type: 'skipFollowUp' });
  for (let key = 0; key < 20; key++) {
    k.wait(1_000);
    k.send({ type: 'activity' });
    k.send({ type: 'typeComment', text: 'Aamulla oli jono'.slice(0, key + 1) });
  }
  k.wait(44_000);
  assert.equal(k.flow().idleWarning, false, 'typing keeps the warning away');
  k.wait(1_000);
  assert.equal(k.flow().idleWarning, true);
  assert.equal(k.flow().draft, 'Aamulla oli jono', 'the warning can say the words will go');
  k.send({ type: 'walkedAway' });
  assert.equal(k.flow().screen.name, 'loading');
  assert.equal(k.flow().draft, '', 'the next person does not find them');
  assert.equal(k.flow().request?.call, 'start');
  assert.equal(k.flow().requests, 2, 'the answer and the next start screen; no comment');
});

test('the start screen warns only once this person changed it: language or text size', () => {
  const k = kiosk();
  assert.equal(k.flow().timers.idle, undefined);
  k.send({ type: 'chooseLanguage', language: 'sv' });
  assert.equal(k.flow().timers.idle, k.now + 45_000);
  k.send({ type: 'chooseLanguage', language: 'fi' });
  assert.equal(k.flow().timers.idle, undefined);
  k.send({ type: 'toggleLargeText' });
  assert.equal(k.flow().timers.idle, k.now + 45_000);
});

test('repeat: a tap within the repeat window after a thank-you ended is flagged; later, or before any, not', () => {
  const k = kiosk();
  const answerAndThank = (value: number) => {
    k.tap(value);
    const input = submitted(k.flow());
    k.saved();
    k.send({ type: 'skipFollowUp' });
    k.send({ type: 'skipComment' });
    k.wait(5_000);
    k.fetched();
    return input.repeat;
  };
  assert.equal(answerAndThank(4), false, 'no thank-you before it');
  k.wait(9_999);
  assert.equal(answerAndThank(4), true, 'just inside ten seconds');
  k.wait(10_000);
  assert.equal(answerAndThank(5), false, 'ten seconds after');

  const noRepeats = { ...openToday, display: { ...display, repeatWindowSeconds: 0 } };
  const never = kiosk(noRepeats);
  never.tap(4);
  never.saved();
  never.send({ type: 'skipFollowUp' });
  never.send({ type: 'skipComment' });
  never.wait(5_000);
  never.fetched(noRepeats);
  never.tap(4);
  assert.equal(submitted(never.flow()).repeat, false, 'a window of 0 flags nothing');
});

test('failure to save: no thank-you; the client can go back at once, or the screen returns by itself', () => {
  const k = kiosk();
  k.tap(4);
  k.notSaved();
  assert.deepEqual(k.flow().screen, { name: 'failed' });
  assert.deepEqual(k.flow().timers, { screenEnds: k.now + 15_000 });
  k.send({ type: 'backToStart' });
  assert.equal(k.flow().screen.name, 'loading');
  k.fetched();
  k.tap(5);
  assert.equal(submitted(k.flow()).value, 5, 'the next answer goes through as usual');

  const left = kiosk();
  left.tap(4);
  left.notSaved();
  left.wait(15_000);
  assert.equal(left.flow().screen.name, 'loading');
  assert.equal(left.flow().lastThanksEndedAt, null, 'a failure is no thank-you');
});

test('failure to save a follow-up or a comment says the answer itself is saved, and returns to the start', () => {
  for (const add of [
    (k: ReturnType<typeof kiosk>) => k.send({ type: 'chooseFollowUp', followUpId: 'got-help' }),
    (k: ReturnType<typeof kiosk>) => {
      k.send({ type: 'skipFollowUp' });
      k.comment('Hyvä päivä');
    },
  ]) {
    const k = kiosk();
    k.tap(4);
    k.saved();
    add(k);
    k.notAdded();
    assert.deepEqual(k.flow().screen, { name: 'amendFailed', what: 'addition' });
    assert.deepEqual(k.flow().timers, { screenEnds: k.now + 15_000 });
    k.wait(15_000);
    assert.equal(k.flow().screen.name, 'loading');
  }
});

test('help over the thank-you: the thank-you does not run out under it, and gets its full time back after', () => {
  const k = kiosk();
  k.tap(1);
  k.saved();
  k.send({ type: 'skipFollowUp' });
  k.send({ type: 'skipComment' });
  k.wait(10_000);
  k.send({ type: 'openAside', aside: 'help' });
  assert.equal(k.flow().aside, 'help');
  assert.deepEqual(k.flow().timers, { idle: k.now + 45_000 }, 'only the idle wait runs under help');
  k.wait(30_000);
  assert.deepEqual(k.flow().screen, { name: 'thanks', hardest: true });
  k.send({ type: 'closeAside' });
  assert.deepEqual(k.flow().timers, { screenEnds: k.now + 20_000 });
  k.wait(19_999);
  assert.equal(k.flow().screen.name, 'thanks');
  k.wait(1);
  assert.equal(k.flow().screen.name, 'loading');
});

test('help left open and untouched warns, then returns to the start', () => {
  const k = kiosk();
  k.send({ type: 'openAside', aside: 'help' });
  k.wait(45_000);
  assert.equal(k.flow().idleWarning, true);
  k.send({ type: 'walkedAway' });
  assert.equal(k.flow().aside, null);
  assert.equal(k.flow().screen.name, 'loading');
});

test('the waiting screens ask the core again every minute; a change shows, the person keeps their choices', () => {
  const k = kiosk(closedToday);
  assert.deepEqual(k.flow().timers, { recheck: k.now + 60_000 });
  k.wait(60_000);
  assert.equal(k.flow().request?.call, 'recheck');
  assert.deepEqual(k.flow().timers, { recheck: k.now + 60_000 }, 'asked again a minute later if no answer');
  k.fetched(openToday);
  assert.deepEqual(k.flow().screen, { name: 'asking', saving: null, earlier: null });

  k.send({ type: 'chooseLanguage', language: 'sv' });
  k.wait(60_000);
  const newWording = withQuestion({ version: 3 });
  k.fetched(newWording);
  assert.equal(k.flow().question?.version, 3);
  assert.equal(k.flow().person.language, 'sv');

  k.wait(60_000);
  k.fetched(null);
  assert.equal(k.flow().screen.name, 'asking', 'a failed check changes nothing');
});

test('a check that comes back after the person tapped is not applied: their answer is being saved', () => {
  const k = kiosk();
  k.wait(60_000);
  const check = k.flow().request!;
  k.tap(4);
  const saving = k.flow();
  k.send({ type: 'startFetched', id: check.id, start: closedToday });
  assert.equal(k.flow(), saving);
  assert.equal(k.flow().timers.recheck, undefined, 'no checks while an answer is saved');
});

test('closed: no answers are taken, and the kiosk opens when a check says so', () => {
  const k = kiosk(closedToday);
  assert.deepEqual(k.flow().screen, { name: 'closed', opensNext: { weekday: 'mon', time: '08:00' } });
  const closed = k.flow();
  k.tap(4);
  assert.equal(k.flow(), closed);
});

test('unavailable: without the start screen’s data the kiosk says so and tries again after 5 seconds', () => {
  const k = kiosk(null);
  assert.deepEqual(k.flow().screen, { name: 'unavailable' });
  assert.deepEqual(k.flow().timers, { screenEnds: k.now + 5_000 });
  k.wait(5_000);
  assert.equal(k.flow().request?.call, 'start');
  k.fetched(null);
  assert.deepEqual(k.flow().screen, { name: 'unavailable' });
  k.wait(5_000);
  k.fetched(openToday);
  assert.deepEqual(k.flow().screen, { name: 'asking', saving: null, earlier: null });
  assert.equal(k.flow().person.language, 'fi');
});

test('reception’s area stops every clock, and closing it gives the next person a fresh start', () => {
  const k = kiosk();
  k.tap(4);
  k.saved();
  k.send({ type: 'adminOpened' });
  assert.deepEqual(k.flow().timers, {});
  k.wait(10 * 60_000);
  assert.equal(k.flow().screen.name, 'followUp');
  k.send({ type: 'adminClosed' });
  assert.equal(k.flow().adminOpen, false);
  assert.equal(k.flow().screen.name, 'loading');
});

test('events that make no sense where the flow is leave it exactly as it was', () => {
  const atStart = kiosk();
  const onFollowUp = kiosk();
  onFollowUp.tap(4);
  onFollowUp.saved();
  const sending = kiosk();
  sending.tap(4);
  sending.saved();
  sending.send({ type: 'chooseFollowUp', followUpId: 'got-help' });
  const thanks = kiosk();
  thanks.tap(5);
  thanks.saved();
  thanks.send({ type: 'skipFollowUp' });
  thanks.send({ type: 'skipComment' });
  const aboutOpen = kiosk();
  aboutOpen.send({ type: 'openAside', aside: 'about' });
  const onComment = kiosk();
  onComment.tap(3);
  onComment.saved();

  const cases: [string, KioskFlow, Happening][] = [
    ['a tap on the thank-you', thanks.flow(), { type: 'answer', value: 4 }],
    ['a chip on the start screen', atStart.flow(), { type: 'chooseFollowUp', followUpId: 'got-help' }],
    ['skipping the comment on the follow-up', onFollowUp.flow(), { type: 'skipComment' }],
    [
      'a second chip while the first is sent',
      sending.flow(),
      { type: 'chooseFollowUp', followUpId: 'no-help' },
    ],
    ['skipping while a chip is sent', sending.flow(), { type: 'skipFollowUp' }],
    ['words on the follow-up', onFollowUp.flow(), { type: 'typeComment', text: 'x' }],
    ['sending an empty comment', onComment.flow(), { type: 'sendComment' }],
    ['back to start without a failure', atStart.flow(), { type: 'backToStart' }],
    ['a tap under About', aboutOpen.flow(), { type: 'answer', value: 4 }],
    ['About over the thank-you', thanks.flow(), { type: 'openAside', aside: 'about' }],
    ['closing what is not open', atStart.flow(), { type: 'closeAside' }],
    ['more time without a warning', onFollowUp.flow(), { type: 'moreTime' }],
    ['walking away without a warning', onFollowUp.flow(), { type: 'walkedAway' }],
    ['a touch with no idle wait running', atStart.flow(), { type: 'activity' }],
    ['a language on the thank-you', thanks.flow(), { type: 'chooseLanguage', language: 'en' }],
    ['an answer saved that was never sent', atStart.flow(), { type: 'answerSaved', id: 7, responseId: 'r' }],
    ['a failure for a call not waited for', onFollowUp.flow(), { type: 'answerNotSaved', id: 1 }],
    ['an addition saved that was never sent', onFollowUp.flow(), { type: 'additionSaved', id: 1 }],
    ['a start screen nobody asked for', thanks.flow(), { type: 'startFetched', id: 1, start: closedToday }],
    ['a clock that was stopped', thanks.flow(), { type: 'timeUp', timer: 'screenEnds', dueAt: 1 }],
    ['a clock that never ran', atStart.flow(), { type: 'timeUp', timer: 'idle', dueAt: 46_000 }],
    ['closing reception’s area when it is not open', atStart.flow(), { type: 'adminClosed' }],
  ];
  for (const [what, flow, happening] of cases) {
    assert.equal(next(flow, { ...happening, at: 50_000 } as FlowEvent), flow, what);
  }
});

test('a clock replaced before it fired is ignored when it fires late', () => {
  const k = kiosk();
  k.tap(4);
  k.saved();
  const first = k.flow().timers.idle!;
  k.wait(1_000);
  k.send({ type: 'activity' });
  const touched = k.flow();
  k.send({ type: 'timeUp', timer: 'idle', dueAt: first });
  assert.equal(k.flow(), touched);
});
