import { contactRequestSchema, lanProtocolVersion, type ContactReply } from '../../lan/protocol.ts';
import { contactMinute } from './contact-time.ts';
import { pairedSender, parseJsonBody, type LanContext, type SignedRequest } from './lan-context.ts';
import { recordLanContact } from './lan-kiosks.ts';
import { jsonReply, type LanReply } from './lan-reply.ts';
import { updateFor } from './update-envelopes.ts';

/**
 * POST contact: a paired kiosk says how many batches still wait on it and which update it applied
 * last. The minute is kept for the Kiosks section, and the reply carries the newest update made
 * for it (its receipt), unless it has applied that one already.
 */
export function contact(context: LanContext, { senderKey, address, body, now }: SignedRequest): LanReply {
  const kiosk = pairedSender(context.db, senderKey);
  const report = parseJsonBody(body, contactRequestSchema);
  recordLanContact(context.db, kiosk.kioskId, address, contactMinute(now), report);
  const { update, behind } = updateFor(context.db, kiosk.kioskId, report.appliedSerial);
  if (behind) context.onBehind(kiosk.kioskId);
  const reply: ContactReply = { format: 'kuulluksi-lan-contact', version: lanProtocolVersion, update };
  return jsonReply(200, reply);
}
