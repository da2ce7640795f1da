import { pairingCode } from '../../../../shared/pairing-code.ts';
import type { LanStatus } from '../../../../shared/lan-status.ts';
import type { LanContext } from './lan-context.ts';
import { pairingCodes } from './lan-pairing.ts';
import { lanWaiting } from './lan-waiting.ts';

/**
 * What reception's admin view shows about the LAN: the staff PC and the three codes to compare,
 * when the two last got through, what waits and why. Kinds, not sentences: the view words them.
 */
export function lanStatus(ctx: Pick<LanContext, 'db' | 'receivers' | 'identity'>): LanStatus {
  const receiver = ctx.receivers.read();
  const waiting = lanWaiting(ctx);
  const codes = receiver ? pairingCodes(ctx, receiver.receiverKey, receiver.staffKeys) : null;
  return {
    state: receiver?.state ?? 'not-paired',
    receiver: receiver && codes && { name: receiver.name, address: receiver.address, code: codes.receiver },
    staffKeyCodes: codes?.staffKeys ?? [],
    kioskCode: pairingCode(ctx.identity.kioskId),
    lastContactAt: receiver?.lastContactAt ?? null,
    waitingBatches: waiting.batches,
    waitingAnswers: waiting.answers,
    why: waiting.why,
    problem: receiver?.problem
      ? { kind: receiver.problem.kind, code: receiver.problem.code, at: receiver.problem.at }
      : null,
  };
}
