import type { ComponentChildren } from 'preact';
import { Button } from '../../components/Button/index.tsx';
import { Actions, Heading, Section } from '../../components/FormLayout/index.tsx';
import { Notice, type Outcome } from '../../components/Notice/index.tsx';

import { useStaff } from '../staff-context.ts';
import { useFocusOnShow } from '../use-focus.ts';

type StepProps = { id: string; title: string; children: ComponentChildren };

/** One step of the first run; its heading takes focus as the step appears, where reading starts. */
export function KeysStep({ id, title, children }: StepProps) {
  const heading = useFocusOnShow<HTMLHeadingElement>();
  return (
    <Section aria-labelledby={id}>
      <Heading id={id} tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      {children}
    </Section>
  );
}

type ActionsProps = { submit: string; busy: boolean; outcome: Outcome; onBack?: () => void };

/** A form's buttons: do it, or (in a step of the first run) go back to the choice; what came of it beside them. */
export function StepActions({ submit, busy, outcome, onBack }: ActionsProps) {
  const { words } = useStaff();
  return (
    <Actions>
      <Button look="primary" type="submit" disabled={busy}>
        {submit}
      </Button>
      {onBack && (
        <Button look="secondary" disabled={busy} onClick={onBack}>
          {words.back}
        </Button>
      )}
      <Notice outcome={outcome} inRow />
    </Actions>
  );
}
