import type { Output } from '../../../shared/contract/index.ts';
import type { Language } from '../../../shared/languages.ts';
import { text } from '../../i18n/index.ts';
import kioskStyles from '../style.module.css';
import { CrisisContacts } from './CrisisContacts.tsx';
import styles from './style.module.css';

type Props = { display: Output<'kiosk.display'>; language: Language; offerHelp: boolean };

/**
 * The thank-you, shown only after the answer is stored. After the hardest answer it also says,
 * briefly and without asking anything, where help is right now.
 */
export function ThanksScreen({ display, language, offerHelp }: Props) {
  const words = text(language);
  return (
    <main class={kioskStyles.screen}>
      <div role="status" class={styles.help}>
        <h1 class={kioskStyles.question}>{words.thanks}</h1>
        <p>{words.thanksSaved}</p>
        {offerHelp && (
          <>
            <p>{words.thanksHelp}</p>
            <CrisisContacts display={display} language={language} />
          </>
        )}
      </div>
    </main>
  );
}
