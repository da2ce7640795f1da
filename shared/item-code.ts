/**
 * The code a question carries from a national or regional feedback set (e.g. THL's), so its
 * answers can be put beside the same item elsewhere. Kept short and plain so every export
 * (CSV, report) carries it unchanged.
 */
import { z } from 'zod';

export const maxItemCodeLength = 32;

export const itemCodeSchema = z
  .string()
  .trim()
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N}._:/-]{0,31}$/u,
    `an item code is 1–${maxItemCodeLength} letters, digits and . _ : / -, starting with a letter or digit`,
  );
