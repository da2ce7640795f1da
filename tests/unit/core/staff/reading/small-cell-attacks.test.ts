/**
 * Data sets built to defeat the small-cell rule, each the way the rule's promise could be broken:
 * two filters that differ by one kiosk, two periods that differ by one week, a total minus the
 * cells shown beside it. Answers go through real kiosks, batches and an import; every attack
 * reads the dashboard as staff would, and an exact audit of everything any filter shows (each
 * figure is a cell of a wording's yearly table) finds no hidden count it could work out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { importBatchFiles } from '../../../../../electron/core/staff/import-batches.ts';
import { answerTables } from '../../../../../electron/core/staff/reading/answer-tables.ts';
import { buildDashboard } from '../../../../../electron/core/staff/reading/dashboard.ts';
import type { Staff } from '../../../../../electron/core/staff/open-staff.ts';
import type {
  DashboardQuestion,
  Figure,
  ReportFilter,
} from '../../../../../shared/contract/staff-reading.ts';
import type { Language } from '../../../../../shared/languages.ts';
import { periodFromDays } from '../../../../../shared/report-period.ts';
import { revealedHiddenCells } from '../../../../helpers/disclosure-audit.ts';
import { anotherPairedKiosk, pairedKioskAndStaff } from '../../../../helpers/kiosk-and-staff.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

const october: ReportFilter = {
  period: { kind: 'month', year: 2026, month: 10 },
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: false,
};

type Answers = Record<number, number>;

/** Two kiosks of one centre, on clocks the test moves to the days it answers on. */
async function twoKiosks() {
  const lobbyClock = movableClock(new Date(2026, 9, 1, 10, 0));
  const upstairsClock = movableClock(new Date(2026, 9, 1, 10, 0));
  const { kiosk: lobby, staff, identity } = await pairedKioskAndStaff(lobbyClock.clock);
  const upstairs = anotherPairedKiosk(staff, identity, upstairsClock.clock);
  for (const kiosk of [lobby, upstairs]) kiosk.settings.update({ centreName: 'Kivijalka' });
  const answer = (
    kiosk: Kiosk,
    clock: typeof lobbyClock,
    language: Language,
    day: number,
    question: string,
    values: Answers,
  ) => {
    clock.advanceDays(day - clock.clock().getDate());
    for (const [value, times] of Object.entries(values)) {
      for (let i = 0; i < times; i += 1)
        kiosk.responses.submit({ questionId: question, questionVersion: 1, value: Number(value), language });
    }
  };
  return {
    staff,
    lobby: (day: number, question: string, values: Answers) =>
      answer(lobby, lobbyClock, 'fi', day, question, values),
    lobbyIn: (language: Language, day: number, question: string, values: Answers) =>
      answer(lobby, lobbyClock, language, day, question, values),
    upstairs: (day: number, question: string, values: Answers) =>
      answer(upstairs, upstairsClock, 'fi', day, question, values),
    async importAll() {
      const stick = tempDir();
      await lobby.exportTo(stick);
      await upstairs.exportTo(stick);
      const summary = await importBatchFiles(staff.db, identity, [stick]);
      assert.deepEqual(summary.rejected, []);
      return { lobbyId: lobby.identity.kioskId, upstairsId: upstairs.identity.kioskId };
    },
  };
}

const questionIn = (staff: Staff, filter: ReportFilter, id: string): DashboardQuestion => {
  const question = buildDashboard(staff.db, filter).questions.find((q) => q.questionId === id);
  assert.ok(question, `${id} is on the dashboard`);
  return question;
};

const countOf = (figure: Figure, value: number) => figure.cells.find((cell) => cell.value === value)!.count;

/** Everything every filter can show, audited at once: no hidden count follows from it. */
function assertNothingRevealed(staff: Staff): void {
  for (const { wording, years } of answerTables(staff.db, 5).tables) {
    for (const [year, table] of years) {
      assert.deepEqual(revealedHiddenCells(table), [], `${wording.questionId} in ${year}`);
    }
  }
}

test('a filter that differs by one kiosk does not give away that kiosk’s small count', async () => {
  const world = await twoKiosks();
  world.lobby(6, 'felt-heard', { 5: 12, 4: 8, 1: 4 });
  world.upstairs(6, 'felt-heard', { 5: 15, 4: 7, 1: 2 });
  const { lobbyId, upstairsId } = await world.importAll();

  const centre = questionIn(
    world.staff,
    { ...october, place: { kind: 'centre', centre: 'Kivijalka' } },
    'felt-heard',
  );
  const lobby = questionIn(
    world.staff,
    { ...october, place: { kind: 'kiosk', kioskId: lobbyId } },
    'felt-heard',
  );
  const upstairs = questionIn(
    world.staff,
    { ...october, place: { kind: 'kiosk', kioskId: upstairsId } },
    'felt-heard',
  );
  assert.equal(countOf(upstairs, 1), null, 'two answers upstairs are hidden');
  assert.equal(countOf(lobby, 1), null, 'four in the lobby too');
  for (const value of [1, 2, 3, 4, 5]) {
    const difference = [countOf(centre, value), countOf(lobby, value)];
    assert.ok(
      countOf(upstairs, value) !== null || difference.includes(null),
      `centre minus lobby at value ${value} would give the upstairs count`,
    );
  }
  const sideBySide = centre.comparison.map((part) => countOf(part, 1));
  assert.deepEqual(sideBySide, [null, null], 'side by side hides both kiosks’ small counts');
  assertNothingRevealed(world.staff);
});

test('two periods that differ by one week do not give away that week’s small count', async () => {
  const world = await twoKiosks();
  for (const day of [6, 13, 20]) world.lobby(day, 'felt-heard', { 5: 10, 4: 6 });
  world.lobby(27, 'felt-heard', { 5: 9, 1: 2 }); // the last week of October: two hard answers
  await world.importAll();

  assert.equal(
    periodFromDays('2026-10-01', '2026-10-25').ok,
    false,
    'a period ending a week early is refused',
  );
  const month = questionIn(world.staff, october, 'felt-heard');
  const lastWeek = month.trend.points.find((point) => point.from === '2026-10-26')!;
  assert.equal(countOf(lastWeek, 1), null, 'the week’s two hard answers are hidden');
  const hiddenWeeks = month.trend.points.filter((point) => countOf(point, 1) === null);
  assert.ok(
    countOf(month, 1) === null || hiddenWeeks.length >= 2,
    'the month minus its other weeks would give the last week',
  );
  assertNothingRevealed(world.staff);
});

test('a total minus the cells shown beside it does not give away the hidden one', async () => {
  const world = await twoKiosks();
  world.lobby(6, 'felt-heard', { 5: 20, 4: 10, 3: 6, 1: 2 });
  await world.importAll();

  const question = questionIn(world.staff, october, 'felt-heard');
  assert.equal(question.total, 38);
  assert.equal(countOf(question, 1), null);
  const hidden = question.cells.filter((cell) => cell.count === null);
  assert.ok(hidden.length >= 2, 'one hidden value would be the total minus the others');
  assert.notEqual(
    question.cells.find((cell) => cell.count === null && cell.value !== 1)?.value,
    undefined,
    'another value is hidden with it',
  );
  assertNothingRevealed(world.staff);
});

test('the few answers given in Swedish stay hidden whether read by language, or by all languages minus Finnish', async () => {
  const world = await twoKiosks();
  world.lobby(6, 'felt-heard', { 5: 20, 4: 10 });
  world.lobbyIn('sv', 7, 'felt-heard', { 2: 3 });
  await world.importAll();

  const swedish = questionIn(world.staff, { ...october, language: 'sv' }, 'felt-heard');
  const finnish = questionIn(world.staff, { ...october, language: 'fi' }, 'felt-heard');
  const all = questionIn(world.staff, october, 'felt-heard');
  assert.equal(swedish.total, null, 'three Swedish answers are too few to count');
  for (const value of [1, 2, 3, 4, 5]) {
    assert.ok(
      countOf(swedish, value) !== null || [countOf(all, value), countOf(finnish, value)].includes(null),
      `all languages minus Finnish at value ${value} would give the Swedish count`,
    );
  }
  assert.ok(all.total === null || finnish.total === null, 'all minus Finnish would give the Swedish total');
  assertNothingRevealed(world.staff);
});
