import { questionChangeSchema, scheduleChangeSchema } from '../../../../shared/change-log-details.ts';
import type { ScheduledUse } from '../../../../shared/question-bank.ts';
import { weekdays } from '../../../../shared/weekdays.ts';
import type { AdminDictionary, AdminLanguage } from '../../../i18n/admin/index.ts';
import { describeScheduledUse } from '../bank/describe-scheduled-use.ts';

/** A question as reception knows it: its wording in their language, in quotes. */
export type NameQuestion = (questionId: string) => string;

/**
 * A change to the question bank in reception's words, e.g. ”Millainen päiväsi…”: uusi
 * sanamuoto, versio 3. Undefined for an entry not written as data (an older version's words).
 */
export function describeQuestionChange(detail: string, words: AdminDictionary, name: NameQuestion): string | undefined {
  const parsed = questionChangeSchema.safeParse(parseJson(detail));
  if (!parsed.success) return undefined;
  const change = parsed.data;
  const say = words.questionChanges;
  const question = name(change.questionId);
  switch (change.event) {
    case 'added':
      return change.verbatim ? say.addedVerbatim(question) : say.added(question);
    case 'archived':
      return say.archived(question);
    case 'unarchived':
      return say.unarchived(question);
    case 'edited':
      return [
        ...(change.version === undefined ? [] : [say.newVersion(question, change.version)]),
        ...(change.area === undefined ? [] : [say.area(question, change.area === null ? null : words.areaNames[change.area])]),
      ].join('; ');
  }
}

/**
 * A change to the schedule in reception's words: the whole plan ("oletuksena ”…”; maanantaisin
 * ”…”; 1.12.2026–24.12.2026 ”…”") or a question asked now. Undefined as above.
 */
export function describeScheduleChange(detail: string, words: AdminDictionary, language: AdminLanguage, name: NameQuestion): string | undefined {
  const parsed = scheduleChangeSchema.safeParse(parseJson(detail));
  if (!parsed.success) return undefined;
  const change = parsed.data;
  if (change.event === 'asked-now') return words.loggedAskNow(name(change.questionId));
  const { plan } = change;
  const use = (where: ScheduledUse, questionId: string) => `${describeScheduledUse(where, words, language)} ${name(questionId)}`;
  return [
    use({ kind: 'default' }, plan.defaultQuestionId),
    ...weekdays.flatMap((day) => (plan.weekdays[day] === undefined ? [] : [use({ kind: 'weekday', day }, plan.weekdays[day])])),
    ...plan.ranges.map(({ from, to, questionId }) => use({ kind: 'range', from, to }, questionId)),
  ].join('; ');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
