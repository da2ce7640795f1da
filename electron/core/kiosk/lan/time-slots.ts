import { dayParts } from '../../../../shared/domain.ts';
import type { KioskSettings } from '../../../../shared/kiosk-settings.ts';
import { coarseTime } from '../../time/coarse-time.ts';

type TimeGranularity = KioskSettings['timeGranularity'];

/** The hour each day-part ends at (coarse-time.ts draws the same lines); the evening ends at midnight. */
const dayPartEnds = [12, 17, 24] as const;

/**
 * An SQL condition over the `responses` view: true for an answer whose time slot (its day-part, or
 * its hour where the kiosk keeps hours) has ended at `now`. Only such answers are sealed for the
 * LAN, so the moment a batch reaches staff says nothing finer than the times its answers carry.
 * An answer kept without an hour (given before the kiosk switched to hours) waits for its day-part.
 */
export function endedSlotCondition(now: Date, granularity: TimeGranularity) {
  const { day, dayPart, hour } = coarseTime(now, granularity);
  return {
    sql: `(day < @today OR (day = @today AND CASE
            WHEN @hour IS NOT NULL AND hour IS NOT NULL THEN hour < @hour
            ELSE (CASE day_part WHEN 'morning' THEN 0 WHEN 'afternoon' THEN 1 ELSE 2 END) < @dayPartRank
          END))`,
    params: { today: day, hour, dayPartRank: dayParts.indexOf(dayPart) },
  };
}

/** When the slot `now` falls in ends: the next full hour, or the end of the day-part. */
export function nextSlotEnd(now: Date, granularity: TimeGranularity): Date {
  const hour = now.getHours();
  const endHour = granularity === 'hour' ? hour + 1 : dayPartEnds.find((end) => end > hour)!;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate(), endHour);
}
