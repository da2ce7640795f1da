import type { LanStatus } from '../../../../shared/lan-status.ts';
import type { AdminLanguage } from '../../../i18n/admin/index.ts';
import type { LanWords } from '../../../i18n/admin/lan/fi.ts';
import { formatDay } from '../../../i18n/format-day.ts';
import { formatTime } from '../../../i18n/format-time.ts';

/** A stored minute (YYYY-MM-DDTHH:MM, the kiosk's own clock) as the change log writes it. */
export function formatMinute(
  minute: string,
  language: AdminLanguage,
  at: (day: string, time: string) => string,
): string {
  const [day = minute, time = ''] = minute.split('T');
  return at(formatDay(day, language), formatTime(time, language));
}

/** What waits on the kiosk and why, in reception's words: one line for counts, one for the reason. */
export function waitingLines(status: LanStatus, words: LanWords): string[] {
  if (status.waitingBatches === 0 && status.waitingAnswers === 0) return [words.nothingWaits];
  const counts = words.waiting(status.waitingBatches, status.waitingAnswers);
  return status.why ? [counts, words.why[status.why]] : [counts];
}

/** The key the staff PC answers with is not the one paired with: the alarm nobody may miss. */
export function isKeyAlarm(status: LanStatus): boolean {
  return status.state === 'key-changed';
}
