import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDispatcher } from '../../../../../electron/core/dispatch.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { listComments, selectedComments } from '../../../../../electron/core/staff/comments/list-comments.ts';
import { anotherPairedKiosk, pairedKioskAndStaff } from '../../../../helpers/kiosk-and-staff.ts';
import { answerWithComments, bringIn, everyComment } from './comment-data.ts';

async function staffWithComments() {
  const { kiosk, staff, identity } = await pairedKioskAndStaff();
  const unknown = anotherPairedKiosk(staff, identity, undefined, { approved: false });
  const [kind, rude, plain] = answerWithComments(kiosk, [
    'Ystävällinen vastaanotto',
    'Törkeä sana',
    'Ok',
    null,
    null,
  ]);
  const [held] = answerWithComments(unknown, ['Odottaa hyväksyntää']);
  await bringIn(staff, identity, [kiosk, unknown]);
  const dispatch = createDispatcher('staff', staff.handlers, silentLog);
  const call = (method: string, input: unknown) => dispatch(method, input) as Promise<any>;
  const everything = () =>
    JSON.stringify(staff.db.prepare('SELECT * FROM comment_decisions').all()) +
    JSON.stringify(staff.db.prepare('SELECT * FROM staff_change_log').all());
  return { staff, call, everything, kind: kind!, rude: rude!, plain: plain!, held: held! };
}

test('hiding keeps the comment stored, lists it only under hidden, and keeps it out of the report selection', async () => {
  const { staff, call, rude } = await staffWithComments();
  assert.deepEqual(
    await call('staff.decideComment', { commentId: rude, decision: 'select', decidedBy: '' }),
    { ok: true, value: { commentId: rude, hidden: false, flagged: false, selected: true } },
  );
  assert.deepEqual(
    selectedComments(staff.db, everyComment).map((c) => c.text),
    ['Törkeä sana'],
  );

  const hidden = await call('staff.decideComment', {
    commentId: rude,
    decision: 'hide',
    decidedBy: 'tiimipalaveri 3.12.',
    reason: 'loukkaava',
  });
  assert.deepEqual(hidden.value, { commentId: rude, hidden: true, flagged: false, selected: true });
  assert.equal(
    staff.db.prepare<[string], string>('SELECT comment FROM responses WHERE id = ?').pluck().get(rude),
    'Törkeä sana',
    'the words are kept',
  );
  const texts = (show: string) =>
    listComments(staff.db, { ...everyComment, show: show as 'all' })
      .comments.map((c) => c.text)
      .sort();
  assert.deepEqual(texts('all'), ['Ok', 'Ystävällinen vastaanotto']);
  assert.deepEqual(texts('selected'), []);
  assert.deepEqual(texts('hidden'), ['Törkeä sana']);
  assert.deepEqual(selectedComments(staff.db, everyComment), []);

  await call('staff.decideComment', { commentId: rude, decision: 'unhide', decidedBy: 'Anna' });
  assert.deepEqual(
    selectedComments(staff.db, everyComment).map((c) => c.text),
    ['Törkeä sana'],
  );
});

test('every decision writes the change log, newest first, with who decided and nothing about the client', async () => {
  const { call, kind, plain } = await staffWithComments();
  const decisions = [
    { commentId: kind, decision: 'flag', decidedBy: 'Anna' },
    { commentId: kind, decision: 'unflag', decidedBy: '' },
    { commentId: plain, decision: 'select', decidedBy: 'asiakasraati' },
    { commentId: plain, decision: 'unselect', decidedBy: 'asiakasraati' },
    { commentId: plain, decision: 'hide', decidedBy: 'Anna', reason: 'kaksi kertaa' },
    { commentId: plain, decision: 'unhide', decidedBy: 'Anna' },
  ];
  for (const decision of decisions) assert.equal((await call('staff.decideComment', decision)).ok, true);
  const { value } = await call('staff.changeLog', {});
  assert.deepEqual(
    value.entries.map((e: any) => [e.action, e.commentId, e.decidedBy, e.reason]),
    [
      ['unhide', plain, 'Anna', null],
      ['hide', plain, 'Anna', 'kaksi kertaa'],
      ['unselect', plain, 'asiakasraati', null],
      ['select', plain, 'asiakasraati', null],
      ['unflag', kind, null, null],
      ['flag', kind, 'Anna', null],
    ],
  );
  // The staff PC's minute when staff decided: about staff, not about when the client answered.
  for (const entry of value.entries) assert.match(entry.at, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  assert.deepEqual(Object.keys(value.entries[0]).sort(), ['action', 'at', 'commentId', 'decidedBy', 'reason']);
  const flagged = await call('staff.comments', { ...everyComment, show: 'flagged' });
  assert.deepEqual(flagged.value.comments, []);
});

test('a decision with a bad input or an unknown id is refused and changes nothing', async () => {
  const { call, everything, kind, held } = await staffWithComments();
  await call('staff.decideComment', { commentId: kind, decision: 'flag', decidedBy: 'Anna' });
  const before = everything();
  const refusals: [unknown, string, RegExp][] = [
    [{ commentId: kind, decision: 'hide', decidedBy: '' }, 'bad_request', /who decided/],
    [{ commentId: kind, decision: 'hide', decidedBy: '   ' }, 'bad_request', /who decided/],
    [{ commentId: kind, decision: 'unhide' }, 'bad_request', /who decided/],
    [{ commentId: kind, decision: 'hide', decidedBy: 'x'.repeat(81) }, 'bad_request', /at most 80/],
    [{ commentId: kind, decision: 'delete', decidedBy: 'Anna' }, 'bad_request', /decision/],
    [{ commentId: 'not-an-id', decision: 'flag' }, 'bad_request', /commentId/],
    [{ commentId: kind, decision: 'flag', extra: 1 }, 'bad_request', /extra/],
    [
      { commentId: '00000000-0000-4000-8000-000000000000', decision: 'hide', decidedBy: 'Anna' },
      'not_found',
      /no comment/,
    ],
    [{ commentId: held, decision: 'hide', decidedBy: 'Anna' }, 'not_found', /no comment/],
  ];
  for (const [input, code, message] of refusals) {
    const result = await call('staff.decideComment', input);
    assert.equal(result.ok, false, JSON.stringify(input));
    assert.equal(result.error.code, code, JSON.stringify(input));
    assert.match(result.error.message, message);
  }
  assert.equal(everything(), before);

  const badQuery = await call('staff.comments', { ...everyComment, show: 'deleted' });
  assert.equal(badQuery.error.code, 'bad_request');
  const longSearch = await call('staff.comments', { ...everyComment, search: 'x'.repeat(201) });
  assert.match(longSearch.error.message, /at most 200/);
});
