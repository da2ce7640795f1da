import type { LanWaitReason } from '../../shared/lan-status.ts';
import type { LanFailure } from '../core/kiosk/lan/record-failure.ts';
import type { PushSummary } from '../core/kiosk/lan/push.ts';

/** Why something did not go over the LAN, for the person at the command line. */
export function describeLanFailure(failure: LanFailure, address: string): string {
  switch (failure.kind) {
    case 'unreachable':
      return `The staff PC at ${address} could not be reached: ${failure.reason}.`;
    case 'not-a-receiver':
      return `What answers at ${address} is not a Kuulluksi staff PC, or its reply did not prove itself: ${failure.reason}.`;
    case 'key-changed':
      return `The staff PC at ${address} answered with another key than the one it showed: something else may answer at that address.`;
    case 'refused':
      return `The staff PC at ${address} refused (${failure.code}): ${failure.reason}.`;
  }
}

const waitReasons: Record<LanWaitReason, string> = {
  'not-paired': 'this kiosk is not paired with a staff PC over the LAN',
  'waiting-for-staff': 'staff have not approved this kiosk on the staff PC yet',
  unreachable: 'the staff PC cannot be reached',
  'key-changed':
    'the staff PC answered with another key, so nothing is sent to it until the kiosk is paired again',
  'forgotten-by-staff': 'the staff PC no longer knows this kiosk: pair it again',
  'clocks-differ': 'the clocks of the kiosk and the staff PC differ too much: set the right time on both',
  'not-a-receiver': 'what answers at the address is not a Kuulluksi staff PC',
  refused: 'the staff PC refused them',
  'next-push': 'they go at the next push (answers once their time slot has ended)',
};

/** Why nothing is sent while the pairing is not `paired`. */
export function describeUnpaired(state: Exclude<PushSummary['state'], 'paired'>): string {
  return {
    'not-paired': `${waitReasons['not-paired']}: run "kuulluksi kiosk pair --data DIR --lan HOST:PORT" first`,
    waiting: waitReasons['waiting-for-staff'],
    'key-changed': waitReasons['key-changed'],
    'forgotten-by-staff': waitReasons['forgotten-by-staff'],
  }[state];
}

/** What a push did, line by line, ending with what still waits and why. */
export function describePush(summary: PushSummary): string[] {
  const lines: string[] = [];
  if (summary.sealed > 0)
    lines.push(`Sealed ${summary.sealed} batch(es) of answers whose time slot has ended.`);
  const answers = summary.delivered.reduce((sum, batch) => sum + batch.responses, 0);
  if (summary.delivered.length > 0) {
    const seqs = summary.delivered.map((batch) => batch.seq).join(', ');
    lines.push(`Delivered ${summary.delivered.length} batch(es), ${answers} answers (batch ${seqs}).`);
  } else if (summary.state === 'paired' && summary.problem === null) {
    lines.push('No batch was waiting to be delivered.');
  }
  const update = summary.update;
  if (update?.status === 'applied') {
    const ignored = update.ignored > 0 ? `; ${update.ignored} listed batch(es) ignored` : '';
    lines.push(
      `Applied update ${update.serial} from staff: ${update.confirmed} batch(es) confirmed${ignored}.`,
    );
  } else if (update?.status === 'refused') {
    lines.push(`An update from staff was not applied, and nothing changed: ${update.reason}.`);
  }
  if (summary.answersForgotten > 0) {
    lines.push(
      `${summary.answersForgotten} answers that staff hold (or past the retention period) were deleted from this kiosk.`,
    );
  }
  if (summary.problem) lines.push(`The push stopped: ${summary.problem.detail}.`);
  const { batches, answers: pending, why } = summary.waiting;
  lines.push(
    why === null
      ? 'Nothing waits on this kiosk.'
      : `Waiting on this kiosk: ${batches} batch(es) and ${pending} answers not yet sealed; ${waitReasons[why]}.`,
  );
  return lines;
}
