import { pairingCode } from '../../../../shared/pairing-code.ts';
import { fingerprint } from '../../keys/fingerprint.ts';
import type { LanReply } from './lan-client.ts';
import type { LanContext } from './lan-context.ts';
import type { LanProblem } from './receiver-store.ts';

export type LanFailure = Exclude<LanReply<unknown>, { kind: 'replied' }>;

/**
 * Keeps what a failed request means for the pairing, and tells the log: a reply signed by another
 * key stops all sending until people pair again (the alarm); a staff PC that no longer knows the
 * kiosk, or has not approved it, puts the pairing back to that state. Returns the problem kept.
 */
export function recordFailure(ctx: LanContext, failure: LanFailure, doing: string): LanProblem {
  const receiver = ctx.receivers.read();
  const where = receiver ? `the staff PC ${receiver.name} at ${receiver.address}` : 'the staff PC';
  const problem = problemOf(failure, receiver?.receiverKey);
  if (failure.kind === 'key-changed') {
    ctx.receivers.setState('key-changed');
    ctx.log(
      'error',
      `${where} answered with another key (${doing} it): ${problem.detail}. Nothing is sent to it until the kiosk is paired again.`,
    );
  } else if (failure.kind === 'refused' && failure.code === 'not-paired' && receiver?.state === 'paired') {
    ctx.receivers.setState('forgotten-by-staff');
    ctx.log('warn', `${where} no longer knows this kiosk (${failure.reason}); pair it again.`);
  } else if (failure.kind === 'refused' && failure.code === 'waiting-for-staff') {
    ctx.receivers.setState('waiting');
  } else {
    ctx.log('warn', `${doing} ${where} failed: ${problem.detail}`);
  }
  ctx.receivers.recordProblem(problem);
  return problem;
}

function problemOf(failure: LanFailure, pinnedKey: string | undefined): LanProblem {
  switch (failure.kind) {
    case 'refused':
      return { kind: 'refused', code: failure.code, detail: `refused (${failure.code}): ${failure.reason}` };
    case 'key-changed': {
      const was = pinnedKey ? pairingCode(fingerprint(pinnedKey)) : 'unknown';
      return {
        kind: 'key-changed',
        detail: `its code is now ${pairingCode(fingerprint(failure.receiverKey))}, where it was ${was}`,
      };
    }
    default:
      return { kind: failure.kind, detail: failure.reason };
  }
}
