import { AppError } from '../errors.ts';
import { fingerprint } from '../keys/fingerprint.ts';
import { describeIssues } from '../schema-errors.ts';
import { receiptFileSchema, receiptFormatVersion, receiptLimits, type ReceiptBody } from './format.ts';
import { isSignedByItsStaffKey } from './signature.ts';

/** Who the kiosk is and which staff signing keys it was paired with: all a receipt may come from. */
export type ReceiptExpectations = { kioskId: string; staffKeys: readonly string[] };

const reject = (reason: string) => new AppError('bad_request', reason);

/**
 * Everything a kiosk checks before it believes a receipt, cheapest first: size before parsing,
 * then the schema, that it is addressed to this kiosk, that its key is one this kiosk was paired
 * with, and the signature. Throws an AppError whose message is the reason shown to reception.
 */
export function openReceipt(bytes: Uint8Array, expected: ReceiptExpectations): ReceiptBody {
  if (bytes.length > receiptLimits.maxFileBytes) {
    throw reject(`it is larger than a receipt can be (at most ${receiptLimits.maxFileBytes} bytes)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw reject('it is not JSON, so it is not a Kuulluksi receipt');
  }
  const version = (json as { body?: { version?: unknown } } | null)?.body?.version;
  if (typeof version === 'number' && version > receiptFormatVersion) {
    throw reject(
      `it uses receipt format ${version}; this Kuulluksi reads up to ${receiptFormatVersion}, update it to use receipts`,
    );
  }
  const parsed = receiptFileSchema.safeParse(json);
  if (!parsed.success) throw reject(`it is not a valid Kuulluksi receipt (${describeIssues(parsed.error)})`);
  const { body } = parsed.data;

  if (body.kioskId !== expected.kioskId) {
    throw reject(`it is addressed to kiosk ${body.kioskId}, not to this kiosk (${expected.kioskId})`);
  }
  if (!expected.staffKeys.includes(body.staffKey)) {
    throw reject(
      `it names staff key ${fingerprint(body.staffKey)}, which this kiosk is not paired with; if that key is yours, pair it with "kuulluksi kiosk pair"`,
    );
  }
  if (!isSignedByItsStaffKey(parsed.data)) {
    throw reject(
      `its signature does not verify: it was altered, or not made by staff key ${fingerprint(body.staffKey)}`,
    );
  }
  return body;
}
