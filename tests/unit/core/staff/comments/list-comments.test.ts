import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoWeekOfDay } from '../../../../../electron/core/staff/comments/iso-week.ts';
import { listComments } from '../../../../../electron/core/staff/comments/list-comments.ts';
import { anotherPairedKiosk, pairedKioskAndStaff } from '../../../../helpers/kiosk-and-staff.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';
import { answerWithComments, bringIn, everyComment } from './comment-data.ts';

const texts = (listing: { comments: { text: string }[] }) => listing.comments.map((c) => c.text).sort();

test('only the comments of approved kiosks are listed, each with its question, value and ISO week only', async () => {
  const { kiosk, staff, identity } = await pairedKioskAndStaff();
  const unknown = anotherPairedKiosk(staff, identity, undefined, { approved: false });
  answerWithComments(kiosk, ['Hyvä kahvi', null, null, null, 'Liian kylmä sali']);
  answerWithComments(unknown, ['Ei hyväksytty', null, null, null, null]);
  await bringIn(staff, identity, [kiosk, unknown]);

  const listing = listComments(staff.db, everyComment);
  assert.deepEqual(texts(listing), ['Hyvä kahvi', 'Liian kylmä sali']);
  assert.equal(listing.total, 2);
  assert.equal(listing.heldBackWordings, 0);
  const comment = listing.comments[0]!;
  assert.equal(comment.questionId, 'visit-today');
  assert.equal(comment.questionVersion, 1);
  assert.equal(comment.value, 3);
  assert.equal(comment.scale, 'smiley-5');
  assert.ok(comment.texts.fi.length > 0);
  // 2026-11-17, the test clock's Tuesday afternoon, is in week 47: the day and the afternoon never show.
  assert.deepEqual(comment.week, { year: 2026, week: 47 });
  const shown = JSON.stringify(listing);
  for (const finer of ['2026-11-17', '11-17', 'afternoon', '"day', '"hour']) {
    assert.equal(shown.includes(finer), false, `${finer} is not shown`);
  }
});

test('the ISO week carries its own year across New Year', () => {
  assert.deepEqual(isoWeekOfDay('2027-01-01'), { year: 2026, week: 53 });
  assert.deepEqual(isoWeekOfDay('2024-12-30'), { year: 2025, week: 1 });
  assert.deepEqual(isoWeekOfDay('2026-06-15'), { year: 2026, week: 25 });
});

test('comments come in a fresh random order, neither by id nor as stored nor as given', async () => {
  const { kiosk, staff, identity } = await pairedKioskAndStaff();
  const given = answerWithComments(
    kiosk,
    Array.from({ length: 60 }, (_, i) => `Kommentti ${i}`),
  );
  await bringIn(staff, identity, [kiosk]);

  const first = listComments(staff.db, everyComment).comments.map((c) => c.commentId);
  const second = listComments(staff.db, everyComment).comments.map((c) => c.commentId);
  assert.equal(first.length, 60);
  const stored = staff.db
    .prepare<[], string>('SELECT id FROM responses WHERE comment IS NOT NULL')
    .pluck()
    .all();
  // Any fixed order would be one of 60! orders: each of these holds by chance only once in 8e81.
  assert.notDeepEqual(first, second, 'two listings differ');
  assert.notDeepEqual(first, [...first].sort(), 'not by id');
  assert.notDeepEqual(first, stored, 'not in storage order');
  assert.notDeepEqual(first, given, 'not in the order given');
  assert.deepEqual([...first].sort(), [...given].sort());
});

test("a wording's comments show only where it has at least k answers in the period and place shown", async () => {
  const time = movableClock(new Date(2026, 9, 13, 14, 5));
  const { kiosk, staff, identity } = await pairedKioskAndStaff(time.clock);
  answerWithComments(kiosk, ['Lokakuussa', null, null]);
  time.advanceDays(35); // Tuesday 17 November
  answerWithComments(kiosk, ['Marraskuussa', null, null, null, null]);
  await bringIn(staff, identity, [kiosk]);

  const october = listComments(staff.db, {
    ...everyComment,
    period: { kind: 'month', year: 2026, month: 10 },
  });
  assert.deepEqual(october.comments, [], 'three answers in October: fewer than 5');
  assert.equal(october.heldBackWordings, 1);
  assert.equal(october.total, 0);
  assert.equal(JSON.stringify(october).includes('Lokakuussa'), false);

  // November's five would show October's three as the quarter less November: the rule hides both.
  const november = listComments(staff.db, {
    ...everyComment,
    period: { kind: 'month', year: 2026, month: 11 },
  });
  assert.deepEqual(november.comments, []);
  assert.equal(november.heldBackWordings, 1);

  const year = listComments(staff.db, { ...everyComment, period: { kind: 'year', year: 2026 } });
  assert.deepEqual(texts(year), ['Lokakuussa', 'Marraskuussa'], 'eight answers in the year');

  const otherCentre = listComments(staff.db, { ...everyComment, place: { kind: 'centre', centre: 'Muu' } });
  assert.deepEqual(otherCentre.comments, []);
  assert.equal(otherCentre.heldBackWordings, 0, 'no answers there at all: nothing held back');

  const inSwedish = listComments(staff.db, { ...everyComment, language: 'sv' });
  assert.deepEqual(inSwedish.comments, [], 'answers without a language count only under all languages');
});

test('search ignores case and accents, but å, ä and ö stay letters of their own', async () => {
  const { kiosk, staff, identity } = await pairedKioskAndStaff();
  answerWithComments(kiosk, [
    'Kahvi oli hyvää',
    'Café auki',
    'Äänekäs sali',
    'Aamu oli rauhallinen',
    'Smörgås',
  ]);
  await bringIn(staff, identity, [kiosk]);
  const search = (words: string) => texts(listComments(staff.db, { ...everyComment, search: words }));

  assert.deepEqual(search('KAHVI'), ['Kahvi oli hyvää']);
  assert.deepEqual(search('cafe'), ['Café auki']);
  assert.deepEqual(search('ää'), ['Kahvi oli hyvää', 'Äänekäs sali']);
  assert.deepEqual(search('aa'), ['Aamu oli rauhallinen']);
  assert.deepEqual(search('SMÖRGÅS'), ['Smörgås']);
  assert.deepEqual(
    search('a\u0308a\u0308'),
    ['Kahvi oli hyvää', 'Äänekäs sali'],
    'ä typed as a and its dots',
  );
  assert.deepEqual(search('  '), search(''));
  assert.equal(search('').length, 5);
  assert.deepEqual(search('tee'), []);
});
