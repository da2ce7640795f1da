import { useState } from 'preact/hooks';
import { pinLength, pinPattern } from '../../../shared/admin-access.ts';
import type { Dictionary } from '../../i18n/fi.ts';
import { AdminPanel } from './AdminPanel.tsx';
import styles from './style.module.css';

type Props = {
  words: Dictionary['admin'];
  title: string;
  /** What went wrong with the last PIN, announced as it appears. */
  message?: string | undefined;
  busy: boolean;
  onSubmit(pin: string): void;
  onCancel(): void;
};

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * A number pad with big keys over a masked field. The field is a real password input, so a
 * physical keyboard and assistive technology work as they do anywhere; the keys only add to it.
 */
export function PinPad({ words, title, message, busy, onSubmit, onCancel }: Props) {
  const [pin, setPin] = useState('');
  const [ruleBroken, setRuleBroken] = useState(false);
  const type = (digit: string) => setPin((typed) => (typed.length < pinLength.max ? typed + digit : typed));

  function submit() {
    if (!pinPattern.test(pin)) {
      setRuleBroken(true);
      return;
    }
    setRuleBroken(false);
    setPin('');
    onSubmit(pin);
  }

  return (
    <AdminPanel>
      <h1 class={styles.title}>{title}</h1>
      <form
        class={styles.pinForm}
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label for="admin-pin" class={styles.label}>
          {words.pinLabel}
        </label>
        <input
          id="admin-pin"
          class={styles.pinField}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={pinLength.max}
          aria-describedby="admin-pin-message"
          value={pin}
          onInput={(event) => setPin(event.currentTarget.value.replace(/\D/g, ''))}
        />
        <p id="admin-pin-message" class={styles.message} role="alert">
          {ruleBroken ? words.pinRule : (message ?? '')}
        </p>
        <div class={styles.keys}>
          {digits.map((digit) => (
            <button key={digit} type="button" class={styles.key} onClick={() => type(digit)}>
              {digit}
            </button>
          ))}
          <button type="button" class={styles.key} aria-label={words.deleteDigit} onClick={() => setPin((typed) => typed.slice(0, -1))}>
            ⌫
          </button>
          <button type="button" class={styles.key} onClick={() => type('0')}>
            0
          </button>
          <button type="submit" class={styles.key} disabled={busy}>
            {words.ok}
          </button>
        </div>
        <button type="button" class={styles.secondary} onClick={onCancel}>
          {words.cancel}
        </button>
      </form>
    </AdminPanel>
  );
}
