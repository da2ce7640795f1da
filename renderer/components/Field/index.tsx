import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import type { Language } from '../../../shared/languages.ts';
import { timeParts } from '../../i18n/format-time.ts';
import { Hint } from '../FormLayout/index.tsx';
import styles from './style.module.css';

type Props = {
  label: string;
  /** Read out with the field, shown under it. */
  hint?: string | undefined;
  type: 'text' | 'password' | 'multiline' | 'number' | 'date';
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

type TimeProps = {
  label: string;
  /** HH:MM, 24-hour, as the core keeps it. */
  value: string;
  /** The language the time is written in: its separator and how its hours and minutes look. */
  language: Language;
  /** What a screen reader says for each of the two lists. */
  hourLabel: string;
  minutesLabel: string;
  onChange(value: string): void;
};

const hours = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'));
/** Five-minute steps are what opening hours need; a time set otherwise (by IT) is kept and offered too. */
const minuteSteps = Array.from({ length: 12 }, (_, step) => String(step * 5).padStart(2, '0'));

/**
 * A time of day as a list of hours and a list of minutes, written as the language writes times
 * (8.00 in Finnish and Swedish, 8:00 in English). Not `<input type="time">`: Chromium draws that
 * in the browser's own locale whatever the page's `lang`, so on a browser set to American English
 * Finnish reception saw AM and PM. Lists also need no keyboard on a touch screen.
 */
export function TimeField({ label, value, language, hourLabel, minutesLabel, onChange }: TimeProps) {
  const id = useId();
  const [hour = '00', minutes = '00'] = value.split(':');
  const minuteChoices = minuteSteps.includes(minutes) ? minuteSteps : [...minuteSteps, minutes].sort();
  const written = (time: string) => timeParts(time, language);
  return (
    <div class={styles.field} role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} class={styles.label}>
        {label}
      </span>
      <span class={styles.time}>
        <select
          class={styles.select}
          aria-label={hourLabel}
          value={hour}
          onChange={(event) => onChange(`${event.currentTarget.value}:${minutes}`)}
        >
          {hours.map((each) => (
            <option key={each} value={each}>
              {written(`${each}:00`)?.hour ?? each}
            </option>
          ))}
        </select>
        <span aria-hidden="true">{written(value)?.separator}</span>
        <select
          class={styles.select}
          aria-label={minutesLabel}
          value={minutes}
          onChange={(event) => onChange(`${hour}:${event.currentTarget.value}`)}
        >
          {minuteChoices.map((each) => (
            <option key={each} value={each}>
              {written(`00:${each}`)?.minutes ?? each}
            </option>
          ))}
        </select>
      </span>
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
