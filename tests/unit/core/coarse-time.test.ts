import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coarseTime } from '../../../electron/core/kiosk/coarse-time.ts';

test('time is kept as the local day and a part of it, never finer', () => {
  const at = (hour: number, minute = 0) => coarseTime(new Date(2026, 0, 5, hour, minute, 59, 999));
  assert.deepEqual(at(0), { day: '2026-01-05', dayPart: 'morning' });
  assert.deepEqual(at(11, 59), { day: '2026-01-05', dayPart: 'morning' });
  assert.deepEqual(at(12), { day: '2026-01-05', dayPart: 'afternoon' });
  assert.deepEqual(at(16, 59), { day: '2026-01-05', dayPart: 'afternoon' });
  assert.deepEqual(at(17), { day: '2026-01-05', dayPart: 'evening' });
  assert.deepEqual(at(23, 59), { day: '2026-01-05', dayPart: 'evening' });
});
