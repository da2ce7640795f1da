import type { DayPart } from '../../../shared/domain.ts';

/**
 * The only time a response keeps: the local day and a part of it. Seconds, minutes and even the
 * hour could match a client to a visit, so they are dropped here, before anything is stored.
 */
export function coarseTime(now: Date): { day: string; dayPart: DayPart } {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
  return { day, dayPart: dayPartOf(now.getHours()) };
}

function dayPartOf(hour: number): DayPart {
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}
