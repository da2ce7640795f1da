import assert from 'node:assert/strict';
import type { Kiosk } from '../../electron/core/kiosk/open-kiosk.ts';

/** Reception rewords "felt-heard" in Finnish, which makes its version 2. */
export function rewordFeltHeard(kiosk: Kiosk, fi: string): void {
  const { question, area } = kiosk.bank.entry('felt-heard');
  const { scale, texts, followUps, freeText } = question;
  const edited = kiosk.bank.edit('felt-heard', { scale, texts: { ...texts, fi }, followUps, freeText, area });
  assert.equal(edited.question.version, 2);
}
