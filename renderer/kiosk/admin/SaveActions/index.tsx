import type { ComponentChildren } from 'preact';
import { Button } from '../../../components/Button/index.tsx';
import { Actions } from '../../../components/FormLayout/index.tsx';
import { Notice, type Outcome } from '../../../components/Notice/index.tsx';

type Props = {
  label: string;
  busy: boolean;
  outcome: Outcome;
  /** For a long form: the row stays at the bottom of the screen while the form scrolls. */
  sticky?: boolean;
  disabled?: boolean;
  /** Other buttons beside Save, such as Cancel. */
  children?: ComponentChildren;
};

/** A form's Save, with what came of the last save right beside it. */
export function SaveActions({ label, busy, outcome, sticky = false, disabled = false, children }: Props) {
  return (
    <Actions sticky={sticky}>
      <Button look="primary" type="submit" disabled={busy || disabled}>
        {label}
      </Button>
      {children}
      <Notice outcome={outcome} inRow />
    </Actions>
  );
}
