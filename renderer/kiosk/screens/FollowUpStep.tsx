import type { Chip } from '../../../shared/domain.ts';
import { pickText, type Language } from '../../../shared/languages.ts';
import { Button } from '../../components/Button/index.tsx';
import { text } from '../../i18n/index.ts';
import { isPictogramName, Pictogram } from '../../pictograms/index.ts';
import kioskStyles from '../style.module.css';
import styles from './style.module.css';

type Props = { chips: readonly Chip[]; language: Language; onChoose(chipId: string): void; onSkip(): void };

/** The optional "what mattered most?" after an answer: one tap on a chip, or skip. */
export function FollowUpStep({ chips, language, onChoose, onSkip }: Props) {
  const words = text(language);
  return (
    <main class={kioskStyles.screen}>
      <h1 class={kioskStyles.question}>{words.followUpTitle}</h1>
      <div class={styles.options} role="group" aria-label={words.followUpChoices}>
        {chips.map((chip) => (
          <button key={chip.id} type="button" class={styles.option} onClick={() => onChoose(chip.id)}>
            {chip.pictogram !== undefined && isPictogramName(chip.pictogram) && (
              <Pictogram name={chip.pictogram} />
            )}
            {pickText(chip.texts, language)}
          </button>
        ))}
      </div>
      <Button look="largeSecondary" onClick={onSkip}>
        {words.skip}
      </Button>
    </main>
  );
}
