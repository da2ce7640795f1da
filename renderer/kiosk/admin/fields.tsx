import { useId } from 'preact/hooks';
import form from './form.module.css';

type Props = {
  label: string;
  /** Read out with the field, shown under it. */
  hint?: string | undefined;
  type: 'text' | 'multiline' | 'number' | 'date' | 'time';
  value: string;
  maxLength?: number;
  required?: boolean;
  /** The language the text is typed in, for spelling and for a screen reader's voice. */
  lang?: string;
  onChange(value: string): void;
};

/**
 * A labelled field of the admin view. Numbers are kept as typed, so a half-typed number is not
 * rewritten under the finger; the form turns them into numbers when it saves.
 */
export function Field({ label, hint, type, value, maxLength, required, lang, onChange }: Props) {
  const id = useId();
  const common = {
    id,
    value,
    lang,
    required,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      onChange(event.currentTarget.value),
  };
  return (
    <div class={form.field}>
      <label for={id} class={form.label}>
        {label}
      </label>
      {type === 'multiline' ? (
        <textarea class={form.textarea} rows={2} maxLength={maxLength} {...common} />
      ) : type === 'number' ? (
        <input class={`${form.input} ${form.short}`} type="number" inputMode="numeric" step={1} {...common} />
      ) : type === 'text' ? (
        <input class={form.input} type="text" maxLength={maxLength} {...common} />
      ) : (
        <input class={form.input} type={type} {...common} />
      )}
      {hint && (
        <p id={`${id}-hint`} class={form.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}
