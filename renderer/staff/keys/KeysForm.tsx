import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { form } from '../form.ts';
import type { Outcome } from '../Outcome.tsx';
import { StepActions } from './KeysStep.tsx';

type Props = {
  title: string;
  intro: string;
  submit: string;
  outcome: Outcome;
  onSubmit(): void;
  children: ComponentChildren;
};

/**
 * One form of the Keys section, named by its heading: its fields, its button, and what came of
 * it beside the button. The browser's own checks are off; the form says what is wrong itself.
 */
export function KeysForm({ title, intro, submit, outcome, onSubmit, children }: Props) {
  const titleId = useId();
  return (
    <form
      class={form.card}
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={titleId} class={form.subheading}>
        {title}
      </h3>
      <p class={form.note}>{intro}</p>
      {children}
      <StepActions submit={submit} busy={outcome?.tone === 'working'} outcome={outcome} />
    </form>
  );
}
