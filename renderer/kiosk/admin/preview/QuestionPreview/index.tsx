import { useState } from 'preact/hooks';
import type { Question } from '../../../../../shared/domain.ts';
import { languages, languageTag, type Language } from '../../../../../shared/languages.ts';
import { Hint, Subheading } from '../../../../components/FormLayout/index.tsx';
import { LanguageButtons } from '../../../../components/LanguageButtons/index.tsx';
import { text } from '../../../../i18n/index.ts';
import { startStyles } from '../../../kiosk-app-classes.ts';
import { Screen } from '../../../screens/Screen/index.tsx';
import { QuestionStart } from '../../../start/QuestionStart/index.tsx';
import { useAdminData } from '../../useAdminData.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import styles from './style.module.css';

const nothing = () => {};

/** At most this wide, and never more than this share of the screen, so the fields around it stay in view. */
const maxWidthPx = 768;
const maxShare = 0.5;
/** Preact sets numbers in styles as they are, without a unit. */
const px = (pixels: number) => `${pixels}px`;

/**
 * A question exactly as a client meets it: the client's own start screen, drawn small and inert
 * (nothing in it can be tapped or focused), in any of the kiosk's languages. It shows the
 * languages the centre offers, as the client's language buttons would, and has the shape of this
 * very screen (landscape or portrait), which is the one clients use. It is a picture of a
 * screen, so it is hidden from screen readers, which would otherwise announce a second page of
 * buttons that do nothing; the question's words are in the field that chose it.
 */
export function QuestionPreview({ question }: { question: Question }) {
  const { words } = useAdminSession();
  const { data: settings } = useAdminData('admin.settings');
  const [language, setLanguage] = useState<Language>('fi');
  const fallsBack = language !== 'fi' && question.texts[language] === undefined;
  const screen = { width: window.innerWidth, height: window.innerHeight };
  const zoom = Math.min(maxWidthPx / screen.width, maxShare);
  return (
    <section class={styles.preview} aria-label={words.previewTitle}>
      <Subheading level={3}>{words.previewTitle}</Subheading>
      <LanguageButtons
        options={languages}
        chosen={language}
        label={words.previewLanguage}
        look="form"
        onChoose={setLanguage}
      />
      {fallsBack && <Hint>{words.previewFallback}</Hint>}
      <div class={styles.frame} style={{ width: px(screen.width * zoom), height: px(screen.height * zoom) }}>
        <Screen
          as="div"
          class={styles.screen}
          style={{ zoom, width: px(screen.width), height: px(screen.height) }}
          lang={languageTag[language]}
          inert
          aria-hidden="true"
          data-testid="question-preview"
        >
          <QuestionStart
            question={question}
            language={language}
            offered={settings?.languages ?? [language]}
            saving={false}
            largeText={false}
            onChoose={nothing}
            onLanguage={nothing}
            onLargeText={nothing}
            onAbout={nothing}
            onReadAloudUsed={nothing}
          />
          <span class={startStyles.help}>{text(language).helpButton}</span>
        </Screen>
      </div>
    </section>
  );
}
