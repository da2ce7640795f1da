import type { Question } from '../../../../shared/domain.ts';
import { pickText, type Language } from '../../../../shared/languages.ts';
import { valuesOf } from '../../../../shared/scales.ts';
import { Button } from '../../../components/Button/index.tsx';
import { scaleLabel, text } from '../../../i18n/index.ts';
import { AnswerChoices } from '../../screens/AnswerChoices/index.tsx';
import { ScreenTitle } from '../../screens/Screen/index.tsx';
import { LanguageSwitcher } from '../LanguageSwitcher/index.tsx';
import { ReadAloudButton } from '../ReadAloudButton/index.tsx';
import styles from './style.module.css';

type Props = {
  question: Question;
  language: Language;
  /** The languages the centre offers, in its order. */
  offered: readonly Language[];
  saving: boolean;
  /** The answer given before, when the person came back from a later step to change it. */
  earlier?: number | undefined;
  largeText: boolean;
  onChoose(value: number): void;
  onLanguage(language: Language): void;
  onLargeText(): void;
  onAbout(): void;
  onReadAloudUsed(): void;
};

/**
 * What a person sees first: the question, its answers and the controls that make them readable.
 * The client's start screen and reception's preview both draw this, so the preview cannot drift
 * from what a client really meets.
 */
export function QuestionStart(props: Props) {
  const { question, language, offered, saving, earlier, largeText } = props;
  const words = text(language);
  const prompt = pickText(question.texts, language);
  return (
    <>
      <ScreenTitle>{prompt}</ScreenTitle>
      <AnswerChoices
        question={question}
        language={language}
        disabled={saving}
        chosen={earlier}
        onChoose={props.onChoose}
      />
      <p class={styles.progress} role="status">
        {saving ? words.saving : earlier !== undefined ? words.changeHint : ''}
      </p>
      <div class={styles.bar}>
        <LanguageSwitcher language={language} offered={offered} onChange={props.onLanguage} />
        <ReadAloudButton
          key={language}
          language={language}
          texts={[
            ...(earlier !== undefined ? [words.changeHint] : []),
            prompt,
            ...valuesOf(question.scale).map((value) => scaleLabel(language, question.scale, value)),
          ]}
          onUsed={props.onReadAloudUsed}
        />
        <Button look="control" aria-pressed={largeText} onClick={props.onLargeText}>
          {words.largeText}
        </Button>
        <Button look="control" onClick={props.onAbout}>
          {words.aboutButton}
        </Button>
      </div>
    </>
  );
}
