import { Field } from '../Field/index.tsx';

type Props = {
  label: string;
  /** Read out with the field, shown under it. */
  hint?: string | undefined;
  value: string;
  /** A passphrase is never shown, and the browser is told not to offer it elsewhere. */
  secret?: boolean;
  autocomplete: string;
  /** Marks the field a refusal named, for sight and for screen readers. */
  invalid?: boolean;
  onInput(value: string): void;
};

/**
 * A labelled one-line field for what is typed exactly and never checked for spelling: a path or
 * a passphrase.
 */
export function TextField({
  label,
  hint,
  value,
  secret = false,
  autocomplete,
  invalid = false,
  onInput,
}: Props) {
  return (
    <Field
      type={secret ? 'password' : 'text'}
      label={label}
      hint={hint}
      value={value}
      autocomplete={autocomplete}
      spellcheck={false}
      invalid={invalid}
      onChange={onInput}
    />
  );
}
