/**
 * What an item code may be, free of zod so reception's editor can check one as it is typed:
 * 1–32 letters, digits and . _ : / -, starting with a letter or digit (item-code.ts holds the
 * schema every boundary parses with).
 */
export const maxItemCodeLength = 32;

export const itemCodePattern = /^[\p{L}\p{N}][\p{L}\p{N}._:/-]{0,31}$/u;

/** Whether `text`, trimmed as the schema trims it, is an item code. */
export const isItemCode = (text: string): boolean => itemCodePattern.test(text.trim());
