import { z } from 'zod';
import { languages, type Language } from '../../shared/languages.ts';

/**
 * Flags of `kuulluksi kiosk config`, each checked against the rule of the setting it sets and
 * refused with a message that names the flag.
 */

/** A text a setting cannot do without, such as the kiosk's name. */
export const textFlag = (flag: string, maxLength: number) =>
  z
    .string()
    .trim()
    .min(1, `--${flag} must not be empty`)
    .max(maxLength, `--${flag} must be at most ${maxLength} characters`)
    .optional();

/** A text a setting may go without: an empty value ("") clears it. */
export const clearableTextFlag = (flag: string, maxLength: number) =>
  z
    .string()
    .trim()
    .max(maxLength, `--${flag} must be at most ${maxLength} characters`)
    .transform((text) => (text === '' ? null : text))
    .optional();

/** `--languages fi,sv,en`: the languages offered, in the order the start screen shows them. */
export const languagesFlag = z
  .string()
  .transform((text, context): Language[] => {
    const offered = text.split(',').map((language) => language.trim());
    const refuse = (reason: string) => {
      context.addIssue({ code: 'custom', message: `--languages: ${reason}` });
      return z.NEVER;
    };
    const unknown = offered.find((language) => !(languages as readonly string[]).includes(language));
    if (unknown !== undefined)
      return refuse(`"${unknown}" is not a language the kiosk speaks; choose from ${languages.join(', ')}`);
    if (new Set(offered).size !== offered.length) return refuse('name each language once');
    return offered as Language[];
  })
  .optional();
