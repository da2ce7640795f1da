import { lanLimits, lanProtocolVersion, pairRequestSchema, type PairReply } from '../../lan/protocol.ts';
import { contactMinute } from './contact-time.ts';
import { parseJsonBody, type LanContext, type SignedRequest } from './lan-context.ts';
import { askToPair } from './lan-kiosks.ts';
import { jsonReply, LanRefusal, type LanReply } from './lan-reply.ts';

/** A waiting kiosk asks again every few seconds; one silent this long may give way to another. */
const staleRequestMs = 60 * 60_000;

/**
 * POST pair: any kiosk key may ask. Its request waits for staff to compare codes and approve it
 * (lan-kiosks.ts); a paired kiosk hears `paired`, and then stores this receiver as its own.
 */
export function pair({ db }: LanContext, { senderKey, address, body, now }: SignedRequest): LanReply {
  parseJsonBody(body, pairRequestSchema);
  const state = askToPair(db, senderKey, address, {
    at: contactMinute(now),
    staleBefore: contactMinute(new Date(now.getTime() - staleRequestMs)),
  });
  if (state === 'full') {
    throw new LanRefusal(
      'full',
      `${lanLimits.maxWaitingPairings} kiosks already wait for staff to approve them: ask again once staff have decided about those`,
    );
  }
  const reply: PairReply = { format: 'kuulluksi-lan-pair', version: lanProtocolVersion, state };
  return jsonReply(200, reply);
}
