/**
 * Answer scales. A scale fixes which values a response may hold; labels live in i18n so every
 * language names the same value. Values run from most negative to most positive.
 */
export const scales = {
  'smiley-5': { values: [1, 2, 3, 4, 5] },
} as const;

export type ScaleId = keyof typeof scales;
export const scaleIds = Object.keys(scales) as [ScaleId, ...ScaleId[]];

export function isValueOnScale(scale: ScaleId, value: number): boolean {
  return (scales[scale].values as readonly number[]).includes(value);
}
