/**
 * The question a new kiosk asks until reception picks another. The migrations that seed it keep
 * their own copy of the id, so that they never change;
 * tests/unit/core/kiosk/migrations/question-bank-seed.test.ts checks that a new kiosk still
 * schedules this one.
 */
export const defaultQuestionId = 'visit-today';
