/**
 * How a value of an answer scale looks wherever staff read it: the words the kiosk shows for it and
 * the colour of the kiosk's face for it, so a chart's segment reads as the answer the client tapped.
 * The colours are the face tokens of tokens.css (--face-0 most negative … --face-4 most positive).
 */
import type { Language } from '../../shared/languages.ts';
import { valuesOf, type ScaleId } from '../../shared/scales.ts';
import { scaleLabel } from '../i18n/index.ts';

export type ValueLook = { value: number; label: string; colour: string };

/** Which of the five face colours a value wears: its place between the scale's ends, in fifths. */
export function faceStep(index: number, valueCount: number): number {
  return Math.round((index / (valueCount - 1)) * 4);
}

export function valueLook(language: Language, scale: ScaleId, value: number): ValueLook {
  const values = valuesOf(scale);
  return {
    value,
    label: scaleLabel(language, scale, value),
    colour: `var(--face-${faceStep(values.indexOf(value), values.length)})`,
  };
}

/** Every value of a scale, most negative first. */
export function scaleLooks(language: Language, scale: ScaleId): ValueLook[] {
  return valuesOf(scale).map((value) => valueLook(language, scale, value));
}
