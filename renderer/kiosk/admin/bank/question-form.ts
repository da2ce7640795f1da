import type { Chip, Question } from '../../../../shared/domain.ts';
import { isItemCode } from '../../../../shared/item-code-rule.ts';
import { languages, type Language, type LocalizedText } from '../../../../shared/languages.ts';
import type { ParticipationArea } from '../../../../shared/participation-areas.ts';
import type { QuestionDraft } from '../../../../shared/question-bank.ts';
import type { ScaleId } from '../../../../shared/scales.ts';
import { assignChipIds } from './chip-ids.ts';

/** Every language as a field, empty where the text falls back to Finnish. */
export type TextFields = Record<Language, string>;
export type ChipForm = { key: number; id: string | undefined; texts: TextFields; pictogram: string };
export type Tone = 'positive' | 'negative';
/** The editor's state: what the fields hold, before it is turned into a draft for the core. */
export type QuestionForm = {
  texts: TextFields;
  scale: ScaleId;
  chips: Record<Tone, ChipForm[]>;
  freeText: boolean;
  area: ParticipationArea | null;
  /** The item code as typed; empty for none. */
  itemCode: string;
};

let nextKey = 0;
export const newChipKey = () => nextKey++;

export const fieldsOf = (text: LocalizedText): TextFields =>
  Object.fromEntries(languages.map((language) => [language, text[language] ?? ''])) as TextFields;

const chipFormOf = (chip: Chip): ChipForm => ({
  key: newChipKey(),
  id: chip.id,
  texts: fieldsOf(chip.texts),
  pictogram: chip.pictogram ?? '',
});

export const emptyTexts = (): TextFields => fieldsOf({ fi: '' });

export function formOf(
  question: Question | undefined,
  area: ParticipationArea | null,
  itemCode: string | null = null,
): QuestionForm {
  if (!question)
    return {
      texts: emptyTexts(),
      scale: 'smiley-5',
      chips: { positive: [], negative: [] },
      freeText: true,
      area,
      itemCode: itemCode ?? '',
    };
  return {
    texts: fieldsOf(question.texts),
    scale: question.scale,
    chips: {
      positive: question.followUps.positive.map(chipFormOf),
      negative: question.followUps.negative.map(chipFormOf),
    },
    freeText: question.freeText,
    area,
    itemCode: itemCode ?? '',
  };
}

/** The typed item code as the core takes it: trimmed, none when empty. */
export const itemCodeOf = (typed: string): string | null => (typed.trim() === '' ? null : typed.trim());

/** Whether the typed item code is one the core takes (empty is: it means none). */
export const isItemCodeValid = (typed: string): boolean => typed.trim() === '' || isItemCode(typed);

/** Trimmed texts; an empty field is left out, so the kiosk shows the Finnish text instead. */
function textOf(fields: TextFields): LocalizedText {
  const text: LocalizedText = { fi: fields.fi.trim() };
  for (const language of languages) {
    const value = fields[language].trim();
    if (language !== 'fi' && value !== '') text[language] = value;
  }
  return text;
}

/** What the core is sent: texts without empty fields, and an id for every chip. */
export function draftOf(form: QuestionForm): QuestionDraft {
  const all = [...form.chips.positive, ...form.chips.negative];
  const ids = assignChipIds(all.map((chip) => ({ id: chip.id, fi: chip.texts.fi })));
  const chipOf = (chip: ChipForm): Chip => {
    const id = ids[all.indexOf(chip)]!;
    return chip.pictogram === ''
      ? { id, texts: textOf(chip.texts) }
      : { id, texts: textOf(chip.texts), pictogram: chip.pictogram };
  };
  return {
    scale: form.scale,
    texts: textOf(form.texts),
    followUps: { positive: form.chips.positive.map(chipOf), negative: form.chips.negative.map(chipOf) },
    freeText: form.freeText,
    area: form.area,
    itemCode: itemCodeOf(form.itemCode),
  };
}
