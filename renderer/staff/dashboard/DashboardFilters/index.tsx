import type { Dashboard, ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { languages } from '../../../../shared/languages.ts';
import type { ReportPeriod } from '../../../../shared/report-period.ts';
import { SelectField } from '../../../components/Field/index.tsx';
import { Fieldset } from '../../../components/Fieldset/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { periodOfKind, placeOfValue, placeValue, yearChoices } from '../filter-choices.ts';
import { Toggle } from '../Toggle/index.tsx';
import styles from './style.module.css';

type Props = {
  filter: ReportFilter;
  choices: Dashboard['choices'] | undefined;
  sideBySide: boolean;
  onFilter(filter: ReportFilter): void;
  onSideBySide(on: boolean): void;
};

const periodKinds = ['all', 'year', 'quarter', 'month'] as const;
const quarters = [1, 2, 3, 4];
const months = Array.from({ length: 12 }, (_, index) => index + 1);

/** What the dashboard shows: the period, the place, the language answered in, repeats, parts. */
export function DashboardFilters({ filter, choices, sideBySide, onFilter, onSideBySide }: Props) {
  const { words: staffWords } = useStaff();
  const words = staffWords.dashboard;
  const { period } = filter;
  const years = yearChoices(choices?.years ?? [], period);
  const withPeriod = (next: ReportPeriod) => onFilter({ ...filter, period: next });
  return (
    <Fieldset legend={words.filtersTitle}>
      <div class={styles.fields}>
        <SelectField
          label={words.period}
          value={period.kind}
          onChange={(kind) => withPeriod(periodOfKind(kind as ReportPeriod['kind'], period, years))}
        >
          {periodKinds.map((kind) => (
            <option key={kind} value={kind}>
              {words.periodKinds[kind]}
            </option>
          ))}
        </SelectField>
        {period.kind !== 'all' && (
          <NumberChoice
            label={words.year}
            value={period.year}
            choices={years}
            name={String}
            onChange={(year) => withPeriod({ ...period, year })}
          />
        )}
        {period.kind === 'quarter' && (
          <NumberChoice
            label={words.quarter}
            value={period.quarter}
            choices={quarters}
            name={words.quarterName}
            onChange={(quarter) => withPeriod({ ...period, quarter })}
          />
        )}
        {period.kind === 'month' && (
          <NumberChoice
            label={words.month}
            value={period.month}
            choices={months}
            name={(month) => words.monthNames[month - 1]!}
            onChange={(month) => withPeriod({ ...period, month })}
          />
        )}
        <SelectField
          label={words.place}
          value={placeValue(filter.place)}
          onChange={(value) => onFilter({ ...filter, place: placeOfValue(value) })}
        >
          <option value="all">{words.allPlaces}</option>
          {(choices?.centres ?? []).map(({ centre, kiosks }) => {
            const centreName = centre === null ? words.noCentre : words.centre(centre);
            return (
              <optgroup key={centre ?? ''} label={centreName}>
                <option value={placeValue({ kind: 'centre', centre })}>{centreName}</option>
                {kiosks.map((kioskId) => (
                  <option key={kioskId} value={placeValue({ kind: 'kiosk', kioskId })}>
                    {words.kiosk(kioskId)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </SelectField>
        <SelectField
          label={words.answerLanguage}
          value={filter.language}
          onChange={(language) => onFilter({ ...filter, language: language as ReportFilter['language'] })}
        >
          <option value="all">{words.allLanguages}</option>
          {languages.map((language) => (
            <option key={language} value={language}>
              {words.languageNames[language]}
            </option>
          ))}
        </SelectField>
      </div>
      <div class={styles.toggles}>
        <Toggle
          label={words.includeRepeats}
          hint={words.includeRepeatsHint}
          on={filter.includeRepeats}
          onChange={(includeRepeats) => onFilter({ ...filter, includeRepeats })}
        />
        <Toggle
          label={words.sideBySide}
          hint={words.sideBySideHint}
          on={sideBySide}
          onChange={onSideBySide}
        />
      </div>
    </Fieldset>
  );
}

type NumberChoiceProps = {
  label: string;
  value: number;
  choices: readonly number[];
  /** How the list names a number: a year as it is, a month by its name. */
  name(choice: number): string;
  onChange(choice: number): void;
};

/** A list of numbers, such as the years or the months, each named for staff. */
function NumberChoice({ label, value, choices, name, onChange }: NumberChoiceProps) {
  return (
    <SelectField label={label} value={String(value)} onChange={(chosen) => onChange(Number(chosen))}>
      {choices.map((choice) => (
        <option key={choice} value={String(choice)}>
          {name(choice)}
        </option>
      ))}
    </SelectField>
  );
}
