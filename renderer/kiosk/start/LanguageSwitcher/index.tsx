import type { Language } from '../../../../shared/languages.ts';
import { LanguageButtons } from '../../../components/LanguageButtons/index.tsx';
import { text } from '../../../i18n/index.ts';

type Props = { language: Language; offered: readonly Language[]; onChange(language: Language): void };

/**
 * One tap to another of the languages the centre offers; the kiosk returns to the first of them
 * after each person. With a single language there is nothing to switch, so nothing is shown.
 */
export function LanguageSwitcher({ language, offered, onChange }: Props) {
  if (offered.length < 2) return null;
  return (
    <LanguageButtons
      options={offered}
      chosen={language}
      label={text(language).language}
      look="start"
      onChoose={onChange}
    />
  );
}
