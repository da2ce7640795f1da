import type { Output } from '../../../../shared/contract/index.ts';
import { SelectField } from '../../../components/Field/index.tsx';
import { Fieldset } from '../../../components/Fieldset/index.tsx';
import { Grid } from '../../../components/FormLayout/index.tsx';
import { placeValue, type CommentFilterForm } from '../../comments/comment-filter.ts';
import { useStaff } from '../../useStaff.ts';

type Choices = Output<'staff.dashboard'>['choices'];

/** The period and place the report covers, chosen as the comments are (comment-filter.ts). */
export type ReportChoiceForm = Pick<CommentFilterForm, 'periodKind' | 'year' | 'quarter' | 'month' | 'place'>;

type Props = { form: ReportChoiceForm; choices: Choices | undefined; onChange(form: ReportChoiceForm): void };

/** Which period and place the report is about: a whole month, quarter or year, or all time. */
export function ReportChoice({ form, choices, onChange }: Props) {
  const words = useStaff().words.socialReport;
  const set = <K extends keyof ReportChoiceForm>(key: K, value: ReportChoiceForm[K]) =>
    onChange({ ...form, [key]: value });
  const years = [...new Set([...(choices?.years ?? []), form.year])].sort((a, b) => b - a);
  return (
    <Fieldset legend={words.choiceLegend}>
      <Grid>
        <SelectField
          label={words.periodKind}
          value={form.periodKind}
          onChange={(kind) => set('periodKind', kind as ReportChoiceForm['periodKind'])}
        >
          {(['all', 'year', 'quarter', 'month'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {words.periodKinds[kind]}
            </option>
          ))}
        </SelectField>
        {form.periodKind !== 'all' && (
          <SelectField
            label={words.year}
            value={String(form.year)}
            onChange={(year) => set('year', Number(year))}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </SelectField>
        )}
        {form.periodKind === 'quarter' && (
          <SelectField
            label={words.quarter}
            value={String(form.quarter)}
            onChange={(quarter) => set('quarter', Number(quarter))}
          >
            {[1, 2, 3, 4].map((quarter) => (
              <option key={quarter} value={quarter}>
                {words.periodName({ kind: 'quarter', year: form.year, quarter })}
              </option>
            ))}
          </SelectField>
        )}
        {form.periodKind === 'month' && (
          <SelectField
            label={words.month}
            value={String(form.month)}
            onChange={(month) => set('month', Number(month))}
          >
            {Array.from({ length: 12 }, (_, index) => (
              <option key={index} value={index + 1}>
                {words.periodName({ kind: 'month', year: form.year, month: index + 1 })}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label={words.place} value={form.place} onChange={(place) => set('place', place)}>
          <option value="all">{words.allPlaces}</option>
          {(choices?.centres ?? []).map(({ centre, kiosks }) => [
            <option key={placeValue.centre(centre)} value={placeValue.centre(centre)}>
              {words.centrePlace(centre)}
            </option>,
            ...kiosks.map((kioskId) => (
              <option key={kioskId} value={placeValue.kiosk(kioskId)}>
                {words.kioskPlace(kioskId)}
              </option>
            )),
          ])}
        </SelectField>
      </Grid>
    </Fieldset>
  );
}
