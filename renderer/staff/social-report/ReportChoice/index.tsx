import type { ReportChoices, ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { Fieldset } from '../../../components/Fieldset/index.tsx';
import { Grid } from '../../../components/FormLayout/index.tsx';
import { PeriodPlaceFields } from '../../report-filter/PeriodPlaceFields/index.tsx';
import { useStaff } from '../../useStaff.ts';

/** The period and place the report covers. */
export type ReportChoiceForm = Pick<ReportFilter, 'period' | 'place'>;

type Props = {
  form: ReportChoiceForm;
  choices: ReportChoices | undefined;
  onChange(form: ReportChoiceForm): void;
};

/** Which period and place the report is about: a whole month, quarter or year, or all time. */
export function ReportChoice({ form, choices, onChange }: Props) {
  const words = useStaff().words.socialReport;
  return (
    <Fieldset legend={words.choiceLegend}>
      <Grid>
        <PeriodPlaceFields
          period={form.period}
          place={form.place}
          choices={choices}
          words={words.filter}
          onPeriod={(period) => onChange({ ...form, period })}
          onPlace={(place) => onChange({ ...form, place })}
        />
      </Grid>
    </Fieldset>
  );
}
