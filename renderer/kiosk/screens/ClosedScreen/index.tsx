import type { Output } from '../../../../shared/contract/index.ts';
import { languageTag, type Language } from '../../../../shared/languages.ts';
import { text } from '../../../i18n/index.ts';
import { Screen, ScreenTitle } from '../Screen/index.tsx';
import styles from './style.module.css';

type OpensNext = Extract<Output<'kiosk.today'>, { open: false }>['opensNext'];
type Props = { opensNext: OpensNext; offered: readonly Language[] };

/**
 * Outside opening hours: a calm notice and nothing to answer. It speaks the centre's first
 * language, with the other languages it offers below, since nobody can switch here. Easy Finnish
 * is left out where Finnish is shown, being the same message in plainer words.
 */
export function ClosedScreen({ opensNext, offered }: Props) {
  const [first = 'fi', ...others] = offered;
  const also = others.filter((language) => !(language === 'selko' && offered.includes('fi')));
  return (
    <Screen class={styles.closed} lang={languageTag[first]}>
      <ScreenTitle>{text(first).closedNow}</ScreenTitle>
      {opensNext && <p class={styles.opens}>{text(first).opensAgain(opensNext.weekday, opensNext.time)}</p>}
      {also.map((language) => (
        <p key={language} lang={languageTag[language]} class={styles.closedOther}>
          {text(language).closedNow}{' '}
          {opensNext && text(language).opensAgain(opensNext.weekday, opensNext.time)}
        </p>
      ))}
    </Screen>
  );
}
