import { coarseTime } from '../../time/coarse-time.ts';

/**
 * When a kiosk was last heard from over the network, to the minute (`YYYY-MM-DD HH:MM`, local
 * time, as the staff PC's clock says): enough for staff to see a kiosk went quiet. It describes
 * the kiosk machine; the kiosk sends only answers whose time slot is over (docs/lan.md).
 */
export function contactMinute(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${coarseTime(now).day} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
