import { lanAddressSchema } from '../../../../shared/lan-status.ts';

/** What is wrong with a typed staff PC address, for a sentence in reception's language. */
export type AddressIssue = 'empty' | 'format' | 'port';

/**
 * A staff PC's address as reception typed it, checked by the same rule the core applies
 * (shared/lan-status.ts), so the field can say what is wrong before anything is asked.
 */
export function checkTypedAddress(
  typed: string,
): { ok: true; address: string } | { ok: false; issue: AddressIssue } {
  const text = typed.trim();
  if (text === '') return { ok: false, issue: 'empty' };
  const parsed = lanAddressSchema.safeParse(text);
  if (parsed.success) return { ok: true, address: parsed.data };
  // The pattern admits 1 to 5 digits; only the port's range is a separate rule.
  const portOnly = parsed.error.issues.every((issue) => issue.code === 'custom');
  return { ok: false, issue: portOnly ? 'port' : 'format' };
}
