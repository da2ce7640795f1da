import type { ScheduledUse } from '../../../../shared/question-bank.ts';
import type { AdminDictionary, AdminLanguage } from '../../../i18n/admin/index.ts';
import { formatDay } from '../../../i18n/format-day.ts';

/** Where the schedule asks a question, in reception's words: "maanantaisin", "1.12.2026–24.12.2026". */
export function describeScheduledUse(
  use: ScheduledUse,
  words: AdminDictionary,
  language: AdminLanguage,
): string {
  const uses = words.scheduledUses;
  switch (use.kind) {
    case 'picked-today':
      return uses.pickedToday;
    case 'default':
      return uses.asDefault;
    case 'weekday':
      return uses.onWeekday[use.day];
    case 'range':
      return uses.inRange(formatDay(use.from, language), formatDay(use.to, language));
  }
}
