import type { DayPart } from '../../../shared/domain.ts';
import type { KioskSettings } from '../../../shared/kiosk-settings.ts';

export type CoarseTime = { day: string; dayPart: DayPart; hour: number | null };

/**
 * The only time a response keeps: the local day and a part of it, and the hour only where the
 * centre chose that. Minutes and seconds could match a client to a visit, so they are dropped
 * here, before anything is stored. The staff tool dates what it stores the same way, so this
 * lives apart from either role; it reads the clock of the machine that stores, never a browser's.
 */
export function coarseTime(
  now: Date,
  granularity: KioskSettings['timeGranularity'] = 'day-part',
): CoarseTime {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
  const hour = now.getHours();
  return { day, dayPart: dayPartOf(hour), hour: granularity === 'hour' ? hour : null };
}

function dayPartOf(hour: number): DayPart {
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}
