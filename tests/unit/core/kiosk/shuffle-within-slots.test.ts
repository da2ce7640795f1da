import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import type { DayPart, StoredResponse } from '../../../../shared/domain.ts';
import { shuffleWithinSlots } from '../../../../electron/core/kiosk/shuffle-within-slots.ts';

const response = (
  day: string,
  dayPart: DayPart,
  value: number,
  hour: number | null = null,
): StoredResponse => ({
  id: randomUUID(),
  questionId: 'visit-today',
  questionVersion: 1,
  value,
  day,
  dayPart,
  hour,
  comment: null,
  followUp: null,
  repeat: false,
});

test('slots stay in time order: day first, then morning, afternoon, evening', () => {
  const input = [
    response('2026-11-18', 'morning', 1),
    response('2026-11-17', 'evening', 2),
    response('2026-11-17', 'morning', 3),
    response('2026-11-17', 'afternoon', 4),
  ];
  const slots = shuffleWithinSlots(input).map((r) => `${r.day} ${r.dayPart}`);
  assert.deepEqual(slots, [
    '2026-11-17 morning',
    '2026-11-17 afternoon',
    '2026-11-17 evening',
    '2026-11-18 morning',
  ]);
});

test('where the hour is kept, it is a slot of its own, in time order', () => {
  const input = [
    response('2026-11-17', 'morning', 1, 11),
    response('2026-11-17', 'morning', 2, 9),
    response('2026-11-17', 'morning', 3, 10),
  ];
  assert.deepEqual(
    shuffleWithinSlots(input).map((r) => r.hour),
    [9, 10, 11],
  );
});

test('within a slot the order is random, so it cannot tell who answered first', () => {
  const slot = [1, 2, 3, 4, 5, 6].map((value) => response('2026-11-17', 'morning', value));
  const firsts = new Set<number>();
  for (let i = 0; i < 200; i++) firsts.add(shuffleWithinSlots(slot)[0]!.value);
  assert.equal(firsts.size, 6, 'every response should come first in some shuffle');
  assert.deepEqual(
    shuffleWithinSlots(slot)
      .map((r) => r.value)
      .sort(),
    [1, 2, 3, 4, 5, 6],
  );
});
