import type { Output } from '../../../../shared/contract/index.ts';
import type { Language } from '../../../../shared/languages.ts';
import { Button } from '../../../components/Button/index.tsx';
import { text } from '../../../i18n/index.ts';
import { CalmText } from '../CalmText/index.tsx';
import { CrisisContacts } from '../CrisisContacts/index.tsx';
import { Screen, ScreenTitle } from '../Screen/index.tsx';
import styles from './style.module.css';

type Props = { display: Output<'kiosk.display'>; language: Language; onBack(): void };

/** A calm page of who to call. Opening it calls nothing in the core and stores nothing. */
export function HelpScreen({ display, language, onBack }: Props) {
  const words = text(language);
  return (
    <Screen>
      <ScreenTitle>{words.helpTitle}</ScreenTitle>
      <CalmText as="section">
        <CrisisContacts display={display} language={language} />
        <p class={styles.note}>{words.helpNothingStored}</p>
      </CalmText>
      <Button look="large" onClick={onBack}>
        {words.back}
      </Button>
    </Screen>
  );
}
