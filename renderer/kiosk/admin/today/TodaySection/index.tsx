import { useState } from 'preact/hooks';
import { pickText } from '../../../../../shared/languages.ts';
import type { BankEntry } from '../../../../../shared/question-bank.ts';
import { Card } from '../../../../components/Card/index.tsx';
import { Heading, Hint, Section, Subheading } from '../../../../components/FormLayout/index.tsx';
import { Alert } from '../../../../components/Notice/index.tsx';
import { useAdminData } from '../../useAdminData.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import { QuestionPreview } from '../../preview/QuestionPreview/index.tsx';
import { SaveActions } from '../../SaveActions/index.tsx';
import { useSave } from '../../useSave.ts';
import { QuestionSelect } from '../QuestionSelect/index.tsx';
import { SchedulePlanForm } from '../SchedulePlanForm/index.tsx';
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
    <Section aria-labelledby="today-title" aria-busy={!problem && (!bank.data || !schedule.data)}>
      <Heading id="today-title">{words.sections.today}</Heading>
      {problem && <Alert>{problem}</Alert>}
      {today && (
        <Card aria-labelledby="today-question-title">
          <Subheading level={3} id="today-question-title">
            {words.todayTitle}
          </Subheading>
          <p class={styles.todayQuestion}>
            {todays ? pickText(todays.question.texts, language) : today.questionId}
          </p>
          <Hint>{words.because[today.because]}</Hint>
        </Card>
      )}
      {pickable.length > 0 && (
        <Card
          as="form"
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
          <Subheading level={3} id="ask-now-title">
            {words.askNowTitle}
          </Subheading>
          <QuestionSelect
            label={words.askNowLabel}
            entries={pickable}
            value={shownPick}
            onChange={setPicked}
          />
          {pickedEntry && <QuestionPreview question={pickedEntry.question} />}
          <Hint>{words.askNowNote}</Hint>
          <SaveActions label={words.askNowButton} busy={busy} disabled={!pickedEntry} outcome={outcome} />
        </Card>
      )}
      {schedule.data && bank.data && (
        <SchedulePlanForm
          key={planEdition}
          schedule={schedule.data.schedule}
          entries={entries}
          onSaved={schedule.set}
        />
      )}
    </Section>
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
