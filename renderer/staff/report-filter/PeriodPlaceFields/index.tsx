import type { ReportChoices, ReportPlace } from '../../../../shared/contract/staff-reading.ts';
import type { ReportPeriod } from '../../../../shared/report-period.ts';
import { SelectField } from '../../../components/Field/index.tsx';
import type { ReportFilterWords } from '../../../i18n/staff/report-filter-fi.ts';
import { periodOfKind, placeOfValue, placeValue, yearChoices } from '../report-filter.ts';

type Props = {
  period: ReportPeriod;
  place: ReportPlace;
  /** The years with answers and the centres with their kiosks, as the dashboard offers them. */
  choices: ReportChoices | undefined;
  words: ReportFilterWords;
  onPeriod(period: ReportPeriod): void;
  onPlace(place: ReportPlace): void;
};

const periodKinds = ['all', 'year', 'quarter', 'month'] as const;
const quarters = [1, 2, 3, 4];
const months = Array.from({ length: 12 }, (_, index) => index + 1);

/**
 * A report's period (all time, or a whole year, quarter or month: nothing in between, see
 * shared/report-period.ts) and place (all kiosks, a centre, a kiosk), as the results, the
 * comments and the social report offer them. Its lists sit in the caller's own layout.
 */
export function PeriodPlaceFields({ period, place, choices, words, onPeriod, onPlace }: Props) {
  const years = yearChoices(choices?.years ?? [], period);
  return (
    <>
      <SelectField
        label={words.period}
        value={period.kind}
        onChange={(kind) => onPeriod(periodOfKind(kind as ReportPeriod['kind'], period, years))}
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
          onChange={(year) => onPeriod({ ...period, year })}
        />
      )}
      {period.kind === 'quarter' && (
        <NumberChoice
          label={words.quarter}
          value={period.quarter}
          choices={quarters}
          name={(quarter) => words.quarterName(quarter, period.year)}
          onChange={(quarter) => onPeriod({ ...period, quarter })}
        />
      )}
      {period.kind === 'month' && (
        <NumberChoice
          label={words.month}
          value={period.month}
          choices={months}
          name={(month) => words.monthName(month, period.year)}
          onChange={(month) => onPeriod({ ...period, month })}
        />
      )}
      <SelectField
        label={words.place}
        value={placeValue(place)}
        onChange={(value) => onPlace(placeOfValue(value))}
      >
        <option value="all">{words.allPlaces}</option>
        {(choices?.centres ?? []).map(({ centre, kiosks }) => (
          <optgroup key={centre ?? ''} label={words.centre(centre)}>
            <option value={placeValue({ kind: 'centre', centre })}>{words.centre(centre)}</option>
            {kiosks.map((kioskId) => (
              <option key={kioskId} value={placeValue({ kind: 'kiosk', kioskId })}>
                {words.kiosk(kioskId)}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
    </>
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
