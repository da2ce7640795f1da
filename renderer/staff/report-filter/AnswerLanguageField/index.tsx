import type { ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { languages } from '../../../../shared/languages.ts';
import { SelectField } from '../../../components/Field/index.tsx';
import type { ReportFilterWords } from '../../../i18n/staff/report-filter-fi.ts';

type Props = {
  value: ReportFilter['language'];
  words: ReportFilterWords;
  onChange(language: ReportFilter['language']): void;
};

/** The language answers were given in: all, or one of the kiosk's four. */
export function AnswerLanguageField({ value, words, onChange }: Props) {
  return (
    <SelectField
      label={words.language}
      value={value}
      onChange={(language) => onChange(language as ReportFilter['language'])}
    >
      <option value="all">{words.allLanguages}</option>
      {languages.map((language) => (
        <option key={language} value={language}>
          {words.languageNames[language]}
        </option>
      ))}
    </SelectField>
  );
}
