import assert from 'node:assert/strict';
import { test } from 'node:test';
import { methodsOf } from '../../../../../shared/contract/index.ts';
import { createDispatcher } from '../../../../../electron/core/dispatch.ts';
import { AppError } from '../../../../../electron/core/errors.ts';
import { changeLogShown } from '../../../../../electron/core/kiosk/change-log.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { kioskAtReception, tableRows, testPin } from '../../../../helpers/admin-kiosk.ts';

test('a settings change logs each setting whose value really changed, with its new value', async () => {
  const { kiosk, time, token } = await kioskAtReception(new Date(2026, 10, 17, 9, 41, 59));
  const settings = await kiosk.handlers['admin.updateSettings']({
    token,
    patch: {
      idleSeconds: 90,
      thankYouSeconds: 5,
      centreName: 'Päiväkeskus Majakka',
      languages: ['fi', 'selko'],
    },
  });
  assert.deepEqual(
    [settings.idleSeconds, settings.centreName, settings.languages],
    [90, 'Päiväkeskus Majakka', ['fi', 'selko']],
  );
  time.advanceSeconds(60);
  await kiosk.handlers['admin.updateSettings']({ token, patch: { centreName: null } });
  assert.deepEqual(kiosk.changeLog.entries().slice(0, 4), [
    { at: '2026-11-17T09:42', subject: 'centreName', detail: 'null', change: null },
    { at: '2026-11-17T09:41', subject: 'idleSeconds', detail: '90', change: null },
    { at: '2026-11-17T09:41', subject: 'languages', detail: '["fi","selko"]', change: null },
    { at: '2026-11-17T09:41', subject: 'centreName', detail: 'Päiväkeskus Majakka', change: null },
  ]);
  assert.ok(
    !kiosk.changeLog.entries().some((entry) => entry.subject === 'thankYouSeconds'),
    'an unchanged value is not logged',
  );
  assert.deepEqual(await kiosk.handlers['admin.settings']({ token }), kiosk.settings.read());
});

test('a bad setting is refused naming it, and nothing of the patch is kept or logged', async () => {
  const { kiosk, token } = await kioskAtReception();
  const before = { settings: tableRows(kiosk, 'settings'), log: tableRows(kiosk, 'change_log') };
  const bad: [Record<string, unknown>, RegExp][] = [
    [{ idleSeconds: 60, languages: ['fi', 'de'] }, /languages\.1: a language is one of fi, sv, en, selko/],
    [{ languages: [] }, /languages: offer at least one language/],
    [{ languages: ['fi', 'fi'] }, /languages: each language is offered once/],
    [{ kioskName: '   ' }, /kioskName/],
    [{ thankYouSeconds: 1 }, /thankYouSeconds/],
    [{ openingHours: { mon: null } }, /openingHours/],
  ];
  for (const [patch, reason] of bad) {
    assert.throws(
      () => kiosk.settings.update(patch),
      (error: unknown) =>
        error instanceof AppError && error.code === 'bad_request' && reason.test(error.message),
      JSON.stringify(patch),
    );
  }
  // Over the contract, the same patch never reaches the store.
  const dispatch = createDispatcher('kiosk', kiosk.handlers, silentLog);
  const refused = await dispatch('admin.updateSettings', { token, patch: { languages: ['de'] } });
  assert.equal(refused.ok, false);
  assert.deepEqual({ settings: tableRows(kiosk, 'settings'), log: tableRows(kiosk, 'change_log') }, before);
});

test('the client screen learns which languages to offer', async () => {
  const { kiosk } = await kioskAtReception();
  assert.deepEqual((await kiosk.handlers['kiosk.display']({})).languages, ['fi', 'sv', 'en', 'selko']);
  kiosk.settings.update({ languages: ['sv', 'fi'] });
  assert.deepEqual((await kiosk.handlers['kiosk.display']({})).languages, ['sv', 'fi']);
});

test('the change log shows the newest hundred entries, newest first', async () => {
  const { kiosk, time, unlock } = await kioskAtReception();
  for (let seconds = 15; seconds < 15 + changeLogShown + 20; seconds++) {
    time.advanceSeconds(60);
    kiosk.settings.update({ idleSeconds: seconds });
  }
  const { entries } = await kiosk.handlers['admin.changeLog']({ token: await unlock() });
  assert.equal(entries.length, changeLogShown);
  assert.equal(entries[0]!.detail, String(14 + changeLogShown + 20));
  assert.ok(entries.every((entry, index) => index === 0 || entry.at < entries[index - 1]!.at));
  assert.ok(entries.every((entry) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(entry.at)));
});

test('no answer, chip or comment of a client ever reaches the change log', async () => {
  const { kiosk, token } = await kioskAtReception();
  const question = kiosk.bank.entry('felt-heard').question;
  for (const value of [1, 2, 3, 4, 5]) {
    const { responseId } = kiosk.responses.submit({
      questionId: question.id,
      questionVersion: question.version,
      value,
    });
    if (value === 1) kiosk.responses.addFollowUp(responseId, question.followUps.negative[0]!.id);
    if (value === 5) kiosk.responses.addComment(responseId, 'Kahvi oli kylmää mutta Liisa auttoi');
  }
  await kiosk.handlers['admin.askNow']({ token, questionId: 'felt-heard' });
  await kiosk.handlers['admin.updateSettings']({
    token,
    patch: { repeatWindowSeconds: 0, centreContact: 'Kysy ohjaajalta' },
  });
  await kiosk.handlers['admin.archiveQuestion']({ token, questionId: 'the-rooms', archived: true });
  await kiosk.handlers['admin.changePin']({ token, currentPin: testPin, newPin: '777777' });

  const logged = JSON.stringify(tableRows(kiosk, 'change_log'));
  const responses = kiosk.db
    .prepare<[], { id: string; comment: string | null; follow_up: string | null }>(
      'SELECT id, comment, follow_up FROM responses',
    )
    .all();
  for (const response of responses) {
    assert.ok(!logged.includes(response.id));
    if (response.comment !== null) assert.ok(!logged.includes('Liisa') && !logged.includes(response.comment));
    if (response.follow_up !== null) assert.ok(!logged.includes(response.follow_up));
  }
  assert.deepEqual(
    kiosk.changeLog.entries().map((entry) => entry.subject),
    ['pin', 'question', 'centreContact', 'repeatWindowSeconds', 'schedule', 'pin'],
  );
});

test('reception sees how many answers were given today, as one number, and it starts again at midnight', async () => {
  const { kiosk, time, token, unlock } = await kioskAtReception(new Date(2026, 10, 17, 22, 0));
  const answer = (value: number) =>
    kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 2, value });
  [1, 5, 5].forEach(answer);
  const status = await kiosk.handlers['admin.status']({ token });
  assert.equal(status.answersToday, 3);
  assert.equal(status.pendingAnswers, 3);
  time.advanceSeconds(2 * 3600);
  answer(3);
  const nextDay = await kiosk.handlers['admin.status']({ token: await unlock() });
  assert.deepEqual([nextDay.answersToday, nextDay.pendingAnswers], [1, 4]);
});

test('closing the kiosk from the admin view answers first, then runs the exit hook', async () => {
  let exits = 0;
  const { kiosk, token } = await kioskAtReception(undefined, { onExit: () => exits++ });
  assert.deepEqual(await kiosk.handlers['admin.exit']({ token }), {});
  assert.equal(exits, 0, 'not before the answer is on its way');
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(exits, 1);
  assert.throws(() => kiosk.handlers['admin.exit']({ token: 'A'.repeat(43) }), /locked itself/);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(exits, 1, 'never without an open admin view');
});

test('a kiosk started without an exit hook says it cannot be closed from here', async () => {
  const { kiosk, token } = await kioskAtReception();
  assert.throws(
    () => kiosk.handlers['admin.exit']({ token }),
    (error: unknown) => error instanceof AppError && error.code === 'not_ready',
  );
});

test('every admin method but the PIN pad’s own refuses a call without an open session, and changes nothing', async () => {
  const { kiosk } = await kioskAtReception();
  const dispatch = createDispatcher('kiosk', kiosk.handlers, silentLog);
  const token = 'A'.repeat(43);
  const inputs: Record<string, unknown> = {
    'admin.changePin': { token, currentPin: testPin, newPin: '123456' },
    'admin.updateSettings': { token, patch: { idleSeconds: 100 } },
    'admin.addQuestion': {
      token,
      draft: {
        scale: 'yes-no',
        texts: { fi: 'Hei?' },
        followUps: { positive: [], negative: [] },
        freeText: false,
        area: null,
        itemCode: null,
      },
      verbatim: false,
    },
    'admin.editQuestion': {
      token,
      questionId: 'felt-heard',
      draft: {
        scale: 'yes-no',
        texts: { fi: 'Hei?' },
        followUps: { positive: [], negative: [] },
        freeText: false,
        area: null,
        itemCode: null,
      },
    },
    'admin.archiveQuestion': { token, questionId: 'felt-heard', archived: true },
    'admin.setSchedule': { token, plan: { defaultQuestionId: 'felt-heard', weekdays: {}, ranges: [] } },
    'admin.askNow': { token, questionId: 'felt-heard' },
    'admin.exportToStick': { token, path: '/media/reception/STICK' },
    'admin.lanPair': { token, address: '127.0.0.1:4781' },
    'admin.lanHello': { token, address: '127.0.0.1:4781' },
  };
  const tables = [
    'settings',
    'questions',
    'question_bank',
    'schedule',
    'change_log',
    'admin_access',
    'lan_receiver',
  ];
  const before = tables.map((table) => tableRows(kiosk, table));
  const open = new Set(['admin.access', 'admin.setFirstPin', 'admin.unlock', 'admin.lock']);
  const guarded = methodsOf('kiosk').filter((method) => method.startsWith('admin.') && !open.has(method));
  assert.equal(guarded.length, 21);
  for (const method of guarded) {
    const result = await dispatch(method, inputs[method] ?? { token });
    assert.deepEqual(result.ok ? null : result.error.code, 'forbidden', method);
  }
  assert.deepEqual(
    tables.map((table) => tableRows(kiosk, table)),
    before,
  );
});
