import { commentShows } from '../../../../shared/comment-decisions.ts';
import type { Output } from '../../../../shared/contract/index.ts';
import { languages } from '../../../../shared/languages.ts';
import { maxCommentSearchLength } from '../../../../shared/comment-decisions.ts';
import { Field, SelectField } from '../../../components/Field/index.tsx';
import { Fieldset } from '../../../components/Fieldset/index.tsx';
import { Choice, Grid, Row } from '../../../components/FormLayout/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { placeValue, type CommentFilterForm } from '../comment-filter.ts';
import styles from './style.module.css';

type Choices = Output<'staff.dashboard'>['choices'];

type Props = {
  form: CommentFilterForm;
  /** The years with answers and the centres with their kiosks, as the dashboard offers them. */
  choices: Choices | undefined;
  onChange(form: CommentFilterForm): void;
};

/** Which comments to list: each change lists them again. */
export function CommentFilters({ form, choices, onChange }: Props) {
  const { words: staffWords } = useStaff();
  const words = staffWords.comments;
  const set = <K extends keyof CommentFilterForm>(key: K, value: CommentFilterForm[K]) =>
    onChange({ ...form, [key]: value });
  const years = [...new Set([...(choices?.years ?? []), form.year])].sort((a, b) => b - a);
  return (
    <Fieldset legend={words.filtersLegend}>
      <Grid>
        <SelectField
          label={words.period}
          value={form.periodKind}
          onChange={(kind) => set('periodKind', kind as CommentFilterForm['periodKind'])}
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
                {words.quarterName(quarter)}
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
            {words.monthNames.map((name, index) => (
              <option key={name} value={index + 1}>
                {name}
              </option>
            ))}
          </SelectField>
        )}
        <SelectField label={words.place} value={form.place} onChange={(place) => set('place', place)}>
          <option value="all">{words.allPlaces}</option>
          {(choices?.centres ?? []).map(({ centre, kiosks }) => [
            <option key={placeValue.centre(centre)} value={placeValue.centre(centre)}>
              {centre === null ? words.noCentre : words.centre(centre)}
            </option>,
            ...kiosks.map((kioskId) => (
              <option key={kioskId} value={placeValue.kiosk(kioskId)}>
                {words.kiosk(kioskId)}
              </option>
            )),
          ])}
        </SelectField>
        <SelectField
          label={words.language}
          value={form.language}
          onChange={(language) => set('language', language as CommentFilterForm['language'])}
        >
          <option value="all">{words.allLanguages}</option>
          {languages.map((language) => (
            <option key={language} value={language}>
              {words.languageNames[language]}
            </option>
          ))}
        </SelectField>
      </Grid>
      <Choice>
        <input
          type="checkbox"
          checked={form.includeRepeats}
          onChange={(event) => set('includeRepeats', event.currentTarget.checked)}
        />
        {words.includeRepeats}
      </Choice>
      <Field
        label={words.search}
        hint={words.searchHint}
        type="text"
        value={form.search}
        maxLength={maxCommentSearchLength}
        spellcheck={false}
        onChange={(search) => set('search', search)}
      />
      <fieldset class={styles.shows}>
        <legend class={styles.showLabel}>{words.show}</legend>
        <Row>
          {commentShows.map((show) => (
            <Choice key={show}>
              <input
                type="radio"
                name="comment-show"
                value={show}
                checked={form.show === show}
                onChange={() => set('show', show)}
              />
              {words.shows[show]}
            </Choice>
          ))}
        </Row>
      </fieldset>
    </Fieldset>
  );
}
