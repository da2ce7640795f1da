import { Button } from '../../../components/Button/index.tsx';
import type { Dictionary } from '../../../i18n/fi.ts';
import { Pictogram, pictogramNames } from '../../../pictograms/index.ts';
import { Screen } from '../Screen/index.tsx';
import styles from './style.module.css';

/**
 * What CC BY-SA 4.0 asks of us for the pictograms: the creator's name, the licence and where it
 * is, and where the work is. The kiosk cannot open links, so the addresses are written out.
 */
const openMoji = {
  licence: 'CC BY-SA 4.0',
  licenceAddress: 'creativecommons.org/licenses/by-sa/4.0',
  address: 'openmoji.org',
};

type Props = { words: Dictionary['about']; onClose(): void };

/** Who made this kiosk and its pictures, under which licences, and every picture it can show. */
export function About({ words, onClose }: Props) {
  return (
    <Screen class={styles.about}>
      <h1 class={styles.title}>{words.title}</h1>
      <div class={styles.columns}>
        <div class={styles.credits}>
          <section class={styles.section} aria-labelledby="about-app">
            <h2 id="about-app" class={styles.heading}>
              Kuulluksi
            </h2>
            <p class={styles.text}>{words.appPurpose}</p>
            <p class={styles.text}>{words.appLicence}</p>
          </section>
          <section class={styles.section} aria-labelledby="about-openmoji">
            <h2 id="about-openmoji" class={styles.heading}>
              {words.pictogramsTitle}
            </h2>
            <p class={styles.text}>{words.pictogramsCredit}</p>
            <p class={styles.text}>
              {words.licence}: {openMoji.licence} ({openMoji.licenceAddress})
            </p>
            <p class={styles.text}>
              {words.website}: {openMoji.address}
            </p>
          </section>
        </div>
        <section class={`${styles.section} ${styles.pictures}`} aria-labelledby="about-pictograms">
          <h2 id="about-pictograms" class={styles.heading}>
            {words.pictogramsUsed}
          </h2>
          <ul class={styles.pictograms} aria-labelledby="about-pictograms">
            {pictogramNames.map((name) => (
              <li key={name} class={styles.pictogram}>
                <Pictogram name={name} />
                <span class={styles.pictogramName}>{name}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <div class={styles.closeBar}>
        <Button look="large" onClick={onClose}>
          {words.close}
        </Button>
      </div>
    </Screen>
  );
}
