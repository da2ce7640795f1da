import { lanAddressSchema } from '../../../../shared/lan-status.ts';
import { AppError } from '../../errors.ts';
import { describeIssues } from '../../schema-errors.ts';

/** A staff PC's address split for node:http: the host without IPv6 brackets, and the port. */
export type LanAddress = { host: string; port: number };

export function parseLanAddress(address: string): LanAddress {
  const parsed = lanAddressSchema.safeParse(address);
  if (!parsed.success) {
    throw new AppError(
      'bad_request',
      `"${address}" is not a staff PC's address: ${describeIssues(parsed.error)}.`,
    );
  }
  const at = parsed.data.lastIndexOf(':');
  return {
    host: parsed.data.slice(0, at).replace(/^\[(.*)\]$/, '$1'),
    port: Number(parsed.data.slice(at + 1)),
  };
}
