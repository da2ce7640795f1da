import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coarseTime } from '../../../../electron/core/time/coarse-time.ts';

test('time is kept as the local day and a part of it, never finer', () => {
  const at = (hour: number, minute = 0) => coarseTime(new Date(2026, 0, 5, hour, minute, 59, 999));
  assert.deepEqual(at(0), { day: '2026-01-05', dayPart: 'morning', hour: null });
  assert.deepEqual(at(11, 59), { day: '2026-01-05', dayPart: 'morning', hour: null });
  assert.deepEqual(at(12), { day: '2026-01-05', dayPart: 'afternoon', hour: null });
  assert.deepEqual(at(16, 59), { day: '2026-01-05', dayPart: 'afternoon', hour: null });
  assert.deepEqual(at(17), { day: '2026-01-05', dayPart: 'evening', hour: null });
  assert.deepEqual(at(23, 59), { day: '2026-01-05', dayPart: 'evening', hour: null });
});

test('where the centre chose hourly time, the hour is kept too, and still no minute', () => {
  assert.deepEqual(coarseTime(new Date(2026, 0, 5, 14, 59, 59), 'hour'), {
    day: '2026-01-05',
    dayPart: 'afternoon',
    hour: 14,
  });
});
