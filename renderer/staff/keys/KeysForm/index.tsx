import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { Card } from '../../../components/Card/index.tsx';
import { Note, Subheading } from '../../../components/FormLayout/index.tsx';
import type { Outcome } from '../../../components/Notice/index.tsx';
import { StepActions } from '../StepActions/index.tsx';

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
    <Card
      as="form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Subheading level={3} id={titleId}>
        {title}
      </Subheading>
      <Note>{intro}</Note>
      {children}
      <StepActions submit={submit} busy={outcome?.tone === 'working'} outcome={outcome} />
    </Card>
  );
}
