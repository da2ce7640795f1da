import { pickText } from '../../shared/languages.ts';
import { text } from '../i18n/index.ts';
import type { KioskFlow } from './flow/index.ts';

/**
 * What a step after the answer says aloud as it appears, for a person who turned read-aloud on
 * at the start: its title, its choices and its buttons, "change my answer" among them. Null where
 * nothing is read by itself: the start screen reads on its own button, and other screens are
 * short or read by the person's choice.
 */
export function spokenStep({ screen, question, person }: KioskFlow): string[] | null {
  const words = text(person.language);
  switch (screen.name) {
    case 'followUp':
      return [
        words.followUpTitle,
        ...screen.chips.map((chip) => pickText(chip.texts, person.language)),
        words.skip,
        words.changeAnswer,
      ];
    case 'comment':
      return [words.commentTitle, words.commentPrivacyNotice, words.skip, words.send, words.changeAnswer];
    case 'asking':
      return screen.earlier && question
        ? [words.changeHint, pickText(question.texts, person.language)]
        : null;
    default:
      return null;
  }
}
