import type { Output } from '../../../../shared/contract/index.ts';
import type { Language } from '../../../../shared/languages.ts';
import { text } from '../../../i18n/index.ts';
import styles from './style.module.css';

type Display = Output<'kiosk.display'>;

/** Easy Finnish readers get the Finnish line: it is the same service in the same language. */
const lineLanguage = { fi: 'fi', sv: 'sv', en: 'en', selko: 'fi' } as const;

/** 112, the crisis line in the client's language, and the centre's own contact, as the centre set them. */
export function CrisisContacts({ display, language }: { display: Display; language: Language }) {
  const words = text(language);
  const line = display.crisisLines[lineLanguage[language]];
  return (
    <>
      <p class={styles.emergency}>{words.helpEmergency}</p>
      <p>{words.helpCrisisLine}</p>
      <p class={styles.line}>
        {line.name} {line.number}
      </p>
      {line.hours && <p class={styles.hours}>{line.hours}</p>}
      <p>{display.centreContact ?? words.helpCentre}</p>
    </>
  );
}
