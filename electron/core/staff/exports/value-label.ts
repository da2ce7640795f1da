import { fi } from '../../../../renderer/i18n/fi.ts';
import { valuesOf, type ScaleId } from '../../../../shared/scales.ts';

/**
 * What a value of a scale says, in Finnish as the kiosk showed it: the office reads "Hyvä" where
 * the number alone would need the scale beside it. The words are the kiosk's own (renderer/i18n),
 * so an export never names a value differently from the screen the client tapped.
 */
export function valueLabel(scale: ScaleId, value: number): string | null {
  return fi.scales[scale][valuesOf(scale).indexOf(value)] ?? null;
}
