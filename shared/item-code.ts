/**
 * The code a question carries from a national or regional feedback set (e.g. THL's), so its
 * answers can be put beside the same item elsewhere. Kept short and plain so every export
 * (CSV, report) carries it unchanged.
 */
import { z } from 'zod';
import { itemCodePattern, maxItemCodeLength } from './item-code-rule.ts';

export { maxItemCodeLength };

export const itemCodeSchema = z
  .string()
  .trim()
  .regex(
    itemCodePattern,
    `an item code is 1–${maxItemCodeLength} letters, digits and . _ : / -, starting with a letter or digit`,
  );
