import { useState } from 'preact/hooks';
import { pickText } from '../../../../shared/languages.ts';
import type { BankEntry } from '../../../../shared/question-bank.ts';
import { useAdminData, useAdminSession } from '../admin-session.ts';
import form from '../form.module.css';
import { useSave } from '../Notice.tsx';
import { SaveActions } from '../SaveActions.tsx';
import { QuestionPreview } from '../preview/QuestionPreview.tsx';
import { QuestionSelect } from './QuestionSelect.tsx';
import { SchedulePlanForm } from './SchedulePlanForm.tsx';
import styles from './style.module.css';

/**
 * Which question is on today and why, a way to put another on at once (seen first in the
 * preview), and the plan for the days ahead.
 */
export function TodaySection() {
  const { words, language, call } = useAdminSession();
  const bank = useAdminData('admin.questionBank');
  const schedule = useAdminData('admin.schedule');
  /** The question reception chose to ask now; none until they choose one. */
  const [picked, setPicked] = useState<string>();
  /** Counts the plans "ask now" made, each of which the plan form starts again from. */
  const [planEdition, setPlanEdition] = useState(0);
  const { outcome, busy, save } = useSave();
  const entries = bank.data?.entries ?? [];
  const today = schedule.data?.today;
  const todays = entries.find((entry) => entry.question.id === today?.questionId);
  const pickable = entries.filter((entry) => !entry.archived);

  const shownPick = picked ?? startingPick(today?.questionId, pickable);
  const pickedEntry = pickable.find((entry) => entry.question.id === shownPick);
  const problem = bank.problem ?? schedule.problem;

  return (
    <section
      class={form.section}
      aria-labelledby="today-title"
      aria-busy={!problem && (!bank.data || !schedule.data)}
    >
      <h2 id="today-title" class={form.heading}>
        {words.sections.today}
      </h2>
      {problem && (
        <p role="alert" class={form.problem}>
          {problem}
        </p>
      )}
      {today && (
        <div class={form.card} aria-labelledby="today-question-title">
          <h3 id="today-question-title" class={form.subheading}>
            {words.todayTitle}
          </h3>
          <p class={styles.todayQuestion}>
            {todays ? pickText(todays.question.texts, language) : today.questionId}
          </p>
          <p class={form.hint}>{words.because[today.because]}</p>
        </div>
      )}
      {pickable.length > 0 && (
        <form
          class={form.card}
          aria-labelledby="ask-now-title"
          onSubmit={(event) => {
            event.preventDefault();
            void save(call('admin.askNow', { questionId: shownPick }), (view) => {
              schedule.set(view);
              // Asking now changed the plan's default: the plan form starts again from the saved plan.
              setPlanEdition((edition) => edition + 1);
              return words.askedNow;
            });
          }}
        >
          <h3 id="ask-now-title" class={form.subheading}>
            {words.askNowTitle}
          </h3>
          <QuestionSelect
            label={words.askNowLabel}
            entries={pickable}
            value={shownPick}
            onChange={setPicked}
          />
          {pickedEntry && <QuestionPreview question={pickedEntry.question} />}
          <p class={form.hint}>{words.askNowNote}</p>
          <SaveActions label={words.askNowButton} busy={busy} disabled={!pickedEntry} outcome={outcome} />
        </form>
      )}
      {schedule.data && bank.data && (
        <SchedulePlanForm
          key={planEdition}
          schedule={schedule.data.schedule}
          entries={entries}
          onSaved={schedule.set}
        />
      )}
    </section>
  );
}

/**
 * What the ask-now field shows until reception chooses: today's question, so the preview first
 * shows what clients see now (or the first that may be asked, where today's is archived).
 */
function startingPick(todaysId: string | undefined, pickable: readonly BankEntry[]): string {
  if (todaysId === undefined) return '';
  return pickable.some((entry) => entry.question.id === todaysId)
    ? todaysId
    : (pickable[0]?.question.id ?? '');
}
