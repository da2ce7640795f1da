import type { Output } from '../../../shared/contract/index.ts';
import type { Language } from '../../../shared/languages.ts';
import { Button } from '../../components/Button/index.tsx';
import { text } from '../../i18n/index.ts';
import kioskStyles from '../style.module.css';
import { CrisisContacts } from './CrisisContacts.tsx';
import styles from './style.module.css';

type Props = { display: Output<'kiosk.display'>; language: Language; onBack(): void };

/** A calm page of who to call. Opening it calls nothing in the core and stores nothing. */
export function HelpScreen({ display, language, onBack }: Props) {
  const words = text(language);
  return (
    <main class={kioskStyles.screen}>
      <h1 class={kioskStyles.question}>{words.helpTitle}</h1>
      <section class={styles.help}>
        <CrisisContacts display={display} language={language} />
        <p class={styles.note}>{words.helpNothingStored}</p>
      </section>
      <Button look="large" onClick={onBack}>
        {words.back}
      </Button>
    </main>
  );
}
