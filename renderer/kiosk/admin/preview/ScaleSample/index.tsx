import type { Question } from '../../../../../shared/domain.ts';
import type { Language } from '../../../../../shared/languages.ts';
import type { ScaleId } from '../../../../../shared/scales.ts';
import { AnswerChoices } from '../../../screens/AnswerChoices/index.tsx';
import styles from './style.module.css';

const nothing = () => {};

/** A scale's answers drawn small, by the client's own component, so reception sees what clients will tap. */
export function ScaleSample({ scale, language }: { scale: ScaleId; language: Language }) {
  // Built here rather than from shared/domain.ts, whose schemas would bring zod into the kiosk bundle.
  const question: Question = {
    id: 'sample',
    version: 1,
    scale,
    texts: { fi: '' },
    followUps: { positive: [], negative: [] },
    freeText: false,
  };
  return (
    <div class={styles.sample} inert aria-hidden="true">
      <AnswerChoices question={question} language={language} disabled onChoose={nothing} />
    </div>
  );
}
