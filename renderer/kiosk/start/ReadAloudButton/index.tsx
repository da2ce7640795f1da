import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../../../shared/languages.ts';
import { Button } from '../../../components/Button/index.tsx';
import { text } from '../../../i18n/index.ts';
import { speak, stopSpeaking } from '../speech.ts';
import { useVoice } from '../useVoice.ts';
import styles from './style.module.css';

type Props = { language: Language; texts: readonly string[]; onUsed(): void };

/**
 * Reads the question and its answers aloud in the chosen language; a second tap stops, a third
 * starts again. Where the system has no voice for the language the button is not shown at all.
 * Give it `key={language}`: another language is another button, which starts silent, and the one
 * it replaces stops reading as it goes.
 */
export function ReadAloudButton({ language, texts, onUsed }: Props) {
  const voice = useVoice(language);
  const [reading, setReading] = useState(false);
  const words = text(language);
  useEffect(() => () => stopSpeaking(), []);
  if (!voice) return null;
  return (
    <Button
      look="control"
      aria-pressed={reading}
      onClick={() => {
        if (reading) {
          stopSpeaking();
          setReading(false);
          return;
        }
        onUsed();
        setReading(true);
        speak(voice, texts, () => setReading(false));
      }}
    >
      <span aria-hidden="true" class={styles.icon}>
        🔊
      </span>
      {reading ? words.stopReading : words.readAloud}
    </Button>
  );
}
