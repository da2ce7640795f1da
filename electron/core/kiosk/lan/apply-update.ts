import type { Database } from 'better-sqlite3';
import { AppError } from '../../errors.ts';
import { openUpdate } from '../../lan/update-envelope.ts';
import { forgetConfirmedBatches } from '../apply-receipt.ts';
import { staffSigningKeys } from '../pairing.ts';
import type { ReceiverStore } from './receiver-store.ts';

/** What an update envelope from staff did. */
export type UpdateOutcome =
  | {
      status: 'applied';
      serial: number;
      /** Batches its receipts named that this kiosk delivered with exactly that hash. */
      confirmed: number;
      answersForgotten: number;
      /** Named batches this kiosk has with another hash, or has not delivered yet: left as they are. */
      ignored: number;
    }
  | { status: 'refused'; reason: string };

/**
 * Checks an update envelope (update-envelope.ts: size, schema, version, this kiosk, a paired staff
 * key, the signature, a newer serial) and applies all it carries with its serial in one
 * transaction. A receipt forgets batches exactly as a stick's receipt does (apply-receipt.ts). A
 * refused update changes nothing; its reason is returned.
 */
export function applyUpdate(
  db: Database,
  kioskId: string,
  receivers: ReceiverStore,
  json: unknown,
): UpdateOutcome {
  const applied = () => receivers.read()?.appliedSerial ?? 0;
  try {
    const body = openUpdate(json, { kioskId, staffKeys: staffSigningKeys(db), appliedSerial: applied() });
    return db.transaction((): UpdateOutcome => {
      // Another process (a push from the command line) may have applied it since it was checked.
      if (body.serial <= applied()) {
        throw new AppError('conflict', `update ${body.serial} was applied meanwhile`);
      }
      const outcome = {
        status: 'applied' as const,
        serial: body.serial,
        confirmed: 0,
        answersForgotten: 0,
        ignored: 0,
      };
      for (const item of body.items) {
        const forgotten = forgetConfirmedBatches(db, item);
        outcome.confirmed += forgotten.confirmed;
        outcome.answersForgotten += forgotten.answersForgotten;
        outcome.ignored += forgotten.mismatched + forgotten.notWritten;
      }
      receivers.setAppliedSerial(body.serial);
      return outcome;
    })();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: 'refused', reason: error.message };
  }
}
