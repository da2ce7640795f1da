import type { Question } from '../../../../shared/domain.ts';
import type { Language } from '../../../../shared/languages.ts';
import { scales, valuesOf } from '../../../../shared/scales.ts';
import { SmileyButton } from '../../../components/Smiley/index.tsx';
import { scaleLabel, text } from '../../../i18n/index.ts';
import { Pictogram } from '../../../pictograms/index.ts';
import { Option, Options } from '../Options/index.tsx';
import styles from './style.module.css';

type Props = {
  question: Question;
  language: Language;
  disabled: boolean;
  /** The answer given before, marked, when the person came back to change it. */
  chosen?: number | undefined;
  onChoose(value: number): void;
};

/** Pictograms beside yes / not sure / no, so the answer can be recognised without reading. */
const choicePictograms = { 1: 'thumbs-down', 2: 'thumbs-up' } as const;
const unsurePictograms = { 1: 'thumbs-down', 2: 'shrug', 3: 'thumbs-up' } as const;

/**
 * The answers of a question's scale as big buttons: faces for smiley scales, words with a
 * pictogram for yes / no, words with a row of dots for agreement. Each button's visible words
 * are its accessible name.
 */
export function AnswerChoices({ question, language, disabled, chosen, onChoose }: Props) {
  const values = valuesOf(question.scale);
  const isChosen = (value: number) => (chosen === undefined ? undefined : value === chosen);
  const kind = scales[question.scale].kind;
  return (
    <Options label={text(language).answerChoices} scale={{ kind }}>
      {values.map((value, index) => {
        const label = scaleLabel(language, question.scale, value);
        if (kind === 'smiley') {
          return (
            <SmileyButton
              key={value}
              position={index / (values.length - 1)}
              label={label}
              disabled={disabled}
              chosen={isChosen(value)}
              onChoose={() => onChoose(value)}
            />
          );
        }
        const pictograms: Record<number, 'thumbs-up' | 'thumbs-down' | 'shrug'> =
          question.scale === 'yes-no' ? choicePictograms : unsurePictograms;
        return (
          <Option key={value} disabled={disabled} chosen={isChosen(value)} onChoose={() => onChoose(value)}>
            {kind === 'choice' ? (
              <Pictogram name={pictograms[value]!} />
            ) : (
              <AgreementDots filled={index + 1} of={values.length} />
            )}
            {label}
          </Option>
        );
      })}
    </Options>
  );
}

function AgreementDots({ filled, of }: { filled: number; of: number }) {
  return (
    <span class={styles.dots} aria-hidden="true">
      {Array.from({ length: of }, (_, i) => (
        <span key={i} class={styles.dot} data-filled={i < filled ? '' : undefined} />
      ))}
    </span>
  );
}
