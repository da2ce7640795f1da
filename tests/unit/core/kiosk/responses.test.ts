import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../../../electron/core/errors.ts';
import { openKiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { addQuestionVersion, newestQuestion } from '../../../../electron/core/kiosk/questions.ts';
import { fixedClock } from '../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

test('a stored response holds only a random id, the question, the value, the day, the day-part and the screen language', () => {
  const kiosk = openKiosk({ dataDir: tempDir(), clock: fixedClock });
  const { responseId } = kiosk.responses.submit({
    questionId: 'visit-today',
    questionVersion: 1,
    value: 4,
    language: 'sv',
  });
  const row = kiosk.db.prepare('SELECT * FROM responses').get();
  assert.deepEqual(row, {
    id: responseId,
    question_id: 'visit-today',
    question_version: 1,
    value: 4,
    day: '2026-11-17',
    day_part: 'afternoon',
    hour: null,
    comment: null,
    follow_up: null,
    repeat: 0,
    batch_seq: null,
    language: 'sv',
  });
  assert.match(responseId, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  kiosk.close();
});

test('with hourly time chosen, an answer keeps its hour and nothing finer', () => {
  const kiosk = openKiosk({ dataDir: tempDir(), clock: fixedClock });
  kiosk.settings.update({ timeGranularity: 'hour' });
  kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value: 4 });
  assert.deepEqual(kiosk.db.prepare('SELECT day, day_part, hour FROM responses').get(), {
    day: '2026-11-17',
    day_part: 'afternoon',
    hour: 14,
  });
  kiosk.close();
});

test('a time granularity changed by IT from another process applies to the running kiosk’s next answer', () => {
  const dataDir = tempDir();
  const running = openKiosk({ dataDir, clock: fixedClock });
  running.responses.submit({ questionId: 'visit-today', questionVersion: 1, value: 4 });
  const cli = openKiosk({ dataDir, clock: fixedClock });
  cli.settings.update({ timeGranularity: 'hour' });
  cli.close();
  running.responses.submit({ questionId: 'visit-today', questionVersion: 1, value: 5 });
  assert.deepEqual(running.db.prepare('SELECT value, hour FROM responses ORDER BY value').all(), [
    { value: 4, hour: null },
    { value: 5, hour: 14 },
  ]);
  running.close();
});

test('a value that is not on the question’s scale is refused and nothing is stored', () => {
  const kiosk = openKiosk({ dataDir: tempDir(), clock: fixedClock });
  for (const value of [0, 6, -1]) {
    assert.throws(
      () => kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value }),
      (error: unknown) => error instanceof AppError && error.code === 'bad_request',
    );
  }
  assert.equal(kiosk.responses.pendingCount(), 0);
  kiosk.close();
});

test('an answer to a question the kiosk does not ask is refused and nothing is stored', () => {
  const kiosk = openKiosk({ dataDir: tempDir(), clock: fixedClock });
  assert.throws(
    () => kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 99, value: 3 }),
    (error: unknown) => error instanceof AppError && error.code === 'not_found',
  );
  assert.equal(kiosk.responses.pendingCount(), 0);
  kiosk.close();
});

test('a question version added from another process after the kiosk refused it is taken, on its own scale', () => {
  const dataDir = tempDir();
  const running = openKiosk({ dataDir, clock: fixedClock });
  const asked = newestQuestion(running.db, 'visit-today');
  const added = asked.version + 1;
  const answer = (questionVersion: number, value: number) =>
    running.responses.submit({ questionId: 'visit-today', questionVersion, value });
  answer(asked.version, 4);
  assert.throws(
    () => answer(added, 1),
    (error: unknown) => error instanceof AppError && error.code === 'not_found',
  );

  const cli = openKiosk({ dataDir, clock: fixedClock });
  addQuestionVersion(cli.db, { ...asked, version: added, scale: 'yes-no' });
  cli.close();

  answer(added, 2);
  assert.throws(
    () => answer(added, 4),
    (error: unknown) => error instanceof AppError && error.code === 'bad_request',
  );
  answer(asked.version, 4);
  assert.deepEqual(
    running.db
      .prepare('SELECT question_version AS version, value FROM responses ORDER BY version, value')
      .all(),
    [
      { version: asked.version, value: 4 },
      { version: asked.version, value: 4 },
      { version: added, value: 2 },
    ],
  );
  running.close();
});

test('responses survive closing and reopening the kiosk', () => {
  const dataDir = tempDir();
  const first = openKiosk({ dataDir, clock: fixedClock });
  const { responseId } = first.responses.submit({ questionId: 'visit-today', questionVersion: 1, value: 1 });
  first.close();
  const second = openKiosk({ dataDir, clock: fixedClock });
  assert.equal(
    second.db.prepare<[string], { value: number }>('SELECT value FROM responses WHERE id = ?').get(responseId)
      ?.value,
    1,
  );
  second.close();
});

test('the kiosk keeps one identity across restarts', () => {
  const dataDir = tempDir();
  const first = openKiosk({ dataDir });
  const id = first.identity.kioskId;
  first.close();
  const second = openKiosk({ dataDir });
  assert.equal(second.identity.kioskId, id);
  second.close();
});
