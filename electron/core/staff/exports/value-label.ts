import { scaleWordsFi } from '../../../../shared/scale-words-fi.ts';
import { valuesOf, type ScaleId } from '../../../../shared/scales.ts';

/**
 * What a value of a scale says, in Finnish as the kiosk showed it: the office reads "Hyvä" where
 * the number alone would need the scale beside it. The words are the kiosk's own
 * (shared/scale-words-fi.ts), so an export never names a value differently from the screen.
 */
export function valueLabel(scale: ScaleId, value: number): string | null {
  return scaleWordsFi[scale][valuesOf(scale).indexOf(value)] ?? null;
}
