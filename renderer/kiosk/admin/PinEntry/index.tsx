import { useId, useState } from 'preact/hooks';
import { newPinPattern, pinLength, pinPattern } from '../../../../shared/admin-access.ts';
import type { AdminDictionary } from '../../../i18n/admin/index.ts';
import styles from './style.module.css';

type Props = {
  words: AdminDictionary;
  /** What went wrong with the last PIN, announced as it appears. */
  message?: string | undefined;
  busy: boolean;
  /** A new PIN is being chosen: it needs more digits than one that is typed to open the view. */
  choosing?: boolean | undefined;
  onSubmit(pin: string): void;
};

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * A number pad with big keys over a masked field. The field is a real password input, so a
 * physical keyboard and assistive technology work as they do anywhere; the keys only add to it.
 * Only digits ever reach it, so a PIN of letters cannot be typed at all.
 */
export function PinEntry({ words, message, busy, choosing = false, onSubmit }: Props) {
  const [pin, setPin] = useState('');
  const [ruleBroken, setRuleBroken] = useState(false);
  const id = useId();
  const type = (digit: string) => setPin((typed) => (typed.length < pinLength.max ? typed + digit : typed));

  function submit() {
    if (!(choosing ? newPinPattern : pinPattern).test(pin)) {
      setRuleBroken(true);
      return;
    }
    setRuleBroken(false);
    setPin('');
    onSubmit(pin);
  }

  return (
    <form
      class={styles.pinForm}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label for={`${id}-pin`} class={styles.label}>
        {words.pinLabel}
      </label>
      <input
        id={`${id}-pin`}
        class={styles.pinField}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={pinLength.max}
        aria-describedby={`${id}-message`}
        value={pin}
        onInput={(event) => {
          // Assigned back at once, so a letter typed on a physical keyboard never shows even briefly.
          const typed = event.currentTarget.value.replace(/\D/g, '');
          event.currentTarget.value = typed;
          setPin(typed);
        }}
      />
      <p id={`${id}-message`} class={styles.message} role="alert">
        {ruleBroken ? (choosing ? words.newPinRule : words.pinRule) : (message ?? '')}
      </p>
      <div class={styles.keys}>
        {digits.map((digit) => (
          <button key={digit} type="button" class={styles.key} onClick={() => type(digit)}>
            {digit}
          </button>
        ))}
        <button
          type="button"
          class={styles.key}
          aria-label={words.deleteDigit}
          onClick={() => setPin((typed) => typed.slice(0, -1))}
        >
          ⌫
        </button>
        <button type="button" class={styles.key} onClick={() => type('0')}>
          0
        </button>
        <button type="submit" class={styles.key} disabled={busy}>
          {words.ok}
        </button>
      </div>
    </form>
  );
}
