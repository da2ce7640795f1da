import { form } from './form.ts';

export type Outcome = { tone: 'working' | 'done' | 'problem'; message: string } | undefined;

/**
 * What came of the last action, in live regions that are always there (so a screen reader hears
 * each change): progress and success as a status, a refusal as an alert with the core's sentence.
 * `inRow` when it stands in a row of buttons, beside the one that acted.
 */
export function OutcomeNotice({ outcome, inRow = false }: { outcome: Outcome; inRow?: boolean }) {
  return (
    <div class={inRow ? form.notice : undefined}>
      <p role="status" class={outcome?.tone === 'done' ? form.done : undefined}>
        {outcome?.tone === 'problem' ? '' : (outcome?.message ?? '')}
      </p>
      <p role="alert" class={form.problem}>
        {outcome?.tone === 'problem' ? outcome.message : ''}
      </p>
    </div>
  );
}
