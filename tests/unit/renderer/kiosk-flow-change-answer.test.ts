import assert from 'node:assert/strict';
import { test } from 'node:test';
import { next, type FlowEvent, type Happening, type KioskFlow } from '../../../renderer/kiosk/flow/index.ts';
import { display, kiosk, question, shown } from '../../helpers/kiosk-flow.ts';

test('change my answer from the follow-up: the faces show the earlier choice, the new tap changes the one answer', () => {
  const k = kiosk();
  k.tap(2);
  k.saved('response-1');
  assert.deepEqual(shown(k.flow(), 'followUp').chips, question.followUps.negative);

  k.send({ type: 'changeMyAnswer' });
  assert.deepEqual(k.flow().screen, {
    name: 'asking',
    saving: null,
    earlier: { responseId: 'response-1', value: 2 },
  });
  assert.equal(k.flow().request, null, 'going back stores nothing');

  k.tap(5);
  assert.deepEqual(k.flow().request, {
    id: k.flow().requests,
    call: 'changeAnswer',
    input: { responseId: 'response-1', value: 5 },
  });
  k.changed();
  assert.deepEqual(k.flow().screen, {
    name: 'followUp',
    responseId: 'response-1',
    value: 5,
    chips: question.followUps.positive,
    hardest: false,
    sending: false,
  });

  k.send({ type: 'skipFollowUp' });
  k.comment('Hyvä päivä');
  assert.deepEqual(k.flow().request, {
    id: k.flow().requests,
    call: 'addComment',
    input: { responseId: 'response-1', text: 'Hyvä päivä' },
  });
  k.added();
  assert.equal(k.flow().screen.name, 'thanks');
  assert.deepEqual(k.calls, ['submitResponse', 'changeAnswer', 'addComment']);
  assert.equal(
    k.calls.filter((call) => call === 'submitResponse').length,
    1,
    'stored once, the final choice',
  );
});

test('change my answer from the comment step keeps the words typed, and sends them with the new answer', () => {
  const k = kiosk();
  k.tap(4);
  k.saved('response-1');
  k.send({ type: 'skipFollowUp' });
  k.send({ type: 'typeComment', text: 'Kahvi oli hyvää' });
  k.send({ type: 'changeMyAnswer' });
  assert.deepEqual(shown(k.flow(), 'asking').earlier, { responseId: 'response-1', value: 4 });

  k.tap(3);
  k.changed();
  // The middle answer has no chips: straight to the words, which are still there.
  assert.deepEqual(k.flow().screen, {
    name: 'comment',
    responseId: 'response-1',
    value: 3,
    hardest: false,
    sending: false,
  });
  assert.equal(k.flow().draft, 'Kahvi oli hyvää');
  k.send({ type: 'sendComment' });
  assert.deepEqual(k.flow().request, {
    id: k.flow().requests,
    call: 'addComment',
    input: { responseId: 'response-1', text: 'Kahvi oli hyvää' },
  });
  k.added();
  assert.equal(k.flow().draft, '', 'sent words are not kept');
});

test('the thank-you follows the final choice: help after the hardest answer only if it is the final one', () => {
  const toHardest = kiosk();
  toHardest.tap(4);
  toHardest.saved();
  toHardest.send({ type: 'changeMyAnswer' });
  toHardest.tap(1);
  toHardest.changed();
  assert.equal(shown(toHardest.flow(), 'followUp').hardest, true);
  toHardest.send({ type: 'skipFollowUp' });
  toHardest.send({ type: 'skipComment' });
  assert.deepEqual(toHardest.flow().screen, { name: 'thanks', hardest: true });

  const fromHardest = kiosk();
  fromHardest.tap(1);
  fromHardest.saved();
  fromHardest.send({ type: 'changeMyAnswer' });
  fromHardest.tap(4);
  fromHardest.changed();
  fromHardest.send({ type: 'skipFollowUp' });
  fromHardest.send({ type: 'skipComment' });
  assert.deepEqual(fromHardest.flow().screen, { name: 'thanks', hardest: false });
});

test('the same face again keeps the answer as it was and goes on', () => {
  const k = kiosk();
  k.tap(2);
  k.saved('response-1');
  k.send({ type: 'changeMyAnswer' });
  k.tap(2);
  assert.equal(k.flow().request?.call, 'changeAnswer');
  k.changed();
  assert.equal(shown(k.flow(), 'followUp').value, 2);
});

test('back on the faces to change: someone is mid-answer, so the idle wait runs and no recheck changes the question', () => {
  const k = kiosk();
  k.tap(2);
  k.saved();
  k.send({ type: 'changeMyAnswer' });
  assert.deepEqual(k.flow().timers, { idle: k.now + display.idleSeconds * 1000 });

  k.wait(display.idleSeconds * 1000);
  assert.equal(k.flow().idleWarning, true);
  const requestsBefore = k.flow().requests;
  k.send({ type: 'walkedAway' });
  assert.equal(k.flow().screen.name, 'loading');
  assert.equal(k.flow().requests, requestsBefore + 1, 'only the next start screen: the first answer stays');
  assert.equal(k.flow().request?.call, 'start');
});

test('a slow change says "saving" and keeps the earlier choice marked; a failed change says the first answer is kept', () => {
  const k = kiosk();
  k.tap(2);
  k.saved();
  k.send({ type: 'changeMyAnswer' });
  k.tap(5);
  k.wait(150);
  assert.deepEqual(k.flow().screen, {
    name: 'asking',
    saving: { value: 5, slow: true },
    earlier: { responseId: 'response-1', value: 2 },
  });
  const waiting = k.flow();
  k.tap(4);
  assert.equal(k.flow(), waiting, 'a tap while the change is stored is not another change');

  k.notChanged();
  assert.deepEqual(k.flow().screen, { name: 'amendFailed', what: 'change' });
  k.wait(15_000);
  assert.equal(k.flow().screen.name, 'loading');
});

test('changing makes no sense where no answer waits for its steps: the flow stays exactly as it was', () => {
  const atStart = kiosk();
  const sendingChip = kiosk();
  sendingChip.tap(4);
  sendingChip.saved();
  sendingChip.send({ type: 'chooseFollowUp', followUpId: 'got-help' });
  const thanks = kiosk();
  thanks.tap(5);
  thanks.saved();
  thanks.send({ type: 'skipFollowUp' });
  thanks.send({ type: 'skipComment' });
  const helpOverFollowUp = kiosk();
  helpOverFollowUp.tap(4);
  helpOverFollowUp.saved();
  helpOverFollowUp.send({ type: 'openAside', aside: 'help' });
  const onFollowUp = kiosk();
  onFollowUp.tap(4);
  onFollowUp.saved();

  const cases: [string, KioskFlow, Happening][] = [
    ['on the start screen', atStart.flow(), { type: 'changeMyAnswer' }],
    ['while a chip is sent', sendingChip.flow(), { type: 'changeMyAnswer' }],
    ['on the thank-you', thanks.flow(), { type: 'changeMyAnswer' }],
    ['under help', helpOverFollowUp.flow(), { type: 'changeMyAnswer' }],
    ['a change saved that was never sent', onFollowUp.flow(), { type: 'changeSaved', id: 1 }],
    ['a failed change never sent', onFollowUp.flow(), { type: 'changeNotSaved', id: 1 }],
  ];
  for (const [what, flow, happening] of cases) {
    assert.equal(next(flow, { ...happening, at: 50_000 } as FlowEvent), flow, what);
  }
});
