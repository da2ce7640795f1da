import type { ComponentChildren } from 'preact';
import form from './form.module.css';
import { Notice, type Outcome } from './Notice.tsx';

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
    <div class={sticky ? form.stickyActions : form.actions}>
      <button type="submit" class={form.primary} disabled={busy || disabled}>
        {label}
      </button>
      {children}
      <Notice outcome={outcome} />
    </div>
  );
}
