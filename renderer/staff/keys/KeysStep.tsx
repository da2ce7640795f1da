import type { ComponentChildren } from 'preact';
import type { Outcome } from '../Outcome.tsx';
import { OutcomeNotice } from '../Outcome.tsx';
import { form } from '../form.ts';
import { useStaff } from '../staff-context.ts';
import { useFocusOnShow } from '../use-focus.ts';

type StepProps = { id: string; title: string; children: ComponentChildren };

/** One step of the first run; its heading takes focus as the step appears, where reading starts. */
export function KeysStep({ id, title, children }: StepProps) {
  const heading = useFocusOnShow<HTMLHeadingElement>();
  return (
    <section class={form.section} aria-labelledby={id}>
      <h2 id={id} class={form.heading} tabIndex={-1} ref={heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

type ActionsProps = { submit: string; busy: boolean; outcome: Outcome; onBack?: () => void };

/** A form's buttons: do it, or (in a step of the first run) go back to the choice; what came of it beside them. */
export function StepActions({ submit, busy, outcome, onBack }: ActionsProps) {
  const { words } = useStaff();
  return (
    <div class={form.actions}>
      <button type="submit" class={form.primary} disabled={busy}>
        {submit}
      </button>
      {onBack && (
        <button type="button" class={form.secondary} disabled={busy} onClick={onBack}>
          {words.back}
        </button>
      )}
      <OutcomeNotice outcome={outcome} inRow />
    </div>
  );
}
