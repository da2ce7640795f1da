import type { Database } from 'better-sqlite3';
import type { z } from 'zod';
import { pairingCode } from '../../../../shared/pairing-code.ts';
import type { Clock } from '../../clock.ts';
import { describeIssues } from '../../schema-errors.ts';
import type { Inbox } from './inbox.ts';
import { LanRefusal } from './lan-reply.ts';
import { lanKioskWithKey, type LanKiosk } from './lan-kiosks.ts';
import type { ReceiverIdentity } from './receiver-identity.ts';

/** What every route of the receiver works with. */
export type LanContext = {
  db: Database;
  receiver: ReceiverIdentity;
  inbox: Inbox;
  clock: Clock;
  /** A batch was just put in the inbox: import it once the keys are open. */
  onDelivered(): void;
  /** A kiosk applied an update this staff store never made (keys restored on a new PC): make one past it. */
  onBehind(kioskId: string): void;
};

/** A request whose kiosk signature verified, with what it was sent from and when it arrived. */
export type SignedRequest = { senderKey: string; address: string; path: string; body: Buffer; now: Date };

/** A JSON body through its protocol schema; anything else is a bad request that says what was wrong. */
export function parseJsonBody<S extends z.ZodType>(body: Buffer, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    throw new LanRefusal('bad-request', 'the body is not JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new LanRefusal(
      'bad-request',
      `the message is not what this receiver expects (${describeIssues(parsed.error)})`,
    );
  }
  return parsed.data;
}

/**
 * The paired kiosk that signed a request. An unknown key, or one staff have not approved yet, is
 * refused: nothing it sends is stored, and it can only ask to pair.
 */
export function pairedSender(db: Database, senderKey: string): LanKiosk {
  const kiosk = lanKioskWithKey(db, senderKey);
  if (!kiosk) {
    throw new LanRefusal(
      'not-paired',
      "this kiosk is not paired with this staff PC: pair it first from the kiosk's admin view (LAN)",
    );
  }
  if (kiosk.state !== 'paired') {
    throw new LanRefusal(
      'waiting-for-staff',
      `staff have not approved this kiosk yet: they compare its code ${pairingCode(kiosk.kioskId)} in the staff tool's Kiosks section and approve it`,
    );
  }
  return kiosk;
}
