/**
 * A question as migrations 6 and 7 store it. Written out here rather than taken from
 * shared/domain.ts so that their data never has to change when today's types do; a later step
 * that stores another shape gives it its own type.
 */
export type FrozenTexts = { fi: string; sv: string; en: string; selko: string };

/** `pictogram` is a name from renderer/pictograms/registry.ts as it was then. */
export type FrozenChip = { id: string; texts: FrozenTexts; pictogram?: string };

export type FrozenQuestion = {
  id: string;
  version: number;
  scale: string;
  texts: FrozenTexts;
  followUps: { positive: FrozenChip[]; negative: FrozenChip[] };
  freeText: boolean;
};
