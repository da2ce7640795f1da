import { languageTag, type Language } from '../../../shared/languages.ts';
import { Button, type ButtonLook } from '../Button/index.tsx';
import styles from './style.module.css';

/** Each language named in itself, so a reader finds their own whatever is on screen now. */
export const ownName: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
  selko: 'Selkosuomi',
};

/**
 * Where the row stands: `header`, small in a screen's header (reception's and staff's); `form`,
 * among a form's buttons (the admin's preview); `start`, on the client's start screen.
 */
type Look = 'header' | 'form' | 'start';

const buttonLooks: Record<Look, ButtonLook> = { header: 'pill', form: 'secondary', start: 'control' };

type Props<L extends Language> = {
  options: readonly L[];
  chosen: L;
  /** What the group chooses, e.g. "Language". */
  label: string;
  look: Look;
  onChoose(language: L): void;
};

/** A row of languages as toggle buttons, the chosen one pressed: the client's switcher, reception's and staff's. */
export function LanguageButtons<L extends Language>({ options, chosen, label, look, onChoose }: Props<L>) {
  const buttons = options.map((option) => (
    <Button
      key={option}
      look={buttonLooks[look]}
      lang={languageTag[option]}
      aria-pressed={option === chosen}
      onClick={() => onChoose(option)}
    >
      {ownName[option]}
    </Button>
  ));
  return (
    <div class={styles[look]} role="group" aria-label={label}>
      {buttons}
    </div>
  );
}
