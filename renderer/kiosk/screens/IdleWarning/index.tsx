import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../../../../shared/languages.ts';
import { Button } from '../../../components/Button/index.tsx';
import { text } from '../../../i18n/index.ts';
import styles from './style.module.css';

/** How long the warning counts down before the kiosk returns to the start. */
export const idleWarningSeconds = 15;

type Props = {
  language: Language;
  /** The comment box holds words that going back to the start would clear: the warning says so. */
  clearsText: boolean;
  onMoreTime(): void;
  onTimeout(): void;
  speak?: ((words: string) => void) | undefined;
};

/**
 * The visible end of a time limit: a countdown and one big button to keep going. Nobody is sent
 * back to the start without seeing this first.
 */
export function IdleWarning({ language, clearsText, onMoreTime, onTimeout, speak }: Props) {
  const words = text(language);
  const [left, setLeft] = useState(idleWarningSeconds);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    button.current?.focus();
    const said = clearsText ? [words.idleTitle, words.idleClearsText] : [words.idleTitle];
    speak?.(`${said.join(' ')} ${words.moreTime}?`);
    const timer = setInterval(() => setLeft((seconds) => seconds - 1), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) onTimeout();
  }, [left]);

  return (
    <div class={styles.overlay}>
      <div
        class={styles.dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="idle-title"
        aria-describedby={clearsText ? 'idle-clears idle-countdown' : 'idle-countdown'}
      >
        <h2 id="idle-title">{words.idleTitle}</h2>
        {clearsText && <p id="idle-clears">{words.idleClearsText}</p>}
        <p id="idle-countdown">{words.idleCountdown(Math.max(left, 0))}</p>
        <Button ref={button} look="large" onClick={onMoreTime}>
          {words.moreTime}
        </Button>
      </div>
    </div>
  );
}
