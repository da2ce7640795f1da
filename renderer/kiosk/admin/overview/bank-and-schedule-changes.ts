import type { QuestionChange, ScheduleChange } from '../../../../shared/change-log-details.ts';
import type { ScheduledUse } from '../../../../shared/question-bank.ts';
import { weekdays } from '../../../../shared/weekdays.ts';
import type { AdminDictionary, AdminLanguage } from '../../../i18n/admin/index.ts';
import { describeScheduledUse } from '../bank/describe-scheduled-use.ts';

/** A question as reception knows it: its wording in their language, in quotes. */
export type NameQuestion = (questionId: string) => string;

/** A change to the bank or the schedule in reception's words, questions named by their wording. */
export function describeChange(
  change: QuestionChange | ScheduleChange,
  words: AdminDictionary,
  language: AdminLanguage,
  name: NameQuestion,
): string {
  const say = words.questionChanges;
  switch (change.event) {
    case 'added':
      return change.verbatim
        ? say.addedVerbatim(name(change.questionId))
        : say.added(name(change.questionId));
    case 'archived':
      return say.archived(name(change.questionId));
    case 'unarchived':
      return say.unarchived(name(change.questionId));
    case 'edited': {
      const question = name(change.questionId);
      return [
        ...(change.version === undefined ? [] : [say.newVersion(question, change.version)]),
        ...(change.area === undefined
          ? []
          : [say.area(question, change.area === null ? null : words.areaNames[change.area])]),
      ].join('; ');
    }
    case 'asked-now':
      return words.loggedAskNow(name(change.questionId));
    case 'plan': {
      // The whole plan as made: "oletuksena ”…”; maanantaisin ”…”; 1.12.2026–24.12.2026 ”…”".
      const { plan } = change;
      const use = (where: ScheduledUse, questionId: string) =>
        `${describeScheduledUse(where, words, language)} ${name(questionId)}`;
      return [
        use({ kind: 'default' }, plan.defaultQuestionId),
        ...weekdays.flatMap((day) =>
          plan.weekdays[day] === undefined ? [] : [use({ kind: 'weekday', day }, plan.weekdays[day])],
        ),
        ...plan.ranges.map(({ from, to, questionId }) => use({ kind: 'range', from, to }, questionId)),
      ].join('; ');
    }
  }
}
