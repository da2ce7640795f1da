import { useId, useState } from 'preact/hooks';
import type { Output } from '../../../../../shared/contract/index.ts';
import type { BankEntry } from '../../../../../shared/question-bank.ts';
import type { Schedule, SchedulePlan } from '../../../../../shared/schedule.ts';
import { weekdays, type Weekday } from '../../../../../shared/weekdays.ts';
import { Button } from '../../../../components/Button/index.tsx';
import { Card } from '../../../../components/Card/index.tsx';
import { Field } from '../../../../components/Field/index.tsx';
import { Fieldset } from '../../../../components/Fieldset/index.tsx';
import { Actions, Hint, Subheading } from '../../../../components/FormLayout/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';
import { SaveActions } from '../../SaveActions/index.tsx';
import { useSave } from '../../useSave.ts';
import { describePlanProblem, planProblem } from '../plan-problem.ts';
import { QuestionSelect } from '../QuestionSelect/index.tsx';
import styles from './style.module.css';

type DraftRange = { key: number; from: string; to: string; questionId: string };
type Draft = { defaultQuestionId: string; weekdays: Partial<Record<Weekday, string>>; ranges: DraftRange[] };

type Props = {
  schedule: Schedule;
  entries: readonly BankEntry[];
  onSaved(view: Output<'admin.setSchedule'>): void;
};

let nextKey = 0;
const draftOf = (schedule: Schedule): Draft => ({
  defaultQuestionId: schedule.defaultQuestionId,
  weekdays: { ...schedule.weekdays },
  ranges: schedule.ranges.map((range) => ({ ...range, key: nextKey++ })),
});

/**
 * The plan as one form: a default, a question per weekday where wanted, and date ranges. Saving
 * sends the whole plan once its ranges make sense; the core checks it again (and that its
 * questions may be asked) and either takes all of it or none.
 */
export function SchedulePlanForm({ schedule, entries, onSaved }: Props) {
  const { words, call } = useAdminSession();
  // The saved plan is read once, here, so nothing draws it again over a choice being made. Only a
  // finished save puts the plan back as the core keeps it (ranges in date order); a plan changed
  // elsewhere comes as a new form (TodaySection's key).
  const [draft, setDraft] = useState(() => draftOf(schedule));
  const { outcome, busy, save, refuse } = useSave();
  const firstQuestion = entries.find((entry) => !entry.archived)?.question.id ?? schedule.defaultQuestionId;

  const setDefault = (questionId: string) =>
    setDraft((previous) => ({ ...previous, defaultQuestionId: questionId }));
  const setWeekday = (day: Weekday, questionId: string) =>
    setDraft((previous) => {
      const { [day]: _, ...others } = previous.weekdays;
      return { ...previous, weekdays: questionId === '' ? others : { ...others, [day]: questionId } };
    });
  const setRange = (key: number, change: Partial<DraftRange>) =>
    setDraft((previous) => ({
      ...previous,
      ranges: previous.ranges.map((range) => (range.key === key ? { ...range, ...change } : range)),
    }));
  const removeRange = (key: number) =>
    setDraft((previous) => ({ ...previous, ranges: previous.ranges.filter((range) => range.key !== key) }));
  const addRange = () => {
    const added: DraftRange = { key: nextKey++, from: '', to: '', questionId: firstQuestion };
    setDraft((previous) => ({ ...previous, ranges: [...previous.ranges, added] }));
  };

  function submit() {
    const problem = planProblem(draft.ranges);
    if (problem) {
      refuse(describePlanProblem(problem, words));
      return;
    }
    const plan: SchedulePlan = {
      defaultQuestionId: draft.defaultQuestionId,
      weekdays: draft.weekdays,
      ranges: draft.ranges.map(({ from, to, questionId }) => ({ from, to, questionId })),
    };
    void save(call('admin.setSchedule', { plan }), (view) => {
      onSaved(view);
      setDraft(draftOf(view.schedule));
      return words.saved;
    });
  }

  return (
    <Card
      as="form"
      aria-labelledby="plan-title"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Subheading level={3} id="plan-title">
        {words.planTitle}
      </Subheading>
      <Hint>{words.planOrder}</Hint>
      <QuestionSelect
        label={words.defaultQuestion}
        entries={entries}
        value={draft.defaultQuestionId}
        onChange={setDefault}
      />
      <Fieldset legend={words.weekdaysTitle}>
        <div class={styles.weekdays}>
          {weekdays.map((day) => (
            <QuestionSelect
              key={day}
              label={words.weekdayNames[day]}
              entries={entries}
              value={draft.weekdays[day] ?? ''}
              none={words.noWeekdayQuestion}
              onChange={(questionId) => setWeekday(day, questionId)}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset legend={words.rangesTitle}>
        {draft.ranges.length === 0 && <Hint>{words.noRanges}</Hint>}
        {draft.ranges.map((range, index) => (
          <RangeFields
            key={range.key}
            number={index + 1}
            range={range}
            entries={entries}
            onChange={(change) => setRange(range.key, change)}
            onRemove={() => removeRange(range.key)}
          />
        ))}
        <Actions>
          <Button look="secondary" onClick={addRange}>
            {words.addRange}
          </Button>
        </Actions>
      </Fieldset>
      <SaveActions label={words.savePlan} busy={busy} outcome={outcome} />
    </Card>
  );
}

type RangeProps = {
  number: number;
  range: DraftRange;
  entries: readonly BankEntry[];
  onChange(change: Partial<DraftRange>): void;
  onRemove(): void;
};

function RangeFields({ number, range, entries, onChange, onRemove }: RangeProps) {
  const { words } = useAdminSession();
  const id = useId();
  return (
    <div class={styles.range} role="group" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} class={styles.rangeTitle}>
        {words.rangeTitle(number)}
      </h4>
      <Field type="date" label={words.rangeFrom} value={range.from} onChange={(from) => onChange({ from })} />
      <Field type="date" label={words.rangeTo} value={range.to} onChange={(to) => onChange({ to })} />
      <QuestionSelect
        label={words.rangeQuestion}
        entries={entries}
        value={range.questionId}
        onChange={(questionId) => onChange({ questionId })}
      />
      <div class={styles.rangeActions}>
        <Button look="secondary" aria-describedby={`${id}-title`} onClick={onRemove}>
          {words.removeRange}
        </Button>
      </div>
    </div>
  );
}
