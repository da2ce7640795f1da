import { commentShows, maxCommentSearchLength } from '../../../../shared/comment-decisions.ts';
import type { ReportChoices } from '../../../../shared/contract/staff-reading.ts';
import { Field } from '../../../components/Field/index.tsx';
import { Fieldset } from '../../../components/Fieldset/index.tsx';
import { Choice, Grid, Row } from '../../../components/FormLayout/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { AnswerLanguageField } from '../../report-filter/AnswerLanguageField/index.tsx';
import { PeriodPlaceFields } from '../../report-filter/PeriodPlaceFields/index.tsx';
import type { CommentFilterForm } from '../comment-filter.ts';
import styles from './style.module.css';

type Props = {
  form: CommentFilterForm;
  /** The years with answers and the centres with their kiosks, as the dashboard offers them. */
  choices: ReportChoices | undefined;
  onChange(form: CommentFilterForm): void;
};

/** Which comments to list: each change lists them again. */
export function CommentFilters({ form, choices, onChange }: Props) {
  const { words: staffWords } = useStaff();
  const words = staffWords.comments;
  const set = <K extends keyof CommentFilterForm>(key: K, value: CommentFilterForm[K]) =>
    onChange({ ...form, [key]: value });
  return (
    <Fieldset legend={words.filtersLegend}>
      <Grid>
        <PeriodPlaceFields
          period={form.period}
          place={form.place}
          choices={choices}
          words={words.filter}
          onPeriod={(period) => set('period', period)}
          onPlace={(place) => set('place', place)}
        />
        <AnswerLanguageField
          value={form.language}
          words={words.filter}
          onChange={(language) => set('language', language)}
        />
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
