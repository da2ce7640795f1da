import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { Hint } from '../FormLayout/index.tsx';
import styles from './style.module.css';

type Props = {
  label: string;
  /** Read out with the field, shown under it. */
  hint?: string | undefined;
  type: 'text' | 'password' | 'multiline' | 'number' | 'date' | 'time';
  value: string;
  maxLength?: number;
  required?: boolean;
  /** The language the text is typed in, for spelling and for a screen reader's voice. */
  lang?: string;
  autocomplete?: string;
  spellcheck?: boolean;
  /** Marks the field a refusal named, for sight and for screen readers. */
  invalid?: boolean;
  onChange(value: string): void;
};

/**
 * A labelled field. Numbers are kept as typed, so a half-typed number is not rewritten under the
 * finger; the form turns them into numbers when it saves.
 */
export function Field({ label, hint, type, value, onChange, invalid, ...typing }: Props) {
  const id = useId();
  const common = {
    id,
    value,
    ...typing,
    'aria-invalid': invalid || undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onInput: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
      onChange(event.currentTarget.value),
  };
  return (
    <div class={styles.field}>
      <Label for={id}>{label}</Label>
      {type === 'multiline' ? (
        <textarea class={styles.textarea} rows={2} {...common} />
      ) : type === 'number' ? (
        <input
          class={`${styles.input} ${styles.short}`}
          type="number"
          inputMode="numeric"
          step={1}
          {...common}
        />
      ) : type === 'password' ? (
        <input class={styles.input} type="password" {...common} />
      ) : type === 'text' ? (
        <input class={styles.input} type="text" {...common} />
      ) : (
        <input class={styles.input} type={type} {...common} />
      )}
      {hint && <Hint id={`${id}-hint`}>{hint}</Hint>}
    </div>
  );
}

type SelectProps = {
  label: string;
  value: string;
  onChange(value: string): void;
  children: ComponentChildren;
};

/** A labelled choice of one from a list, the options given as children. */
export function SelectField({ label, value, onChange, children }: SelectProps) {
  const id = useId();
  return (
    <div class={styles.field}>
      <Label for={id}>{label}</Label>
      <select
        id={id}
        class={styles.select}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        {children}
      </select>
    </div>
  );
}

/** A field's name, above it. */
export function Label({ for: control, children }: { for: string; children: ComponentChildren }) {
  return (
    <label for={control} class={styles.label}>
      {children}
    </label>
  );
}
