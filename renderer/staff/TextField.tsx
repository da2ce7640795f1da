import { useId } from 'preact/hooks';
import { form } from './form.ts';

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

/** A labelled one-line field of the staff screens: a path or a passphrase. */
export function TextField({
  label,
  hint,
  value,
  secret = false,
  autocomplete,
  invalid = false,
  onInput,
}: Props) {
  const id = useId();
  const common = {
    id,
    class: form.input,
    value,
    autocomplete,
    spellcheck: false,
    'aria-invalid': invalid || undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onInput: (event: { currentTarget: HTMLInputElement }) => onInput(event.currentTarget.value),
  };
  return (
    <div class={form.field}>
      <label for={id} class={form.label}>
        {label}
      </label>
      {secret ? <input type="password" {...common} /> : <input type="text" {...common} />}
      {hint && (
        <p id={`${id}-hint`} class={form.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
