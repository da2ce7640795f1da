import type { Dashboard, ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { Fieldset } from '../../../components/Fieldset/index.tsx';
import { AnswerLanguageField } from '../../report-filter/AnswerLanguageField/index.tsx';
import { PeriodPlaceFields } from '../../report-filter/PeriodPlaceFields/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { Toggle } from '../Toggle/index.tsx';
import styles from './style.module.css';

type Props = {
  filter: ReportFilter;
  choices: Dashboard['choices'] | undefined;
  sideBySide: boolean;
  onFilter(filter: ReportFilter): void;
  onSideBySide(on: boolean): void;
};

/** What the dashboard shows: the period, the place, the language answered in, repeats, parts. */
export function DashboardFilters({ filter, choices, sideBySide, onFilter, onSideBySide }: Props) {
  const { words: staffWords } = useStaff();
  const words = staffWords.dashboard;
  return (
    <Fieldset legend={words.filtersTitle}>
      <div class={styles.fields}>
        <PeriodPlaceFields
          period={filter.period}
          place={filter.place}
          choices={choices}
          words={words.filter}
          onPeriod={(period) => onFilter({ ...filter, period })}
          onPlace={(place) => onFilter({ ...filter, place })}
        />
        <AnswerLanguageField
          value={filter.language}
          words={words.filter}
          onChange={(language) => onFilter({ ...filter, language })}
        />
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
