import type { Output } from '../../../../shared/contract/index.ts';
import type { Language } from '../../../../shared/languages.ts';
import { text } from '../../../i18n/index.ts';
import { CalmText } from '../CalmText/index.tsx';
import { CrisisContacts } from '../CrisisContacts/index.tsx';
import { Screen, ScreenTitle } from '../Screen/index.tsx';

type Props = { display: Output<'kiosk.display'>; language: Language; offerHelp: boolean };

/**
 * The thank-you, shown only after the answer is stored. After the hardest answer it also says,
 * briefly and without asking anything, where help is right now.
 */
export function ThanksScreen({ display, language, offerHelp }: Props) {
  const words = text(language);
  return (
    <Screen>
      <CalmText as="div" role="status">
        <ScreenTitle>{words.thanks}</ScreenTitle>
        <p>{words.thanksSaved}</p>
        {offerHelp && (
          <>
            <p>{words.thanksHelp}</p>
            <CrisisContacts display={display} language={language} />
          </>
        )}
      </CalmText>
    </Screen>
  );
}
