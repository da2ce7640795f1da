import type { Language } from '../../shared/languages.ts';
import { scales, type ScaleId } from '../../shared/scales.ts';
import { en } from './en.ts';
import { fi, type Dictionary } from './fi.ts';
import { selko } from './selko.ts';
import { sv } from './sv.ts';

const dictionaries: Record<Language, Dictionary> = { fi, sv, en, selko };

export function text(language: Language): Dictionary {
  return dictionaries[language];
}

/** The label of one value of a scale, in the given language. */
export function scaleLabel(language: Language, scale: ScaleId, value: number): string {
  const index = (scales[scale].values as readonly number[]).indexOf(value);
  return dictionaries[language].scales[scale][index] ?? String(value);
}
