/**
 * Answer scales. A scale fixes which values a response may hold and how they are drawn; labels
 * live in i18n so every language names the same value. Values run from most negative to most
 * positive, so "the lowest value" always means the hardest answer a client can give.
 */
export const scales = {
  'smiley-3': { kind: 'smiley', values: [1, 2, 3] },
  'smiley-4': { kind: 'smiley', values: [1, 2, 3, 4] },
  'smiley-5': { kind: 'smiley', values: [1, 2, 3, 4, 5] },
  'yes-no': { kind: 'choice', values: [1, 2] },
  'yes-no-unsure': { kind: 'choice', values: [1, 2, 3] },
  'agree-5': { kind: 'agree', values: [1, 2, 3, 4, 5] },
} as const;

export type ScaleId = keyof typeof scales;
export type ScaleKind = (typeof scales)[ScaleId]['kind'];
export const scaleIds = Object.keys(scales) as [ScaleId, ...ScaleId[]];

/** Which follow-up chips an answer leads to: those for good experiences or those for bad ones. */
export type Tone = 'negative' | 'neutral' | 'positive';

export function isValueOnScale(scale: ScaleId, value: number): boolean {
  return valuesOf(scale).includes(value);
}

export function valuesOf(scale: ScaleId): readonly number[] {
  return scales[scale].values;
}

/**
 * Below the middle is negative, above it positive, the middle itself (on odd scales) neutral.
 * "Not sure" sits in the middle of yes / not sure / no, so it is neutral too.
 */
export function toneOf(scale: ScaleId, value: number): Tone {
  const values = valuesOf(scale);
  const position = values.indexOf(value) / (values.length - 1);
  return position < 0.5 ? 'negative' : position > 0.5 ? 'positive' : 'neutral';
}

/**
 * The hardest answer a client can give: the saddest face or the strongest disagreement. A plain
 * "no" is not one; it may answer a question where no is good news.
 */
export function isMostNegative(scale: ScaleId, value: number): boolean {
  return scales[scale].kind !== 'choice' && valuesOf(scale)[0] === value;
}
