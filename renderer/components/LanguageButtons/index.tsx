import { languageTag, type Language } from '../../../shared/languages.ts';

/** Each language named in itself, so a reader finds their own whatever is on screen now. */
export const ownName: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
  selko: 'Selkosuomi',
};

type Props<L extends Language> = {
  options: readonly L[];
  chosen: L;
  /** What the group chooses, e.g. "Language". */
  label: string;
  groupClass: string | undefined;
  buttonClass: string | undefined;
  onChoose(language: L): void;
};

/** A row of languages as toggle buttons, the chosen one pressed: the client's switcher and reception's. */
export function LanguageButtons<L extends Language>({
  options,
  chosen,
  label,
  groupClass,
  buttonClass,
  onChoose,
}: Props<L>) {
  return (
    <div class={groupClass} role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          class={buttonClass}
          lang={languageTag[option]}
          aria-pressed={option === chosen}
          onClick={() => onChoose(option)}
        >
          {ownName[option]}
        </button>
      ))}
    </div>
  );
}
