import type { Question } from '../../../shared/domain.ts';
import { isMostNegative, toneOf } from '../../../shared/scales.ts';
import type { Answered, KioskFlow, Screen } from './states.ts';

/**
 * Whether a tap at `at` may be the person who just saw the thank-you, tapping again: the core
 * stores it flagged, so the report can tell.
 */
export function isRepeat({ display, lastThanksEndedAt }: KioskFlow, at: number): boolean {
  return (
    display !== undefined &&
    display.repeatWindowSeconds > 0 &&
    lastThanksEndedAt !== null &&
    at - lastThanksEndedAt < display.repeatWindowSeconds * 1000
  );
}

/**
 * What follows a stored answer: the follow-up chips its tone has (none in the middle), else the
 * comment where the question asks for one, else the thank-you. After the hardest answer the
 * thank-you also says where help is.
 */
export function afterAnswer(question: Question, value: number, responseId: string): Screen {
  const tone = toneOf(question.scale, value);
  const chips = tone === 'neutral' ? [] : question.followUps[tone];
  const answered = { responseId, value, hardest: isMostNegative(question.scale, value) };
  return chips.length > 0
    ? { name: 'followUp', ...answered, chips, sending: false }
    : afterFollowUp(question, answered);
}

export function afterFollowUp(
  question: Question | undefined,
  { responseId, value, hardest }: Answered,
): Screen {
  return question?.freeText
    ? { name: 'comment', responseId, value, hardest, sending: false }
    : { name: 'thanks', hardest };
}
