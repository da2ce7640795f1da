import { pickText } from '../../../../../shared/languages.ts';
import type { BankEntry } from '../../../../../shared/question-bank.ts';
import { SelectField } from '../../../../components/Field/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';

type Props = {
  label: string;
  entries: readonly BankEntry[];
  value: string;
  onChange(questionId: string): void;
  /** The words for "no question", where choosing none is allowed. */
  none?: string;
};

/**
 * A question from the bank, named by its text. Archived questions cannot be chosen; one the plan
 * already names is still listed, marked, so the field never pretends another was chosen.
 */
export function QuestionSelect({ label, entries, value, onChange, none }: Props) {
  const { words, language } = useAdminSession();
  const offered = entries.filter((entry) => !entry.archived || entry.question.id === value);
  return (
    <SelectField label={label} value={value} onChange={onChange}>
      {none !== undefined && <option value="">{none}</option>}
      {offered.map((entry) => (
        <option key={entry.question.id} value={entry.question.id}>
          {pickText(entry.question.texts, language)}
          {entry.archived ? ` ${words.archivedMark}` : ''}
        </option>
      ))}
    </SelectField>
  );
}
