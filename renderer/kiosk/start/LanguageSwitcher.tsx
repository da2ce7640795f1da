import { languages, languageTag, type Language } from '../../../shared/languages.ts';
import { text } from '../../i18n/index.ts';
import styles from './style.module.css';

/** Each language named in itself, so a reader finds their own whatever is on screen now. */
const ownName: Record<Language, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English', selko: 'Selkosuomi' };

type Props = { language: Language; onChange(language: Language): void };

/** One tap to another language; the kiosk returns to Finnish after each person. */
export function LanguageSwitcher({ language, onChange }: Props) {
  return (
    <div class={styles.languages} role="group" aria-label={text(language).language}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          class={styles.control}
          lang={languageTag[option]}
          aria-pressed={option === language}
          onClick={() => onChange(option)}
        >
          {ownName[option]}
        </button>
      ))}
    </div>
  );
}
