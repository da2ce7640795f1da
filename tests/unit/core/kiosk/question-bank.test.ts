import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { questionChangeSchema } from '../../../../shared/change-log-details.ts';
import type { BankEntry, QuestionDraft } from '../../../../shared/question-bank.ts';
import { openBatch } from '../../../../electron/core/batch/open-batch.ts';
import { AppError } from '../../../../electron/core/errors.ts';
import { generateSigningKeyPair } from '../../../../electron/core/keys/ed25519.ts';
import { describeStaffKey } from '../../../../electron/core/keys/staff-public-key-format.ts';
import { pairWithStaff } from '../../../../electron/core/kiosk/pairing.ts';
import { findQuestion } from '../../../../electron/core/kiosk/questions.ts';
import { kioskAtReception, tableRows } from '../../../helpers/admin-kiosk.ts';
import { todaysQuestion } from '../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const refusedAs = (code: string, message: RegExp) => (error: unknown) =>
  error instanceof AppError && error.code === code && message.test(error.message);

const coffeeDraft: QuestionDraft = {
  scale: 'smiley-3',
  texts: { fi: 'Oliko kahvi hyvää tänään?', en: 'Was the coffee good today?' },
  followUps: {
    positive: [],
    negative: [{ id: 'too-weak', texts: { fi: 'Liian laihaa' }, pictogram: 'coffee' }],
  },
  freeText: false,
  area: 'common-good',
  itemCode: null,
};

/** What reception's edit form starts from: the entry as it stands. */
const draftOf = ({
  question: { scale, texts, followUps, freeText },
  area,
  itemCode,
}: BankEntry): QuestionDraft => ({
  scale,
  texts,
  followUps,
  freeText,
  area,
  itemCode,
});

/** Pairs the kiosk with a new staff key, exports what it holds, and opens the one batch it writes. */
async function exportedBody(kiosk: Awaited<ReturnType<typeof kioskAtReception>>['kiosk']) {
  const ageIdentity = await generateX25519Identity();
  const recipient = await identityToRecipient(ageIdentity);
  pairWithStaff(kiosk.db, describeStaffKey(recipient, generateSigningKeyPair().publicKey));
  const { written } = await kiosk.exportTo(tempDir());
  assert.equal(written.length, 1);
  return openBatch(readFileSync(written[0]!.file), { identity: ageIdentity, recipient });
}

/** The newest change log entry, read as the admin view reads a change to the bank. */
const lastQuestionChange = (kiosk: Awaited<ReturnType<typeof kioskAtReception>>['kiosk']) =>
  questionChangeSchema.parse(JSON.parse(kiosk.changeLog.entries()[0]!.detail));

/** The bank's tables and the change log, to show that a refused change touched none of them. */
const bankState = (kiosk: Awaited<ReturnType<typeof kioskAtReception>>['kiosk']) => ({
  questions: tableRows(kiosk, 'questions'),
  bank: tableRows(kiosk, 'question_bank'),
  log: tableRows(kiosk, 'change_log'),
});

test('reception adds a question: the core names it from its English wording, as version 1, and logs it', async () => {
  const { kiosk, token } = await kioskAtReception();
  const added = await kiosk.handlers['admin.addQuestion']({ token, draft: coffeeDraft, verbatim: false });
  const { area, itemCode, ...asked } = coffeeDraft;
  assert.deepEqual(added, {
    question: { id: 'was-the-coffee-good-today', version: 1, ...asked },
    area,
    itemCode,
    verbatim: false,
    archived: false,
    scheduled: [],
  });
  const again = await kiosk.handlers['admin.addQuestion']({ token, draft: coffeeDraft, verbatim: true });
  assert.equal(again.question.id, 'was-the-coffee-good-today-2', 'an id is never shared by two questions');
  const finnishOnly = await kiosk.handlers['admin.addQuestion']({
    token,
    draft: { ...coffeeDraft, texts: { fi: 'Mitä pidät päivän ryhmästä?' } },
    verbatim: false,
  });
  assert.equal(finnishOnly.question.id, 'mita-pidat-paivan-ryhmasta');
  assert.deepEqual(
    kiosk.bank
      .entries()
      .slice(-3)
      .map((entry) => entry.question.id),
    ['was-the-coffee-good-today', 'was-the-coffee-good-today-2', 'mita-pidat-paivan-ryhmasta'],
    'new questions come last in the bank',
  );
  assert.deepEqual(
    kiosk.changeLog
      .entries()
      .slice(0, 3)
      .map(({ subject, detail }) => [subject, questionChangeSchema.parse(JSON.parse(detail))]),
    [
      ['question', { event: 'added', questionId: 'mita-pidat-paivan-ryhmasta', verbatim: false }],
      ['question', { event: 'added', questionId: 'was-the-coffee-good-today-2', verbatim: true }],
      ['question', { event: 'added', questionId: 'was-the-coffee-good-today', verbatim: false }],
    ],
  );
});

test('a question with an empty text, an unknown scale or twice the same chip is refused, naming what is wrong, and nothing is stored', async () => {
  const { kiosk, token } = await kioskAtReception();
  const before = bankState(kiosk);
  const bad: [unknown, RegExp][] = [
    [{ ...coffeeDraft, texts: { fi: '   ' } }, /texts\.fi: must not be empty/],
    [{ ...coffeeDraft, texts: { fi: 'Hyvä?', sv: '' } }, /texts\.sv: must not be empty/],
    [{ ...coffeeDraft, scale: 'stars-10' }, /scale/],
    [
      {
        ...coffeeDraft,
        followUps: {
          positive: [coffeeDraft.followUps.negative[0]],
          negative: coffeeDraft.followUps.negative,
        },
      },
      /its own id/,
    ],
  ];
  for (const [draft, reason] of bad) {
    assert.throws(() => kiosk.bank.add(draft, false), refusedAs('bad_request', reason));
    assert.throws(() => kiosk.bank.edit('felt-heard', draft), refusedAs('bad_request', reason));
  }
  assert.deepEqual(bankState(kiosk), before);
});

test('a changed wording is a new version; answers to version 1 keep pointing at the wording the client saw', async () => {
  const { kiosk, token } = await kioskAtReception();
  await kiosk.handlers['admin.askNow']({ token, questionId: 'felt-heard' });
  const first = await todaysQuestion(kiosk);
  assert.deepEqual([first.id, first.version], ['felt-heard', 1]);
  kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 1, value: 5 });

  const draft = draftOf(kiosk.bank.entry('felt-heard'));
  const reworded = { ...draft, texts: { ...draft.texts, fi: 'Kuunneltiinko sinua tänään?' } };
  const edited = await kiosk.handlers['admin.editQuestion']({
    token,
    questionId: 'felt-heard',
    draft: reworded,
  });
  assert.equal(edited.question.version, 2);
  assert.equal((await todaysQuestion(kiosk)).version, 2, 'the screen asks the new wording from now on');

  // A screen that loaded version 1 just before the change still gets its answer saved.
  kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 1, value: 4 });
  kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 2, value: 2 });
  assert.equal(findQuestion(kiosk.db, 'felt-heard', 1)!.texts.fi, first.texts.fi);
  assert.equal(findQuestion(kiosk.db, 'felt-heard', 2)!.texts.fi, 'Kuunneltiinko sinua tänään?');
  assert.deepEqual(
    kiosk.db
      .prepare('SELECT question_version AS version, count(*) AS n FROM responses GROUP BY question_version')
      .all(),
    [
      { version: 1, n: 2 },
      { version: 2, n: 1 },
    ],
  );
  assert.deepEqual(lastQuestionChange(kiosk), { event: 'edited', questionId: 'felt-heard', version: 2 });
});

test('a batch carries every version that was answered, old and new', async () => {
  const { kiosk } = await kioskAtReception();
  const draft = draftOf(kiosk.bank.entry('felt-safe'));
  kiosk.responses.submit({ questionId: 'felt-safe', questionVersion: 1, value: 4 });
  kiosk.bank.edit('felt-safe', { ...draft, texts: { ...draft.texts, en: 'Did you feel safe here today?' } });
  kiosk.responses.submit({ questionId: 'felt-safe', questionVersion: 2, value: 1 });

  const { body } = await exportedBody(kiosk);
  assert.deepEqual(
    body.questions.map((question) => [question.id, question.version, question.texts.en]).sort(),
    [
      ['felt-safe', 1, 'How safe did you feel here today?'],
      ['felt-safe', 2, 'Did you feel safe here today?'],
    ],
  );
});

test('a change of area alone is no new version, and an edit that changes nothing changes and logs nothing', async () => {
  const { kiosk } = await kioskAtReception();
  const draft = draftOf(kiosk.bank.entry('belong-here'));
  const before = bankState(kiosk);
  assert.deepEqual(kiosk.bank.edit('belong-here', draft), kiosk.bank.entry('belong-here'));
  // Key order and spaces around a text are not a change either: both are normalised on the way in.
  assert.deepEqual(
    kiosk.bank.edit('belong-here', {
      ...draft,
      texts: {
        selko: draft.texts.selko!,
        fi: ` ${draft.texts.fi} `,
        en: draft.texts.en!,
        sv: draft.texts.sv!,
      },
    }).question.version,
    1,
  );
  assert.deepEqual(bankState(kiosk), before, 'the same question saved again is no change');

  const moved = kiosk.bank.edit('belong-here', { ...draft, area: 'influencing' });
  assert.deepEqual([moved.question.version, moved.area], [1, 'influencing']);
  assert.deepEqual(tableRows(kiosk, 'questions'), before.questions, 'no version was added');
  assert.deepEqual(lastQuestionChange(kiosk), {
    event: 'edited',
    questionId: 'belong-here',
    area: 'influencing',
  });
});

test('a verbatim question keeps its wording: an edit of what it asks is refused and changes nothing, its area may change', async () => {
  const { kiosk, token } = await kioskAtReception();
  const thl = await kiosk.handlers['admin.addQuestion']({ token, draft: coffeeDraft, verbatim: true });
  const before = bankState(kiosk);
  for (const change of [
    { texts: { fi: 'Oliko kahvi hyvää?' } },
    { scale: 'smiley-5' as const },
    { freeText: true },
  ]) {
    assert.throws(
      () => kiosk.bank.edit(thl.question.id, { ...coffeeDraft, ...change, area: 'own-life' }),
      refusedAs('conflict', /word for word.*Add a new question with the new wording and archive this one/),
    );
  }
  assert.deepEqual(bankState(kiosk), before);
  assert.equal(kiosk.bank.edit(thl.question.id, { ...coffeeDraft, area: 'own-life' }).area, 'own-life');
  assert.equal(
    kiosk.bank.entry(thl.question.id).verbatim,
    true,
    'verbatim is set only when the question is added',
  );
});

test('an item code is kept with its version: a changed code is a new version with the same wording, on a verbatim question too, and a batch carries each answer under its own code', async () => {
  const { kiosk, token } = await kioskAtReception();
  const thl = await kiosk.handlers['admin.addQuestion']({
    token,
    draft: { ...coffeeDraft, itemCode: 'example.7' },
    verbatim: true,
  });
  assert.deepEqual([thl.question.version, thl.itemCode], [1, 'example.7']);
  const { id } = thl.question;
  kiosk.responses.submit({ questionId: id, questionVersion: 1, value: 1, language: 'fi' });

  const before = bankState(kiosk);
  for (const itemCode of [' example 7', '-example', 'x'.repeat(33)]) {
    assert.throws(
      () => kiosk.bank.edit(id, { ...coffeeDraft, itemCode }),
      refusedAs('bad_request', /itemCode: an item code is 1–32 letters/),
    );
  }
  assert.deepEqual(bankState(kiosk), before, 'a refused code changes nothing');

  const recoded = kiosk.bank.edit(id, { ...coffeeDraft, itemCode: 'example.8' });
  assert.deepEqual([recoded.question.version, recoded.itemCode], [2, 'example.8']);
  assert.deepEqual(
    { ...recoded.question, version: 1 },
    thl.question,
    'the wording is the same: only the code moved it on',
  );
  assert.deepEqual(lastQuestionChange(kiosk), { event: 'edited', questionId: id, version: 2 });
  assert.equal(kiosk.bank.edit(id, { ...coffeeDraft, itemCode: 'example.8' }).question.version, 2);
  const cleared = kiosk.bank.edit(id, { ...coffeeDraft, itemCode: null });
  assert.deepEqual([cleared.question.version, cleared.itemCode], [3, null]);
  kiosk.responses.submit({ questionId: id, questionVersion: 3, value: 3, language: 'sv' });

  const { body } = await exportedBody(kiosk);
  assert.ok(body.version === 3);
  assert.deepEqual(
    body.questions
      .map((question) => [question.version, question.area, question.itemCode])
      .sort(([a], [b]) => Number(a) - Number(b)),
    [
      [1, 'common-good', 'example.7'],
      [3, 'common-good', null],
    ],
  );
});

test('a question the schedule still uses cannot be archived; the refusal says where it is used', async () => {
  const { kiosk, token } = await kioskAtReception(); // Tuesday 17 November 2026
  await kiosk.handlers['admin.setSchedule']({
    token,
    plan: {
      defaultQuestionId: 'visit-today',
      weekdays: { mon: 'felt-safe', fri: 'felt-safe' },
      ranges: [
        { from: '2026-11-01', to: '2026-11-10', questionId: 'food-and-coffee' },
        { from: '2026-12-01', to: '2026-12-24', questionId: 'felt-safe' },
      ],
    },
  });
  // The bank says where each question is used, so the admin view can say it before anyone tries.
  const scheduledOf = (id: string) =>
    kiosk.bank.entries().find((entry) => entry.question.id === id)!.scheduled;
  assert.deepEqual(scheduledOf('felt-safe'), [
    { kind: 'weekday', day: 'mon' },
    { kind: 'weekday', day: 'fri' },
    { kind: 'range', from: '2026-12-01', to: '2026-12-24' },
  ]);
  assert.deepEqual(scheduledOf('food-and-coffee'), [], 'a range that has ended does not count');
  const before = bankState(kiosk);
  assert.throws(
    () => kiosk.bank.setArchived('felt-safe', true),
    refusedAs(
      'conflict',
      /felt-safe cannot be archived while the schedule uses it \(on Mondays, on Fridays, from 2026-12-01 to 2026-12-24\)/,
    ),
  );
  assert.throws(
    () => kiosk.bank.setArchived('visit-today', true),
    refusedAs('conflict', /\(as the default\)/),
  );
  await kiosk.handlers['admin.askNow']({ token, questionId: 'belong-here' });
  assert.deepEqual(kiosk.bank.entry('belong-here').scheduled, [
    { kind: 'picked-today' },
    { kind: 'default' },
  ]);
  assert.throws(
    () => kiosk.bank.setArchived('belong-here', true),
    refusedAs('conflict', /\(picked for today, as the default\)/),
  );
  assert.deepEqual(bankState(kiosk).bank, before.bank);

  const archived = await kiosk.handlers['admin.archiveQuestion']({
    token,
    questionId: 'food-and-coffee',
    archived: true,
  });
  assert.equal(archived.archived, true, 'a range that has ended does not hold a question back');
  assert.deepEqual(lastQuestionChange(kiosk), { event: 'archived', questionId: 'food-and-coffee' });
});

test('an archived question stays answerable, cannot be scheduled until it is brought back, and may be edited', async () => {
  const { kiosk, token } = await kioskAtReception();
  kiosk.bank.setArchived('the-rooms', true);
  kiosk.responses.submit({ questionId: 'the-rooms', questionVersion: 1, value: 3 });
  assert.throws(
    () => kiosk.schedule.askNow('the-rooms'),
    refusedAs('conflict', /"the-rooms" is archived: unarchive it first/),
  );
  assert.throws(
    () =>
      kiosk.schedule.setPlan({
        defaultQuestionId: 'visit-today',
        weekdays: { wed: 'the-rooms' },
        ranges: [],
      }),
    refusedAs('conflict', /"the-rooms" is archived \(used on Wednesdays\)/),
  );
  assert.equal(
    kiosk.bank.edit('the-rooms', { ...draftOf(kiosk.bank.entry('the-rooms')), freeText: true }).question
      .version,
    2,
  );
  const back = await kiosk.handlers['admin.archiveQuestion']({
    token,
    questionId: 'the-rooms',
    archived: false,
  });
  assert.equal(back.archived, false);
  assert.equal(kiosk.schedule.askNow('the-rooms').today.questionId, 'the-rooms');
});

test('an unknown question id is refused by every bank method', async () => {
  const { kiosk, token } = await kioskAtReception();
  const before = bankState(kiosk);
  assert.throws(
    () => kiosk.bank.edit('no-such-question', coffeeDraft),
    refusedAs('not_found', /no question "no-such-question"/),
  );
  assert.throws(
    () => kiosk.handlers['admin.archiveQuestion']({ token, questionId: 'no-such-question', archived: true }),
    refusedAs('not_found', /no-such-question/),
  );
  assert.deepEqual(bankState(kiosk), before);
});
